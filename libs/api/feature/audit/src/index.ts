export * from './lib/audit-entry.type';
export * from './lib/audit.module';
