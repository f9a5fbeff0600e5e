import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService, Mailer, MailMessage } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { buildSchema } from 'graphql';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The world the schema-driven access matrices (issue #10) act in: a "home" organisation with
 * an admin, a coordinator and a viewer; an unrelated "stranger" organisation with an admin;
 * the instance admin who builds fixtures through the API; and a signed-out browser.
 */

export type Who = 'signedOut' | 'homeViewer' | 'homeCoordinator' | 'homeAdmin' | 'strangerAdmin' | 'instanceAdmin';

/** A record made for a case: what the mutation needs to name it. */
export interface Ref {
  id: string;
  version: number;
}

export interface World {
  testApp: TestApp;
  org: { home: string; stranger: string; other: string };
  users: Record<Exclude<Who, 'signedOut' | 'instanceAdmin'>, string>;
  clients: Record<Who, GraphQLTestClient>;
  /** A root ONS-style place anyone may read, to hang custom places and places served on. */
  place: string;
  /** Mail sent since the world began, newest last (reset and invitation links). */
  mail: MailMessage[];
  /** Runs `mutation(input: …)` as the instance admin and returns the new record's id and version. */
  create(mutation: string, input: Record<string, unknown>): Promise<Ref>;
  /** Runs a `RecordVersionInput` mutation (archive…, restore…) as the instance admin. */
  act(mutation: string, ref: Ref): Promise<Ref>;
  /** Makes a user with a password; with an organisation, a member of it in `role`. */
  makeUser(email: string, organisation: string | null, role?: OrganisationRole): Promise<string>;
  /** A fresh browser signed in as `email`. */
  signIn(email: string): Promise<GraphQLTestClient>;
  /** Reads one value through the system connection (no row-level security). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  unique(prefix: string): string;
}

export const PASSWORD = 'a long enough password';

let counter = 0;

export async function startWorld(): Promise<World> {
  const testApp = await startTestApp();
  const auth = testApp.app.get(AuthService);
  const mail: MailMessage[] = [];
  jest.spyOn(testApp.app.get(Mailer), 'send').mockImplementation(async (message) => void mail.push(message));
  const admin = testApp.client();
  const unique = (prefix: string) => `${prefix} ${process.pid}-${++counter}`;

  const create = async (mutation: string, input: Record<string, unknown>): Promise<Ref> => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`.replace(
      'AddProjectParticipantInput',
      'AddParticipantInput',
    );
    const data = await admin.data<Record<string, Ref>>(
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { id version } }`,
      { input },
    );
    return data[mutation];
  };
  const act = async (mutation: string, ref: Ref): Promise<Ref> => {
    const data = await admin.data<Record<string, Ref>>(
      `mutation ($input: RecordVersionInput!) { ${mutation}(input: $input) { id version } }`,
      {
        input: { id: ref.id, version: ref.version },
      },
    );
    return data[mutation];
  };
  const makeUser = async (
    email: string,
    organisation: string | null,
    role = OrganisationRole.VIEWER,
  ): Promise<string> => {
    const user = await auth.createUser({ email, name: email, password: PASSWORD });
    if (organisation) await auth.addMembership(user.id, organisation, role);
    return user.id;
  };
  const signIn = async (email: string): Promise<GraphQLTestClient> => {
    const client = testApp.anonymousClient();
    await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email, password: PASSWORD },
    });
    return client;
  };

  const org = {
    home: (await create('createOrganisation', { name: 'Home Org', type: 'CHARITY' })).id,
    stranger: (await create('createOrganisation', { name: 'Stranger Org', type: 'CHARITY' })).id,
    other: (await create('createOrganisation', { name: 'Other Org', type: 'COMMUNITY_GROUP' })).id,
  };
  const [{ id: place }] = await testApp.dataSource.query(
    `INSERT INTO place (code, name, level, path) VALUES ('E08999001', 'Matrixton', 'LOCAL_AUTHORITY', 'E08999001') RETURNING id`,
  );
  const users = {
    homeAdmin: await makeUser('admin@home.example', org.home, OrganisationRole.ORG_ADMIN),
    homeCoordinator: await makeUser('coordinator@home.example', org.home, OrganisationRole.COORDINATOR),
    homeViewer: await makeUser('viewer@home.example', org.home, OrganisationRole.VIEWER),
    strangerAdmin: await makeUser('admin@stranger.example', org.stranger, OrganisationRole.ORG_ADMIN),
  };
  const clients: Record<Who, GraphQLTestClient> = {
    signedOut: testApp.anonymousClient(),
    instanceAdmin: admin,
    homeAdmin: await signIn('admin@home.example'),
    homeCoordinator: await signIn('coordinator@home.example'),
    homeViewer: await signIn('viewer@home.example'),
    strangerAdmin: await signIn('admin@stranger.example'),
  };
  return {
    testApp,
    org,
    users,
    clients,
    place,
    mail,
    create,
    act,
    makeUser,
    signIn,
    sql: (query, params) => testApp.dataSource.query(query, params),
    unique,
  };
}

/** The fields of the schema's `Mutation` or `Query` type, as the committed schema file lists them. */
export function schemaFields(root: 'Mutation' | 'Query'): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
  const type = root === 'Mutation' ? schema.getMutationType() : schema.getQueryType();
  return Object.keys(type?.getFields() ?? {}).sort();
}

/**
 * Compares a case table with the schema; one sentence per missing case or stray case, so a
 * developer who adds a field knows exactly what to write and where.
 */
export function coverageProblems(root: 'Mutation' | 'Query', cases: string[], tableFile: string): string[] {
  const fields = schemaFields(root);
  const missing = fields.filter((name) => !cases.includes(name));
  const stray = cases.filter((name) => !fields.includes(name));
  return [
    ...missing.map(
      (name) => `${root}.${name} has no access-matrix case: add one to apps/api/test/permissions/${tableFile}.`,
    ),
    ...stray.map(
      (name) =>
        `${tableFile} has a case for ${name}, which is not a ${root} field of apps/api/schema.gql: remove or rename it.`,
    ),
  ];
}
