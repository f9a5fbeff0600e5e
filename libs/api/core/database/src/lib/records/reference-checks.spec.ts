import { checkDateOrder, checkSpanAfterUpdate } from './reference-checks';
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

describe('checkSpanAfterUpdate', () => {
  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return (error as DomainError).extensions['field'];
    }
    return undefined;
  };

  it('names the end when the update moved it, and the start when the update moved that', () => {
    const saved = { startDate: '2025-02-01', endDate: '2025-01-01' };
    expect(refusal(() => checkSpanAfterUpdate(saved, { endDate: '2025-01-01' }, 'startDate', 'endDate'))).toBe('endDate');
    expect(refusal(() => checkSpanAfterUpdate(saved, { startDate: '2025-02-01' }, 'startDate', 'endDate'))).toBe('startDate');
  });

  it('lets a span that still runs forwards, or is open, through', () => {
    expect(refusal(() => checkSpanAfterUpdate({ startDate: '2025-01-01', endDate: null }, {}, 'startDate', 'endDate'))).toBeUndefined();
    expect(
      refusal(() => checkSpanAfterUpdate({ startDate: '2025-01-01', endDate: '2025-01-01' }, {}, 'startDate', 'endDate')),
    ).toBeUndefined();
  });
});
