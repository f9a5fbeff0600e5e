/** A signed-in GraphQL caller over plain HTTP(S) fetch, for tests that need no browser. */
export interface ApiSession {
  post<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }>;
}

export async function signInToApi(url: string, email: string, password: string): Promise<ApiSession> {
  let cookie = '';
  const post: ApiSession['post'] = async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'common-ground', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (set.length) cookie = set.join('; ');
    return { status: response.status, body: await response.json() };
  };
  const signIn = await post('mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
    input: { email, password },
  });
  if (signIn.body.errors) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(signIn.body.errors)}`);
  return { post };
}
