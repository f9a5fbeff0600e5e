export * from './generated/graphql';
export * from './lib/graphql/provide-graphql';
export * from './lib/overview/overview.store';
export * from './lib/session/session.store';
export * from './lib/session/signed-in.guard';
export * from './lib/organisations/organisation-directory.store';
export * from './lib/organisations/organisation-profile.store';
