export * from './lib/projects.module';
