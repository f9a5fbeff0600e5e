// autocannon ships no types; these are the parts load.ts uses (see its README).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const run = require('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

export interface AutocannonRequest {
  method: 'POST' | 'GET';
  headers?: Record<string, string>;
  body?: string;
  /** Called before each send with the connection's context, which starts afresh each round of requests. */
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  /** Seconds before a request counts as timed out. */
  timeout?: number;
  requests: AutocannonRequest[];
}

export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
}

export const autocannon = run;
