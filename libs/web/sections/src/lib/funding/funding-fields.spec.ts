import { FundingRow, FundingStatus, FundingType, OrganisationRole, SessionUser, Visibility } from '@cg/web/data-access';
import { FundingFormValue, toCreateFundingInput, toFundingFormValue, toUpdateFundingInput } from './funding-fields';
import { canEditFunding, whyCannotRecordFunding } from './permissions';

const value = (over: Partial<FundingFormValue> = {}): FundingFormValue => ({
  funderOrganisationId: 'funder-1',
  amount: 60_000,
  type: FundingType.GRANT,
  status: FundingStatus.AWARDED,
  programme: '  Reaching Communities ',
  awardDate: new Date(2026, 2, 15),
  periodStart: new Date(2026, 3, 1),
  periodEnd: null,
  threeSixtyGivingId: ' ',
  visibility: Visibility.PUBLIC,
  schedule: [
    { dueDate: new Date(2027, 3, 1), amount: 30_000, paid: false },
    { dueDate: new Date(2026, 3, 1), amount: 30_000, paid: true },
  ],
  ...over,
});

describe('funding form ↔ API input', () => {
  it('sends a partnership recipient, trimmed text, ISO dates and the schedule in date order', () => {
    const input = toCreateFundingInput(value(), { kind: 'partnership', id: 'p-1' });
    expect(input).toEqual({
      funderOrganisationId: 'funder-1',
      amount: 60_000,
      type: FundingType.GRANT,
      status: FundingStatus.AWARDED,
      programme: 'Reaching Communities',
      awardDate: '2026-03-15',
      periodStart: '2026-04-01',
      periodEnd: null,
      threeSixtyGivingId: null,
      visibility: Visibility.PUBLIC,
      recipientPartnershipId: 'p-1',
      schedule: [
        { dueDate: '2026-04-01', amount: 30_000, paid: true },
        { dueDate: '2027-04-01', amount: 30_000, paid: false },
      ],
    });
    expect(input.recipientProjectId).toBeUndefined();
  });

  it('sends a project recipient, and an update with id and version (an empty schedule clears it)', () => {
    expect(toCreateFundingInput(value(), { kind: 'project', id: 'pr-1' }).recipientProjectId).toBe('pr-1');
    const update = toUpdateFundingInput(value({ schedule: [] }), 'f-1', 4);
    expect(update).toMatchObject({ id: 'f-1', version: 4, schedule: [] });
  });

  it('reads a saved row back into the form', () => {
    const row = {
      id: 'f-1',
      version: 2,
      amount: 1000,
      type: FundingType.LOAN,
      status: FundingStatus.PLEDGED,
      programme: null,
      awardDate: '2026-01-02',
      periodStart: null,
      periodEnd: '2027-01-01',
      threeSixtyGivingId: '360G-x',
      visibility: Visibility.PARTNERS,
      ownerOrganisationId: 'o',
      funderOrganisationId: 'funder-1',
      funder: { id: 'funder-1', name: 'Fund' },
      schedule: [{ id: 'i', dueDate: '2026-06-01', amount: 1000, paid: false }],
    } as unknown as FundingRow;
    const form = toFundingFormValue(row);
    expect(form.awardDate?.getDate()).toBe(2);
    expect(form.periodStart).toBeNull();
    expect(form.threeSixtyGivingId).toBe('360G-x');
    expect(form.schedule).toHaveLength(1);
    expect(form.schedule[0].dueDate?.getMonth()).toBe(5);
  });
});

describe('who may record and change funding', () => {
  const user = (role: OrganisationRole, organisationId = 'org-1') =>
    ({ isInstanceAdmin: false, memberships: [{ organisationId, role }] }) as unknown as SessionUser;

  it('offers recording to organisation admins, and says why not to others', () => {
    expect(whyCannotRecordFunding(user(OrganisationRole.ORG_ADMIN))).toBeNull();
    expect(whyCannotRecordFunding(user(OrganisationRole.VIEWER))).toMatch(/administrators/);
    expect(whyCannotRecordFunding(user(OrganisationRole.COORDINATOR))).toMatch(/administrators/);
    expect(whyCannotRecordFunding(null)).toMatch(/Sign in/);
  });

  it('lets admins of the owner or the funder change a row', () => {
    expect(canEditFunding(user(OrganisationRole.ORG_ADMIN), { ownerOrganisationId: 'org-1', funderOrganisationId: 'x' })).toBe(true);
    expect(canEditFunding(user(OrganisationRole.ORG_ADMIN), { ownerOrganisationId: 'y', funderOrganisationId: 'org-1' })).toBe(true);
    expect(canEditFunding(user(OrganisationRole.ORG_ADMIN), { ownerOrganisationId: 'y', funderOrganisationId: 'x' })).toBe(false);
    expect(canEditFunding(user(OrganisationRole.VIEWER), { ownerOrganisationId: 'org-1', funderOrganisationId: 'x' })).toBe(false);
  });
});
