/**
 * Values a nested read handed to one parent object, for that parent's field resolvers: a list read
 * with its parent's statement, or the record at a membership's other end. They may be partial rows
 * (only the columns this query selects, issue #13), so they stay on the object they were read for and
 * never enter a shared loader's cache, where another field of the request could be served a row that
 * lacks the columns it reads. The parents are objects no loader caches either (the record a by-id read
 * returned, a page's nodes, memberships hydrated for this list), so what is attached is seen only
 * through the field it was read for. Kept under a symbol on the parent, which graphql never serialises (a
 * WeakMap cost a hash lookup and an ephemeron per membership: 1.5% of a partnerships page's CPU).
 */
const ATTACHED = Symbol('attached nested values');

type Carrier = { [ATTACHED]?: Map<string, unknown> };

export function attachToParent(parent: object, key: string, value: unknown): void {
  const carrier = parent as Carrier;
  (carrier[ATTACHED] ??= new Map()).set(key, value);
}

/** What was attached to `parent` under `key` (null included: a record row-level security hid), or undefined. */
export function attachedToParent<T>(parent: object, key: string): T | null | undefined {
  return (parent as Carrier)[ATTACHED]?.get(key) as T | null | undefined;
}

/** The key of a list field with its arguments (as graphql hands them to the resolver, defaults applied). */
export function nestedListKey(field: string, args: Record<string, unknown>): string {
  return `${field}|${JSON.stringify(args)}`;
}
