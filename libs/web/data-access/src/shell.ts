/**
 * What the app shell needs before any page loads: the GraphQL client, the session and the
 * signed-in guard. A narrow entry point, so the shell's first download does not also carry
 * every page's store and document (which it would through the index's `export *`).
 */
export * from './lib/graphql/provide-graphql';
export * from './lib/session/session.store';
export * from './lib/session/signed-in.guard';
export * from './lib/admin/admin-roles';
