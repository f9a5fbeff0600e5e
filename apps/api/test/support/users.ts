import { AuthService } from '@cg/api/core/auth';
import { GraphQLTestClient } from '@cg/api/testing';
import { OrganisationRole } from '@cg/shared/domain';
import { TestApp } from './test-app';

const PASSWORD = 'a long enough password';

/** A new user with `role` in `organisationId` (none when null), signed in on a client of their own. */
export async function signedInAs(
  testApp: TestApp,
  email: string,
  organisationId: string | null,
  role: OrganisationRole = OrganisationRole.ORG_ADMIN,
): Promise<GraphQLTestClient> {
  const auth = testApp.app.get(AuthService);
  const user = await auth.createUser({ email, name: email, password: PASSWORD });
  if (organisationId) await auth.addMembership(user.id, organisationId, role);
  const client = testApp.anonymousClient();
  await client.data(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { email, password: PASSWORD },
  });
  return client;
}
