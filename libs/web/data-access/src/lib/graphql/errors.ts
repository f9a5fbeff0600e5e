/** The codes of the GraphQL errors an Apollo error carries. */
export function errorCodes(error: unknown): string[] {
  const errors = (error as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> } | null)?.errors ?? [];
  return errors.map((e) => String(e.extensions?.code ?? ''));
}

/** NOT_FOUND, or an id the API refuses as malformed: either way there is no such record to show. */
export function isNotFoundError(error: unknown): boolean {
  return errorCodes(error).some((code) => code === 'NOT_FOUND' || code === 'BAD_USER_INPUT');
}
