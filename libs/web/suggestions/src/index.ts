export * from './lib/partner-suggestions/partner-suggestions';
export * from './lib/partnership-gaps/partnership-gaps';
