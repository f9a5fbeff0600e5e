/** Makes text match itself in LIKE/ILIKE: `%`, `_` and the escape character `\` lose their powers. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** `contains`: the text anywhere in the value. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/**
 * `ilike`: the whole value, where `*` is the one wildcard people type ("leeds*" starts
 * with Leeds). `%` and `_` stay literal, so a name like "100% Local" finds itself.
 */
export function wildcardPattern(text: string): string {
  return text.split('*').map(escapeLike).join('%');
}
