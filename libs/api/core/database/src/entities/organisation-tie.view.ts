import { TieKind, Visibility } from '@cg/shared/domain';
import { ViewColumn, ViewEntity } from 'typeorm';
import { currentMembershipSql } from '../lib/current-membership';

const live = (alias: string) => `${alias}.archived_at IS NULL`;

/** Pairs of members of one group (partnership or project), both ways; `member` says which rows count. */
const coMembers = (table: string, groupColumn: string, groupTable: string, kind: TieKind, member: (alias: string) => string) => `
  SELECT a.organisation_id, b.organisation_id AS other_organisation_id, '${kind}' AS kind, NULL AS relationship_type,
         a.${groupColumn} AS via_id, NULL::smallint AS strength, NULL::smallint AS trust, NULL::smallint AS value,
         NULL::numeric AS amount, false AS directed, true AS outgoing,
         g.visibility::text AS visibility, g.owner_organisation_id
  FROM ${table} a
  JOIN ${table} b ON b.${groupColumn} = a.${groupColumn} AND b.organisation_id <> a.organisation_id
  JOIN ${groupTable} g ON g.id = a.${groupColumn}
  WHERE ${member('a')} AND ${member('b')} AND ${live('g')}`;

/** A funder tied to each member of what it funds (organisation, partnership or project), both ways. */
const funding = (outgoing: boolean) => {
  const [self, other] = outgoing ? ['f.funder_organisation_id', 'r.organisation_id'] : ['r.organisation_id', 'f.funder_organisation_id'];
  return `
  SELECT ${self}, ${other}, '${TieKind.FUNDING}', NULL, f.id, NULL::smallint, NULL::smallint, NULL::smallint,
         f.amount, true, ${outgoing}, f.visibility::text, f.owner_organisation_id
  FROM funding f
  JOIN LATERAL (
    SELECT f.recipient_organisation_id AS organisation_id WHERE f.recipient_organisation_id IS NOT NULL
    UNION SELECT m.organisation_id FROM partnership_membership m
      WHERE m.partnership_id = f.recipient_partnership_id AND ${currentMembershipSql('m')}
    UNION SELECT p.organisation_id FROM project_participant p
      WHERE p.project_id = f.recipient_project_id AND p.archived_at IS NULL
  ) r ON r.organisation_id <> f.funder_organisation_id
  WHERE ${live('f')}`;
};

const relationship = (outgoing: boolean) => {
  const [self, other] = outgoing ? ['r.from_organisation_id', 'r.to_organisation_id'] : ['r.to_organisation_id', 'r.from_organisation_id'];
  // The first branch of the UNION names the view's columns.
  return `
  SELECT ${self} AS organisation_id, ${other} AS other_organisation_id, '${TieKind.RELATIONSHIP}' AS kind,
         r.type::text AS relationship_type, r.id AS via_id, r.strength, r.trust, r.value,
         NULL::numeric AS amount, r.directed, ${outgoing} AS outgoing, r.visibility::text AS visibility, r.owner_organisation_id
  FROM relationship r WHERE ${live('r')}`;
};

/**
 * Every tie between two organisations, typed or derived, listed once from each end
 * (`organisation_id` is "this" organisation), so one indexed lookup finds all ties of
 * an organisation. Visibility and owner come from the record the tie rests on.
 */
@ViewEntity({
  name: 'organisation_tie',
  expression: [
    relationship(true),
    relationship(false),
    // Partnership members are tied while their memberships are current (held today).
    coMembers('partnership_membership', 'partnership_id', 'partnership', TieKind.CO_MEMBERSHIP, currentMembershipSql),
    coMembers('project_participant', 'project_id', 'project', TieKind.JOINT_PROJECT, live),
    funding(true),
    funding(false),
  ].join('\n  UNION ALL\n'),
})
export class OrganisationTieView {
  @ViewColumn({ name: 'organisation_id' })
  organisationId!: string;

  @ViewColumn({ name: 'other_organisation_id' })
  otherOrganisationId!: string;

  @ViewColumn()
  kind!: TieKind;

  /** For RELATIONSHIP ties: its RelationshipType. */
  @ViewColumn({ name: 'relationship_type' })
  relationshipType!: string | null;

  /** The relationship, partnership, project or funding the tie rests on. */
  @ViewColumn({ name: 'via_id' })
  viaId!: string;

  @ViewColumn()
  strength!: number | null;

  @ViewColumn()
  trust!: number | null;

  @ViewColumn()
  value!: number | null;

  @ViewColumn()
  amount!: string | null;

  @ViewColumn()
  directed!: boolean;

  /** For directed ties: true when it runs from this organisation to the other. */
  @ViewColumn()
  outgoing!: boolean;

  @ViewColumn()
  visibility!: Visibility;

  @ViewColumn({ name: 'owner_organisation_id' })
  ownerOrganisationId!: string | null;
}
