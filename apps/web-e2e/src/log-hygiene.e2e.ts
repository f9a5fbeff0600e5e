import { signInToApi } from './support/api-session';
import { DEMO_PASSWORD, PERSONAS } from './support/personas';
import { startServer, StartedServer } from './support/server';

const WRONG_PASSWORD = 'Wrong-Horse-Battery-42';
const PERSON = {
  fullName: 'Ottoline Hygiene-Probe',
  email: 'ottoline.hygiene@example.org',
  phone: '07700 900987',
  privateNotes: 'Prefers calls after six',
};

/**
 * LOG_FORMAT=json: one JSON line per request that names the operation, status, error codes,
 * duration and user id, and never the personal data a request carried.
 */
describe('operator logs in JSON', () => {
  let server: StartedServer;
  beforeAll(async () => (server = await startServer({ LOG_FORMAT: 'json' })), 180_000);
  afterAll(() => server?.stop());

  function requestLines(): Record<string, unknown>[] {
    return server
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"request"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('logs a wrong-password sign-in and an erasure without any of the personal data involved', async () => {
    const stranger = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'common-ground',
        'x-request-id': 'wrong-password-probe',
      },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: PERSON.email, password: WRONG_PASSWORD } },
      }),
    });
    expect((await stranger.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(stranger.headers.get('x-request-id')).toBe('wrong-password-probe');

    const ceo = await signInToApi(server.url, PERSONAS.ceo, DEMO_PASSWORD);
    const created = await ceo.post<{ createPerson: { id: string; version: number } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id version } }',
      { input: { ...PERSON, lawfulBasis: 'LEGITIMATE_INTERESTS' } },
    );
    expect(created.body.errors).toBeUndefined();
    const person = created.body.data!.createPerson;
    const erased = await ceo.post('mutation ($input: RecordVersionInput!) { erasePerson(input: $input) }', {
      input: { id: person.id, version: person.version },
    });
    expect(erased.body.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 300));

    const lines = requestLines();
    expect(lines.find((line) => line['requestId'] === 'wrong-password-probe')).toMatchObject({
      operation: 'signIn',
      status: 200,
      errors: ['UNAUTHENTICATED'],
      durationMs: expect.any(Number),
    });
    expect(lines.find((line) => line['operation'] === 'erasePerson')).toMatchObject({
      status: 200,
      userId: expect.any(String),
    });

    const output = server.output();
    for (const secret of [
      PERSON.email,
      PERSON.fullName,
      'Ottoline',
      PERSON.phone,
      PERSON.privateNotes,
      WRONG_PASSWORD,
      DEMO_PASSWORD,
      PERSONAS.ceo,
    ]) {
      expect(output).not.toContain(secret);
    }
    // Every line the server wrote is JSON, so a log collector reads them all.
    for (const line of output.split('\n').filter((l) => l.trim())) expect(() => JSON.parse(line)).not.toThrow();
  });
});
