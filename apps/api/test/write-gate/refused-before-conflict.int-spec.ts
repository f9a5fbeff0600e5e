import { OrganisationRole } from '@cg/shared/domain';
import { makeOrganisation } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';
import { signedInAs } from '../support/users';

/*
 * A stale version used to answer CONFLICT with the whole current record to anyone who could
 * read it, write rights or not, leaking fields such as a person's private notes. Rights come first.
 */
describe('a write without rights is refused before its version is judged', () => {
  let testApp: TestApp;
  afterAll(() => testApp.close());

  it('answers a viewer with a stale version FORBIDDEN, without the current record', async () => {
    testApp = await startTestApp();
    const homeId = await makeOrganisation(testApp.dataSource, { name: 'Home Trust' });
    const { createPerson } = await testApp
      .client()
      .data<{
        createPerson: { id: string };
      }>(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input: { fullName: 'Asha Patel', privateNotes: 'Prefers phone calls after 6pm', ownerOrganisationId: homeId } });
    const viewer = await signedInAs(testApp, 'viewer@home.example', homeId, OrganisationRole.VIEWER);
    const result = await viewer.request(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { id: createPerson.id, version: 99, fullName: 'Someone else' },
    });
    expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain('Prefers phone calls');
  });
});
