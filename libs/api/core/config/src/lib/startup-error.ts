/**
 * A problem that stops the server from starting, worded for the person running it.
 * main.ts prints only the message (no stack trace) and exits with status 1.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
