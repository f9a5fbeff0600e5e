import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.args';
import { pageWindow } from './page-window';
import { DomainError } from '@cg/shared/domain';

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a rejection');
}

describe('pageWindow', () => {
  it(`pages forwards by ${DEFAULT_PAGE_SIZE} when neither first nor last is given`, async () => {
    expect(await pageWindow({})).toEqual({ limit: DEFAULT_PAGE_SIZE, backward: false });
  });

  it('pages forwards with first/after and backwards with last/before', async () => {
    expect(await pageWindow({ first: 10, after: 'a' })).toEqual({ limit: 10, backward: false, after: 'a' });
    expect(await pageWindow({ last: 5, before: 'b', first: null })).toEqual({ limit: 5, backward: true, before: 'b' });
    expect(await pageWindow({ first: 0 })).toEqual({ limit: 0, backward: false });
    expect(await pageWindow({ first: MAX_PAGE_SIZE })).toEqual({ limit: MAX_PAGE_SIZE, backward: false });
  });

  it.each([
    [{ first: MAX_PAGE_SIZE + 1 }, 'first', `First must be a whole number from 0 to ${MAX_PAGE_SIZE}.`],
    [{ first: -1 }, 'first', `First must be a whole number from 0 to ${MAX_PAGE_SIZE}.`],
    [{ first: 2.5 }, 'first', `First must be a whole number from 0 to ${MAX_PAGE_SIZE}.`],
    [{ last: 1000 }, 'last', `Last must be a whole number from 0 to ${MAX_PAGE_SIZE}.`],
    [{ first: 10, last: 10 }, 'last', 'Give either first or last, not both.'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (args, field, message) => {
    const error = await rejection(pageWindow(args));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toBe(message);
  });
});
