import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@cg/shared/domain';
import { BaseFilter } from './filtering/filter-input';
import { copyInput, PassedInputs, verdictKey } from './input-verdicts';
import { ConnectionArgs } from './pagination/connection.args';
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
   * Values each input class has passed (input-verdicts.ts), with the instance each became. The same
   * page arguments or filter sent again (every directory page asks for `first: 50`) are handed on
   * as a fresh copy of that instance, without class-transformer and class-validator walking them
   * again: the pipe's answer is a function of the value alone (no rule reads the clock, the
   * database or the user, and no input class sets a field in its constructor). The copy is of the
   * instance as the pipe returned it, so what `whitelist` stripped stays stripped (`@Args() page:
   * ConnectionArgs` is handed every argument of the field, its filter too). Only passes are kept: a
   * value that failed is checked again every time, so its error still names the field (issue #13,
   * seventh round).
   */
  private readonly passed = new PassedInputs<object>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    assertStorableText(value, metadata.data ?? 'input');
    const metatype = metadata.metatype;
    if (metadata.type === 'body' && (!metatype || UNCHECKED_TYPES.has(metatype))) return value;
    const absent = value === undefined || value === null;
    if (absent && metatype && this.absentPasses.has(metatype)) return value;
    const key = metatype && !absent && keepsVerdicts(metatype) ? verdictKey(value) : undefined;
    const kept = key !== undefined && metatype ? this.passed.get(metatype, key) : undefined;
    if (kept) {
      verdictsReused++;
      const copy = copyInput(kept);
      checkedInputs.add(copy);
      return copy;
    }
    const result = await super.transform(value, metadata);
    if (absent && metatype) this.absentPasses.add(metatype);
    if (typeof result === 'object' && result !== null) checkedInputs.add(result);
    // Kept only when the pipe made an instance of the class: a value it let through unchecked, or
    // an array or a primitive (checked against a stand-in), is checked every time.
    if (key !== undefined && metatype && typeof result === 'object' && result !== null && Object.getPrototypeOf(result) === metatype.prototype) {
      this.passed.add(metatype, key, copyInput(result));
    }
    return result;
  }
}

/**
 * Only a list's arguments are kept: its page arguments and its filter, the values one client sends
 * again and again. A mutation's input is seldom sent twice, and one holding a password or a token
 * is never kept in memory.
 */
function keepsVerdicts(inputClass: { prototype: unknown }): boolean {
  return inputClass === ConnectionArgs || inputClass.prototype instanceof ConnectionArgs || inputClass.prototype instanceof BaseFilter;
}

let verdictsReused = 0;

/** How many checks the pipes answered from a kept verdict since start-up (for tests and profiling). */
export function reusedInputVerdicts(): number {
  return verdictsReused;
}
