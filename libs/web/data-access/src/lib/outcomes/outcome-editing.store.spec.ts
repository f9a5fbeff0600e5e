import { OrganisationRole, OutcomeOwnerChoicesQuery, PartnerRole } from '../../generated/graphql';
import type { SessionUser } from '../session/session.store';
import { mayManageOutcome, ownersUserMayUse, toOwnerChoices, whyNoNewOutcome } from './outcome-editing.store';

function user(memberships: { organisationId: string; role: OrganisationRole }[], isInstanceAdmin = false): SessionUser {
  return { __typename: 'CurrentUser', id: 'u1', email: 'a@b.c', name: 'Rhys', isInstanceAdmin, memberships } as SessionUser;
}

const partnershipLedBy = (lead: string) => ({
  ownerOrganisationId: null,
  ownerPartnership: {
    ownerOrganisationId: 'creator',
    members: [
      { organisationId: lead, role: PartnerRole.LEAD },
      { organisationId: 'member', role: PartnerRole.CORE_MEMBER },
    ],
  },
  ownerProject: null,
});

describe('mayManageOutcome', () => {
  it('lets administrators of a lead, of the partnership’s owner or of the outcome’s owner change it', () => {
    expect(mayManageOutcome(user([{ organisationId: 'lead', role: OrganisationRole.ORG_ADMIN }]), partnershipLedBy('lead'))).toBe(true);
    expect(mayManageOutcome(user([{ organisationId: 'creator', role: OrganisationRole.ORG_ADMIN }]), partnershipLedBy('lead'))).toBe(true);
    expect(
      mayManageOutcome(user([{ organisationId: 'own', role: OrganisationRole.ORG_ADMIN }]), { ...partnershipLedBy('lead'), ownerOrganisationId: 'own' }),
    ).toBe(true);
  });

  it('does not offer it to coordinators, viewers or administrators of ordinary members', () => {
    expect(mayManageOutcome(user([{ organisationId: 'lead', role: OrganisationRole.COORDINATOR }]), partnershipLedBy('lead'))).toBe(false);
    expect(mayManageOutcome(user([{ organisationId: 'lead', role: OrganisationRole.VIEWER }]), partnershipLedBy('lead'))).toBe(false);
    expect(mayManageOutcome(user([{ organisationId: 'member', role: OrganisationRole.ORG_ADMIN }]), partnershipLedBy('lead'))).toBe(false);
    expect(mayManageOutcome(null, partnershipLedBy('lead'))).toBe(false);
  });

  it('lets an instance administrator change anything', () => {
    expect(mayManageOutcome(user([], true), partnershipLedBy('lead'))).toBe(true);
  });
});

describe('owner choices', () => {
  const data = {
    partnerships: {
      nodes: [
        {
          id: 'p1',
          name: 'Led by us',
          ownerOrganisationId: null,
          members: [{ id: 'm1', organisationId: 'us', role: PartnerRole.CO_LEAD, toDate: null, organisation: { id: 'us', name: 'Us' } }],
        },
        {
          id: 'p2',
          name: 'Member only',
          ownerOrganisationId: null,
          members: [{ id: 'm2', organisationId: 'us', role: PartnerRole.DELIVERY_PARTNER, toDate: null, organisation: { id: 'us', name: 'Us' } }],
        },
      ],
    },
    projects: {
      nodes: [{ id: 'j1', name: 'Ours', ownerOrganisationId: 'us', participants: [] }],
    },
  } as unknown as OutcomeOwnerChoicesQuery;

  it('offers the partnerships and projects the user’s organisation leads or owns', () => {
    const choices = toOwnerChoices(data);
    expect(ownersUserMayUse(user([{ organisationId: 'us', role: OrganisationRole.ORG_ADMIN }]), choices).map((c) => c.id)).toEqual(['p1', 'j1']);
    expect(ownersUserMayUse(user([{ organisationId: 'us', role: OrganisationRole.COORDINATOR }]), choices)).toEqual([]);
    expect(choices[0].organisations).toEqual([{ id: 'us', name: 'Us' }]);
  });

  it('says in one line why a coordinator may not add outcomes', () => {
    expect(whyNoNewOutcome(user([{ organisationId: 'us', role: OrganisationRole.COORDINATOR }]))).toMatch(/coordinators record readings/);
    expect(whyNoNewOutcome(user([{ organisationId: 'us', role: OrganisationRole.ORG_ADMIN }]))).toBeNull();
  });
});
