export * from './lib/suggestions.module';
export * from './lib/partner-suggestion.service';
export * from './lib/ranking/partner-ranking';
