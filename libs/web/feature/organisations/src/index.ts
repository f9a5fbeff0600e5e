export * from './lib/organisation-directory/organisation-directory-page';
export * from './lib/organisation-profile/organisation-profile-page';
export * from './lib/organisation-create/organisation-create-page';
