import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@cg/shared/domain';
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

/** class-validator's checks, after one every text input needs: it must be storable (text-safety.ts). */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertStorableText(value, metadata.data ?? 'input');
    return super.transform(value, metadata);
  }
}
