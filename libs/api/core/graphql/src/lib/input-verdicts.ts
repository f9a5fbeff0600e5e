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

/**
 * A deep copy that keeps each object's prototype: a checked input (a class instance holding class
 * instances, arrays and primitives, as class-transformer built it) handed on again as a fresh
 * object, so what one request's service does to its arguments never reaches another's.
 */
export function copyInput<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyInput) as T;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = copyInput((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * The input values each class has passed, as `verdictKey`s, each with the checked instance it
 * became: a bounded LRU per class. Only passes are kept; a value that failed is checked again every
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
