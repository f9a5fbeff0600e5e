/** The parsed body of a GraphQL response. */
export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Sends GraphQL operations to a running test server, keeping its cookies like a browser. */
export class GraphQLTestClient {
  private readonly cookies: Map<string, string>;

  /** `cookies` starts the client with a session, as if it had already signed in. */
  constructor(private readonly baseUrl: string, cookies: Record<string, string> = {}) {
    this.cookies = new Map(Object.entries(cookies));
  }

  /** The cookies the server has set so far, to start another client with the same session. */
  cookieJar(): Record<string, string> {
    return Object.fromEntries(this.cookies);
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader(), 'x-requested-with': 'common-ground' },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like request, but fails the test with the server's messages when there are errors. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
