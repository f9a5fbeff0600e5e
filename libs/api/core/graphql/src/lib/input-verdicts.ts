/** Longest key kept: a larger input (an import's rows) is rare, and is checked every time. */
export const MAX_VERDICT_KEY_LENGTH = 1024;
/** Passing values remembered per input class at most (the least recently used go first). */
export const VERDICTS_PER_CLASS = 256;

/**
 * An exact text for a plain input value, or undefined when the value is not plain data or is too
 * large. Two values get the same key only when they are the same data: every primitive keeps its
 * type and its exact value (-0, NaN and undefined included), objects keep their key order, and
 * anything that is not a plain object, an array or a primitive (a Date, a Buffer, a class
 * instance, a sparse array, a `__proto__` key) makes the value uncacheable. GraphQL's coerced
 * arguments are always plain data, built in the schema's field order, so one query sent twice has
 * one key.
 */
export function verdictKey(value: unknown): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const write = (part: string): boolean => {
    length += part.length;
    parts.push(part);
    return length <= MAX_VERDICT_KEY_LENGTH;
  };
  const visit = (item: unknown, depth: number): boolean => {
    if (depth > 16) return false;
    switch (typeof item) {
      case 'undefined':
        return write('u');
      case 'boolean':
        return write(item ? 't' : 'f');
      case 'number':
        return write(Object.is(item, -0) ? '#-0' : `#${item}`);
      case 'string':
        return write(JSON.stringify(item));
      case 'object':
        break;
      default:
        return false;
    }
    if (item === null) return write('n');
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype || !write('[')) return false;
      for (let index = 0; index < item.length; index++) {
        if (!(index in item) || !visit(item[index], depth + 1) || !write(',')) return false;
      }
      return write(']');
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return false;
    if (!write('{')) return false;
    for (const key of Object.keys(item)) {
      if (key === '__proto__') return false;
      if (!write(JSON.stringify(key)) || !write(':') || !visit((item as Record<string, unknown>)[key], depth + 1)) return false;
      if (!write(',')) return false;
    }
    return write('}');
  };
  return visit(value, 0) ? parts.join('') : undefined;
}

/** A key's path inside a value, from the top. */
export type KeyPath = readonly string[];

/** Every own key's path in a value and everything in it (class instances included). */
export function keyPaths(value: unknown, prefix: string[] = [], out: string[][] = [], depth = 0): string[][] {
  if (typeof value !== 'object' || value === null || depth > 16) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, key];
    out.push(path);
    keyPaths((value as Record<string, unknown>)[key], path, out, depth + 1);
  }
  return out;
}

/** The paths of `before` that are no longer in `value`, outermost only. */
export function removedPaths(before: readonly KeyPath[], value: unknown): KeyPath[] {
  const after = new Set(keyPaths(value).map((path) => path.join('\u0000')));
  const removed: KeyPath[] = [];
  for (const path of before) {
    if (after.has(path.join('\u0000'))) continue;
    if (!removed.some((outer) => outer.length < path.length && outer.every((key, index) => path[index] === key))) removed.push(path);
  }
  return removed;
}

/** Deletes these paths from a value, as class-validator's `whitelist` deleted them from an equal one. */
export function removePaths(value: object, paths: readonly KeyPath[]): void {
  for (const path of paths) {
    let owner: unknown = value;
    for (const key of path.slice(0, -1)) owner = typeof owner === 'object' && owner !== null ? (owner as Record<string, unknown>)[key] : undefined;
    if (typeof owner === 'object' && owner !== null) delete (owner as Record<string, unknown>)[path[path.length - 1]];
  }
}

/**
 * The input values each class has passed, as `verdictKey`s, each with what the check stripped from
 * it: a bounded LRU per class. Only passes are kept; a value that failed is checked again every
 * time, so its error still names the field.
 */
export class PassedInputs<Verdict> {
  private readonly byClass = new WeakMap<object, Map<string, Verdict>>();

  constructor(private readonly perClass = VERDICTS_PER_CLASS) {}

  get(inputClass: object, key: string): Verdict | undefined {
    const passed = this.byClass.get(inputClass);
    const verdict = passed?.get(key);
    if (verdict === undefined || !passed) return undefined;
    // Most recently used last: Map keeps insertion order.
    passed.delete(key);
    passed.set(key, verdict);
    return verdict;
  }

  add(inputClass: object, key: string, verdict: Verdict): void {
    let passed = this.byClass.get(inputClass);
    if (!passed) this.byClass.set(inputClass, (passed = new Map()));
    passed.set(key, verdict);
    if (passed.size > this.perClass) passed.delete(passed.keys().next().value as string);
  }
}
