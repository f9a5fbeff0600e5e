import { ValidationPipe } from '@nestjs/common';
import { reusedInputVerdicts } from '@cg/api/core/graphql';
import { makeOrganisation, makePlace } from '../support/org-factories';
import { startTestApp, TestApp } from '../support/test-app';

const LIST = `query Orgs($first: Int, $after: String, $last: Int, $filter: OrganisationFilter, $search: String) {
  organisations(first: $first, after: $after, last: $last, filter: $filter, search: $search) { nodes { id name } }
}`;
const PARTNERSHIPS = `query Partnerships($first: Int) { partnerships(first: $first) { nodes { id } } }`;

/**
 * The validation pipe keeps class-validator's verdict for input values that passed (issue #13,
 * seventh round): a repeated page request skips class-validator, and no kept verdict ever lets a
 * bad value through or changes the error it gets.
 */
describe('kept input verdicts', () => {
  let testApp: TestApp;
  let validate: jest.SpyInstance;
  let place: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    place = await makePlace(testApp.dataSource, { code: 'E06000016', name: 'Leicester' });
    for (const name of ['Alpha Trust', 'Beta Trust', 'Gamma Trust']) {
      await makeOrganisation(testApp.dataSource, { name, homePlaceId: place });
    }
  });
  afterAll(() => testApp.close());
  beforeEach(() => {
    validate = jest.spyOn(ValidationPipe.prototype as unknown as { validate: () => unknown }, 'validate');
  });
  afterEach(() => validate.mockRestore());

  it('checks a repeated page request without class-validator, and answers it the same', async () => {
    const variables = { first: 2, filter: { name: { contains: 'Trust' }, withinPlace: { in: [place] } } };
    const first = await testApp.client().request<{ organisations: { nodes: unknown[] } }>(LIST, variables);
    expect(first.errors).toBeUndefined();
    expect(first.data?.organisations.nodes).toHaveLength(2);
    const checks = validate.mock.calls.length;
    expect(checks).toBeGreaterThan(0);
    const reused = reusedInputVerdicts();
    const second = await testApp.client().request(LIST, variables);
    expect(second).toEqual(first);
    expect(validate.mock.calls.length).toBe(checks);
    // The page arguments (handed the filter too) and the filter.
    expect(reusedInputVerdicts() - reused).toBe(2);

    // The same page arguments beside another filter or search are another value: checked once.
    await testApp.client().request(LIST, { ...variables, search: 'Alpha' });
    expect(validate.mock.calls.length).toBeGreaterThan(checks);

    await testApp.client().request(PARTNERSHIPS, { first: 2 });
    const partnershipChecks = validate.mock.calls.length;
    expect((await testApp.client().request(PARTNERSHIPS, { first: 2 })).errors).toBeUndefined();
    expect(validate.mock.calls.length).toBe(partnershipChecks);
  });

  it('refuses bad page arguments, cursors and filters as before, however often good ones passed', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ first: -1 }, 'first'],
      [{ first: 201 }, 'first'],
      [{ first: 1, last: 1 }, 'last'],
      [{ first: 1, after: 'rubbish' }, 'after'],
      [{ first: 1, filter: { withinPlace: { eq: 'not-an-id' } } }, 'withinPlace.eq'],
    ];
    const answers: unknown[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [variables, field] of bad) {
        expect((await testApp.client().request(LIST, { first: 1 })).errors).toBeUndefined();
        const refused = await testApp.client().request(LIST, variables);
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        answers.push(refused.errors);
      }
    }
    expect(answers.slice(5, 10)).toEqual(answers.slice(0, 5));
    expect(answers.slice(10)).toEqual(answers.slice(0, 5));
  });
});
