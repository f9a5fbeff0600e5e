import { checkOneRecipient, checkSchedule } from './funding-rules';
import { DomainError } from '@cg/shared/domain';

function failure(work: () => void): { field: unknown; message: string } | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { field: error.extensions['field'], message: error.message };
  }
}

describe('checkOneRecipient', () => {
  it('accepts exactly one recipient', () => {
    expect(
      failure(() => checkOneRecipient({ recipientProjectId: 'p', recipientOrganisationId: null })),
    ).toBeUndefined();
  });

  it.each([[{}], [{ recipientOrganisationId: 'o', recipientPartnershipId: 'p' }]])(
    'refuses %j on recipient',
    (funding) => {
      expect(failure(() => checkOneRecipient(funding))?.field).toBe('recipient');
    },
  );
});

describe('checkSchedule', () => {
  it('accepts no schedule, and instalments that add up to the penny despite floating point', () => {
    expect(failure(() => checkSchedule([], 100))).toBeUndefined();
    const thirds = [
      { dueDate: '2025-01-01', amount: 33.33 },
      { dueDate: '2026-01-01', amount: 33.33 },
      { dueDate: '2027-01-01', amount: 33.34 },
    ];
    expect(failure(() => checkSchedule(thirds, 100))).toBeUndefined();
    const tenths = Array.from({ length: 10 }, (_, i) => ({ dueDate: `20${30 + i}-01-01`, amount: 0.1 }));
    expect(failure(() => checkSchedule(tenths, 1))).toBeUndefined();
  });

  it('refuses a schedule a penny out, saying both sums', () => {
    expect(failure(() => checkSchedule([{ dueDate: '2025-01-01', amount: 99.99 }], 100))).toEqual({
      field: 'schedule',
      message: "The schedule's instalments add up to £99.99, but the amount is £100.00: they must match exactly.",
    });
  });

  it('refuses two instalments on one day', () => {
    const twice = [
      { dueDate: '2025-01-01', amount: 50 },
      { dueDate: '2025-01-01', amount: 50 },
    ];
    expect(failure(() => checkSchedule(twice, 100))?.message).toMatch(/its own due date/);
  });
});
