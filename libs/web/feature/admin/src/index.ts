export * from './lib/users-page/admin-users-page';
export * from './lib/audit-log-page/audit-log-page';
