import { OrganisationType } from '@cg/shared/domain';
import { canonicalOrgId, grantValues, periodEndAfter, schemeOf } from './grant-values';

const grant = (over: Record<string, unknown> = {}) => ({
  id: '360G-x-1',
  title: 'A grant',
  description: 'For a thing',
  currency: 'GBP',
  amountAwarded: 1200.5,
  awardDate: '2013-01-18T00:00:00+00:00',
  plannedDates: [{ duration: 12 }],
  recipientOrganization: [
    { id: '360G-trafford-choir', name: ' Choir ', charityNumber: '1000611', companyNumber: '8591698' },
  ],
  fundingOrganization: [{ id: 'GB-LAE-TRF', name: 'Trafford Council' }],
  grantProgramme: [{ code: 'VSG', title: 'Voluntary Sector Grants' }],
  beneficiaryLocation: [{ geoCode: 'e08000009' }, { geoCode: 'E08000009' }, { name: 'no code' }],
  ...over,
});

describe('grantValues', () => {
  it('turns a grant into funding: dates, a period from its duration, programme, organisations and places', () => {
    expect(grantValues(grant())).toEqual({
      grantId: '360G-x-1',
      title: 'A grant',
      description: 'For a thing',
      amount: 1200.5,
      awardDate: '2013-01-18',
      periodStart: '2013-01-18',
      periodEnd: '2014-01-17',
      programme: 'Voluntary Sector Grants',
      funder: { ids: ['GB-LAE-TRF'], name: 'Trafford Council', type: OrganisationType.LOCAL_AUTHORITY },
      recipient: {
        ids: ['360G-trafford-choir', 'GB-CHC-1000611', 'GB-COH-08591698'],
        name: 'Choir',
        type: OrganisationType.COMMUNITY_GROUP,
      },
      geoCodes: ['E08000009'],
    });
  });

  it('keeps planned start and end dates as given, a year-month meaning its first day', () => {
    const values = grantValues(grant({ plannedDates: [{ startDate: '2024-04', endDate: '2027-03-31' }] }));
    expect(values).toMatchObject({ periodStart: '2024-04-01', periodEnd: '2027-03-31' });
  });

  it('says why a grant cannot be funding', () => {
    expect(grantValues(grant({ currency: 'EUR' }))).toEqual({
      problem: 'an amount in EUR: only grants in pounds (GBP) are imported',
    });
    expect(grantValues(grant({ awardDate: '2013-02-31' }))).toEqual({
      problem: 'not a real date: the award date 2013-02-31 is not in the calendar',
    });
    expect(grantValues(grant({ plannedDates: [{ startDate: '2020-01-01', endDate: '2019-01-01' }] }))).toEqual({
      problem: 'planned dates end (2019-01-01) before they start (2020-01-01)',
    });
    expect(grantValues(grant({ recipientOrganization: undefined, recipientIndividual: { id: 'p' } }))).toMatchObject({
      problem: expect.stringContaining('grant to individuals'),
    });
  });
});

describe('org-ids', () => {
  it('writes known schemes canonically and keeps unknown ones as given', () => {
    expect(canonicalOrgId(' gb-chc-1000611 ')).toBe('GB-CHC-1000611');
    expect(canonicalOrgId('GB-COH-123')).toBe('GB-COH-00000123');
    expect(canonicalOrgId('XI-ROR-abc')).toBe('XI-ROR-abc');
    expect(schemeOf('360G-trafford-be_active')).toBe('360G');
    expect(schemeOf('XI-ROR-abc')).toBe('XI-ROR');
  });

  it('ends a period the day before the same date months later', () => {
    expect(periodEndAfter('2013-01-18', 12)).toBe('2014-01-17');
    expect(periodEndAfter('2024-01-31', 1)).toBe('2024-03-01'); // 31 February rolls on, less a day
  });
});
