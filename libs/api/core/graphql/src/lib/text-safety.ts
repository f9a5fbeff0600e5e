import { DomainError } from '@cg/shared/domain';

// A lone half of a surrogate pair: JSON lets a client send one ("\ud800"), but it is not text
// and PostgreSQL would get U+FFFD in its place, silently changing what was typed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Finds the first string in an argument that PostgreSQL cannot store as text: one with a null
 * character (PostgreSQL refuses \u0000 in text and would answer with an internal error) or a
 * broken surrogate. Returns its dotted path ("input.members.2.role"), or undefined.
 */
export function unstorableText(
  value: unknown,
  path: string,
  seen = new Set<unknown>(),
): { field: string; why: string } | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return { field: path, why: 'contains a null character (\\u0000), which cannot be stored' };
    if (LONE_SURROGATE.test(value))
      return { field: path, why: 'contains an invalid character (half of a UTF-16 pair)' };
    return undefined;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorableText(inner, path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return undefined;
}

/** BAD_USER_INPUT naming the field, as the validation pipe names other bad fields. */
export function assertStorableText(value: unknown, argument: string): void {
  const found = unstorableText(value, argument);
  if (!found) return;
  const field = found.field.replace(/^input\./, '');
  throw new DomainError('BAD_USER_INPUT', `${field} ${found.why}.`, { field });
}
