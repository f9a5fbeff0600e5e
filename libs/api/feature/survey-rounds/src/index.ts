export * from './lib/survey-rounds.module';
