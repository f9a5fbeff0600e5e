import type { FunderGrant } from '@cg/web/data-access';
import { FundingStatus, FundingType } from '@cg/web/data-access';
import { grantsAwardedIn, grantsCsv } from './grants-csv';

const grant = (overrides: Partial<FunderGrant>): FunderGrant =>
  ({
    __typename: 'Funding',
    id: 'g1',
    programme: 'Warm homes',
    amount: 4000,
    status: FundingStatus.AWARDED,
    type: FundingType.GRANT,
    awardDate: '2020-02-01',
    periodStart: null,
    periodEnd: null,
    recipientOrganisation: null,
    recipientPartnership: { __typename: 'Partnership', id: 'p1', name: 'Alpha, "the" partnership' },
    recipientProject: null,
    schedule: [],
    ...overrides,
  }) as FunderGrant;

describe('grantsCsv', () => {
  it('writes one row per grant with its recipient, schedule and what is still to pay', () => {
    const csv = grantsCsv(
      [
        grant({
          schedule: [
            { __typename: 'FundingInstalment', dueDate: '2020-03-01', amount: 1000, paid: false },
            { __typename: 'FundingInstalment', dueDate: '2098-06-01', amount: 1500, paid: false },
            { __typename: 'FundingInstalment', dueDate: '2099-03-01', amount: 1500, paid: true },
          ],
        }),
      ],
      '2026-12-06',
    );
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header.split(',')).toContain('unpaid_after_today_gbp');
    // Only the 2098 instalment is unpaid and after today: 1,500.
    expect(row).toBe(
      'g1,Warm homes,partnership,p1,"Alpha, ""the"" partnership",4000,AWARDED,GRANT,2020-02-01,,,2020-03-01 1000; 2098-06-01 1500; 2099-03-01 1500,1500',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = grantsCsv([grant({ programme: '=HYPERLINK("x")' })], '2026-12-06');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('grantsAwardedIn', () => {
  const grants = [
    grant({ id: 'a', awardDate: '2024-05-01' }),
    grant({ id: 'b', awardDate: null, periodStart: '2024-09-01' }),
    grant({ id: 'c', awardDate: '2023-12-31', periodStart: '2024-01-01' }),
    grant({ id: 'd', awardDate: null, periodStart: null }),
  ];

  it('keeps the grants the year’s figures count: by award date, else the start of the period', () => {
    expect(grantsAwardedIn(grants, 2024).map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('keeps every grant when no year is chosen', () => {
    expect(grantsAwardedIn(grants, null).map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
