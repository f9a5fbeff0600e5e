import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { DomainError } from '@cg/shared/domain';
import { KeyPath, keyPaths, PassedInputs, removedPaths, removePaths, verdictKey } from './input-verdicts';
import { assertStorableText } from './text-safety';

/** The first failing field, as a dotted path ("input.members.2.role"), and its message. */
function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Checks every GraphQL input with class-validator. A failure becomes BAD_USER_INPUT
 * naming the field, with class-validator's message (the inputs set their own wording).
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'The input is not valid.' };
      const field = problem.field.replace(/^input\./, '');
      return new DomainError('BAD_USER_INPUT', capitalise(problem.message.replace(/^input\./, '')), { field });
    },
  });
}

function capitalise(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

/** Objects the pipe has checked: `pageWindow` need not check the same page arguments twice. */
const checkedInputs = new WeakSet<object>();

/** True when `value` is an input this pipe already checked and transformed. */
export function isCheckedInput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checkedInputs.has(value);
}

/** Argument types class-validator has nothing to check in (Nest's own list). */
const UNCHECKED_TYPES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * class-validator's checks, after one every text input needs: it must be storable (text-safety.ts).
 * A global pipe runs on every parameter of every resolver call, field resolvers included, so what
 * is not client input (a resolver's parent, context and info are 'custom') is handed back at once,
 * and a scalar GraphQL argument (an id, a search text, 'body' with a primitive type) needs only the
 * text check: no class-transformer and no class-validator pass (issue #13, per-request cost).
 */
class InputValidationPipe extends ValidationPipe {
  /**
   * Input classes an absent argument passes: Nest checks a missing argument as `{}` of its class and
   * hands back the absent value, so the verdict is the class's alone, and is kept after the first
   * check. An omitted filter then costs no class-validator pass of the filter class on every list
   * request (issue #13, fifth round); a class `{}` fails is still refused every time.
   */
  private readonly absentPasses = new WeakSet<object>();

  /**
   * Values each input class has passed (input-verdicts.ts). The same page arguments or filter sent
   * again (every directory page asks for `first: 50`) are not walked by class-validator again:
   * its verdict is a function of the value alone (no rule reads the clock, the database or the
   * user), and class-transformer still builds a fresh instance from the value every time. Only
   * passes are kept, each with the keys `whitelist` stripped from it (`@Args() page: ConnectionArgs`
   * is handed every argument of the field, its filter too), which are stripped again from the
   * fresh instance, so a kept value is handed on exactly as a checked one would be (issue #13,
   * seventh round).
   */
  private readonly passed = new PassedInputs<KeyPath[]>();
  /**
   * The verdict key of the value `super.transform` is about to validate, read by `validate` below.
   * Nest's transform runs synchronously from its call up to `this.validate(…)`, and this is
   * cleared as soon as that call returns its promise: were Nest ever to await something first,
   * `validate` would find nothing and check as usual (slower, never looser).
   */
  private pending: { inputClass: object; key: string } | undefined;

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    assertStorableText(value, metadata.data ?? 'input');
    if (metadata.type === 'body' && (!metadata.metatype || UNCHECKED_TYPES.has(metadata.metatype))) return value;
    const absent = value === undefined || value === null;
    if (absent && metadata.metatype && this.absentPasses.has(metadata.metatype)) return value;
    const key = metadata.metatype && !absent ? verdictKey(value) : undefined;
    this.pending = key !== undefined && metadata.metatype ? { inputClass: metadata.metatype, key } : undefined;
    let checking: Promise<unknown>;
    try {
      checking = super.transform(value, metadata);
    } finally {
      this.pending = undefined;
    }
    const result = await checking;
    if (absent && metadata.metatype) this.absentPasses.add(metadata.metatype);
    if (typeof result === 'object' && result !== null) checkedInputs.add(result);
    return result;
  }

  /** class-validator's pass, unless this exact value of this class has passed before. */
  override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const pending = this.pending;
    this.pending = undefined;
    const stripped = pending && this.passed.get(pending.inputClass, pending.key);
    if (stripped) {
      removePaths(object, stripped);
      verdictsReused++;
      return [];
    }
    const before = pending && keyPaths(object);
    const errors = await super.validate(object, options);
    if (pending && before && errors.length === 0) this.passed.add(pending.inputClass, pending.key, removedPaths(before, object));
    return errors;
  }
}

let verdictsReused = 0;

/** How many checks the pipes answered from a kept verdict since start-up (for tests and profiling). */
export function reusedInputVerdicts(): number {
  return verdictsReused;
}
