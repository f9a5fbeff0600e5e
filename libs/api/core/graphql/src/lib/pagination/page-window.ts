import { createValidationPipe, isCheckedInput } from '../validation';
import { ConnectionArgs, ConnectionArgsInput, DEFAULT_PAGE_SIZE } from './connection.args';

/** Which slice of the ordered list a request asks for. */
export interface PageWindow {
  /** How many items the page holds at most. */
  limit: number;
  /** True for last/before: the query runs in reverse order and the rows are turned back. */
  backward: boolean;
  after?: string;
  before?: string;
}

const validation = createValidationPipe();

/**
 * Checks the args with the same rules and messages as the GraphQL input pipe, so a
 * service called from elsewhere (or a test) gets BAD_USER_INPUT too, then applies the
 * default page size. A resolver's ConnectionArgs, which the pipe already checked, are not checked again.
 */
export async function pageWindow(args: ConnectionArgsInput): Promise<PageWindow> {
  const valid =
    args instanceof ConnectionArgs && isCheckedInput(args)
      ? args
      : ((await validation.transform({ ...args }, { type: 'query', metatype: ConnectionArgs })) as ConnectionArgs);
  const backward = valid.last != null;
  return {
    limit: backward ? (valid.last as number) : (valid.first ?? DEFAULT_PAGE_SIZE),
    backward,
    ...(valid.after != null ? { after: valid.after } : {}),
    ...(valid.before != null ? { before: valid.before } : {}),
  };
}
