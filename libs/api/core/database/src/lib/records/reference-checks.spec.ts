import { checkDateOrder } from './reference-checks';
import { DomainError } from '@cg/shared/domain';

describe('checkDateOrder', () => {
  it('allows open or ordered ranges and refuses an end before the start, naming the field', () => {
    expect(() => checkDateOrder('2024-01-01', null, 'toDate', 'fromDate')).not.toThrow();
    expect(() => checkDateOrder('2024-01-01', '2024-01-01', 'toDate', 'fromDate')).not.toThrow();
    try {
      checkDateOrder('2024-01-02', '2024-01-01', 'toDate', 'fromDate');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toDate' });
      expect((error as DomainError).message).toBe('toDate must be on or after fromDate.');
    }
  });
});
