import { Pool as HttpPool } from 'undici';

/** Sends one fixed request again and again; `send` rejects on an HTTP or GraphQL error. */
export interface PostRequester {
  send(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The client ../shared/perf measures with, so the project and the floor pay the same client cost:
 * a keep-alive undici pool with exactly `connections` sockets, sending the same JSON POST. The
 * answer is read as text and checked cheaply for errors, as ../shared/perf does, so parsing a
 * large answer does not count against one side more than the other.
 */
export function postRequester(
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
): PostRequester {
  const { origin, pathname, search } = new URL(url);
  const pool = new HttpPool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const allHeaders = { 'content-type': 'application/json', accept: 'application/json', ...headers };
  return {
    async send() {
      const response = await pool.request({ method: 'POST', path: pathname + search, headers: allHeaders, body });
      const text = await response.body.text();
      if (response.statusCode < 200 || response.statusCode >= 300) throw new Error(`HTTP ${response.statusCode}`);
      if (text.startsWith('{"errors"') || text.includes('"errors":['))
        throw new Error(`GraphQL errors: ${text.slice(0, 200)}`);
      return text;
    },
    close: () => pool.close(),
  };
}
