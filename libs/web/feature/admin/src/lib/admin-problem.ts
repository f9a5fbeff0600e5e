import { describeError } from '@cg/web/ui';

/**
 * One sentence for a failed admin action. The API's refusals (the last administrator, an
 * invitation no longer pending) name a field such as `userId`, which no form here has, so
 * the field's own message is the plain explanation to show.
 */
export function adminActionMessage(error: unknown): string {
  const problem = describeError(error);
  if (problem.code === 'BAD_USER_INPUT') {
    const [first] = Object.values(problem.fieldErrors);
    if (first) return first;
  }
  return problem.message;
}
