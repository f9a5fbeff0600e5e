import type { MultiPolygon, Polygon } from 'geojson';
import {
  ActivityKind,
  FundingStatus,
  FundingType,
  GovernanceModel,
  IndicatorDirection,
  LawfulBasis,
  LevellingUpMission,
  NeedSource,
  OrganisationType,
  OutcomeDefiner,
  PartnerRole,
  PartnershipStatus,
  PlaceLevel,
  Priority,
  ProjectStatus,
  RelationshipType,
  Sector,
  Visibility,
} from '@cg/shared/domain';

/** A PostgreSQL `date`, 2026-11-01. */
export type IsoDate = string;
/** Money in pounds with pence, exact: "1250.50" (PostgreSQL numeric(14,2)). */
export type Money = string;

/** Columns every record carries (docs/domain.md#records) that the generator sets; the rest take their defaults. */
export interface RecordRow {
  id: string;
  ownerOrganisationId: string | null;
  visibility: Visibility;
}

export interface PlaceRow extends RecordRow {
  code: string;
  name: string;
  level: PlaceLevel;
  parentId: string | null;
  /** ltree of ancestor codes down to this one: E92000001.E12000004.E10900001.… */
  path: string;
  population: number | null;
  imdRank: number | null;
  imdDecile: number | null;
  imdDomains: Record<string, number> | null;
  /** GeoJSON geometry in WGS84 lon/lat (RFC 7946), or null where none is drawn. */
  boundary: Polygon | MultiPolygon | null;
  /** The local authority's cell in an equal-area hex layout (HexJSON "odd-r"), or null. */
  hexQ: number | null;
  hexR: number | null;
}

export interface OrganisationRow extends RecordRow {
  name: string;
  type: OrganisationType;
  sector: Sector;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  postcode: string;
  homePlaceId: string | null;
  themes: string[];
  incomeBand: string | null;
  size: string | null;
}
/** The name the first version of this library used. */
export type DemoOrganisation = OrganisationRow;

export interface OrganisationIdentifierRow {
  id: string;
  organisationId: string;
  /** The org-id list: GB-CHC, GB-COH, ... */
  scheme: string;
  /** The whole identifier: GB-CHC-1234567. */
  identifier: string;
  isPrimary: boolean;
}

export interface OrganisationPlaceRow {
  organisationId: string;
  placeId: string;
}

export interface PersonRow extends RecordRow {
  fullName: string;
  email: string | null;
  phone: string | null;
  livedExperience: boolean;
  communityRepresentative: boolean;
  lawfulBasis: LawfulBasis | null;
  consentDate: IsoDate | null;
  consentPurpose: string | null;
  privateNotes: string | null;
}

export interface AffiliationRow extends RecordRow {
  personId: string;
  organisationId: string;
  title: string | null;
  fromDate: IsoDate | null;
  toDate: IsoDate | null;
  isPrimary: boolean;
}

export interface PartnershipRow extends RecordRow {
  name: string;
  purpose: string;
  status: PartnershipStatus;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  governanceModel: GovernanceModel;
  themes: string[];
  missions: LevellingUpMission[];
}

export interface PartnershipMembershipRow extends RecordRow {
  partnershipId: string;
  organisationId: string;
  role: PartnerRole;
  fromDate: IsoDate | null;
  toDate: IsoDate | null;
  decisionSeat: boolean;
  cashContribution: Money;
  inKindContribution: Money;
  inKindDescription: string | null;
}

export interface PartnershipPlaceRow {
  partnershipId: string;
  placeId: string;
}

export interface ProjectRow extends RecordRow {
  name: string;
  summary: string;
  status: ProjectStatus;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  partnershipId: string | null;
  budget: Money | null;
  sharedLeadership: boolean;
  themes: string[];
  missions: LevellingUpMission[];
}

export interface ProjectParticipantRow extends RecordRow {
  projectId: string;
  organisationId: string;
  role: PartnerRole;
  cashContribution: Money;
  inKindContribution: Money;
  contributionNotes: string | null;
}

export interface ProjectPlaceRow {
  projectId: string;
  placeId: string;
}

export interface OutcomeRow extends RecordRow {
  title: string;
  description: string;
  ownerPartnershipId: string | null;
  ownerProjectId: string | null;
  definedBy: OutcomeDefiner;
  coProduced: boolean;
  missions: LevellingUpMission[];
}

export interface OutcomeContributorRow {
  outcomeId: string;
  organisationId: string;
}

export interface ProjectOutcomeRow {
  projectId: string;
  outcomeId: string;
}

export interface IndicatorRow extends RecordRow {
  outcomeId: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: IsoDate | null;
  targetValue: number | null;
  targetDate: IsoDate | null;
  source: string | null;
}

export interface MeasurementRow extends RecordRow {
  indicatorId: string;
  value: number;
  date: IsoDate;
  placeId: string | null;
  source: string | null;
  note: string | null;
}

export interface StoryRow extends RecordRow {
  outcomeId: string;
  title: string;
  body: string;
  quote: string | null;
  attribution: string | null;
  personId: string | null;
  consentGiven: boolean;
  consentDate: IsoDate | null;
  date: IsoDate;
}

export interface NeedRow extends RecordRow {
  title: string;
  description: string;
  placeId: string | null;
  raisedBy: NeedSource;
  raisedByOrganisationId: string | null;
  raisedOn: IsoDate;
  themes: string[];
  priority: Priority;
}

export interface NeedProjectRow {
  needId: string;
  projectId: string;
}

export interface NeedOutcomeRow {
  needId: string;
  outcomeId: string;
}

export interface ActivityRow extends RecordRow {
  date: IsoDate;
  kind: ActivityKind;
  title: string;
  notes: string | null;
  attendance: number | null;
  placeId: string | null;
  projectId: string | null;
  partnershipId: string | null;
}

export interface ActivityOrganisationRow {
  activityId: string;
  organisationId: string;
}

export interface ActivityPersonRow {
  activityId: string;
  personId: string;
}

export interface FundingRow extends RecordRow {
  funderOrganisationId: string;
  recipientOrganisationId: string | null;
  recipientPartnershipId: string | null;
  recipientProjectId: string | null;
  amount: Money;
  type: FundingType;
  programme: string | null;
  awardDate: IsoDate | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  status: FundingStatus;
  threeSixtyGivingId: string | null;
}

export interface FundingInstalmentRow {
  id: string;
  fundingId: string;
  dueDate: IsoDate;
  amount: Money;
  paid: boolean;
}

export interface RelationshipRow extends RecordRow {
  fromOrganisationId: string;
  toOrganisationId: string;
  type: RelationshipType;
  directed: boolean;
  fromDate: IsoDate | null;
  toDate: IsoDate | null;
  strength: number;
  trust: number | null;
  value: number | null;
  notes: string | null;
}

/** A whole generated network: one array of rows per table, keyed in the order they load. */
export interface DemoNetwork {
  places: PlaceRow[];
  organisations: OrganisationRow[];
  organisationIdentifiers: OrganisationIdentifierRow[];
  organisationPlaces: OrganisationPlaceRow[];
  people: PersonRow[];
  affiliations: AffiliationRow[];
  partnerships: PartnershipRow[];
  partnershipMemberships: PartnershipMembershipRow[];
  partnershipPlaces: PartnershipPlaceRow[];
  projects: ProjectRow[];
  projectParticipants: ProjectParticipantRow[];
  projectPlaces: ProjectPlaceRow[];
  outcomes: OutcomeRow[];
  outcomeContributors: OutcomeContributorRow[];
  projectOutcomes: ProjectOutcomeRow[];
  indicators: IndicatorRow[];
  measurements: MeasurementRow[];
  stories: StoryRow[];
  needs: NeedRow[];
  needProjects: NeedProjectRow[];
  needOutcomes: NeedOutcomeRow[];
  activities: ActivityRow[];
  activityOrganisations: ActivityOrganisationRow[];
  activityPeople: ActivityPersonRow[];
  funding: FundingRow[];
  fundingInstalments: FundingInstalmentRow[];
  relationships: RelationshipRow[];
}

export type TableKey = keyof DemoNetwork;
export type RowOf<K extends TableKey> = DemoNetwork[K][number];

export interface ColumnSpec {
  /** The column in PostgreSQL. */
  name: string;
  /** The row field it comes from. */
  field: string;
  /** PostgreSQL type of one value (for array columns: of one element). */
  type: string;
  /** An array column (themes, missions): sent as an array literal per row. */
  array?: boolean;
  /** A jsonb column: sent as JSON text. */
  json?: boolean;
  /** The table this column points at (a foreign key). */
  references?: TableKey;
}

export interface TableSpec {
  key: TableKey;
  table: string;
  columns: ColumnSpec[];
}

type Columns<K extends TableKey> = [name: string, field: keyof RowOf<K> & string, type: string, extra?: Omit<ColumnSpec, 'name' | 'field' | 'type'>][];

function table<K extends TableKey>(key: K, name: string, columns: Columns<K>): TableSpec {
  return { key, table: name, columns: columns.map(([column, field, type, extra]) => ({ name: column, field, type, ...extra })) };
}

function recordColumns<K extends TableKey>(): Columns<K> {
  const columns: [string, keyof RecordRow, string][] = [
    ['id', 'id', 'uuid'],
    ['owner_organisation_id', 'ownerOrganisationId', 'uuid'],
    ['visibility', 'visibility', 'visibility'],
  ];
  return columns as unknown as Columns<K>;
}

const ref = (references: TableKey) => ({ references });

/** Every table the generator fills, in an order that satisfies every foreign key. */
export const TABLES: readonly TableSpec[] = [
  table('places', 'place', [
    ...recordColumns<'places'>(),
    ['code', 'code', 'text'],
    ['name', 'name', 'text'],
    ['level', 'level', 'place_level'],
    ['parent_id', 'parentId', 'uuid', ref('places')],
    ['path', 'path', 'ltree'],
    ['population', 'population', 'integer'],
    ['imd_rank', 'imdRank', 'integer'],
    ['imd_decile', 'imdDecile', 'smallint'],
    ['imd_domains', 'imdDomains', 'jsonb', { json: true }],
    ['boundary', 'boundary', 'jsonb', { json: true }],
    ['hex_q', 'hexQ', 'integer'],
    ['hex_r', 'hexR', 'integer'],
  ]),
  table('organisations', 'organisation', [
    ...recordColumns<'organisations'>(),
    ['name', 'name', 'text'],
    ['type', 'type', 'organisation_type'],
    ['sector', 'sector', 'sector'],
    ['description', 'description', 'text'],
    ['website', 'website', 'text'],
    ['email', 'email', 'citext'],
    ['phone', 'phone', 'text'],
    ['postcode', 'postcode', 'text'],
    ['home_place_id', 'homePlaceId', 'uuid', ref('places')],
    ['themes', 'themes', 'text', { array: true }],
    ['income_band', 'incomeBand', 'text'],
    ['size', 'size', 'text'],
  ]),
  table('organisationIdentifiers', 'organisation_identifier', [
    ['id', 'id', 'uuid'],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
    ['scheme', 'scheme', 'text'],
    ['identifier', 'identifier', 'citext'],
    ['is_primary', 'isPrimary', 'boolean'],
  ]),
  table('organisationPlaces', 'organisation_place', [
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
    ['place_id', 'placeId', 'uuid', ref('places')],
  ]),
  table('people', 'person', [
    ...recordColumns<'people'>(),
    ['full_name', 'fullName', 'text'],
    ['email', 'email', 'citext'],
    ['phone', 'phone', 'text'],
    ['lived_experience', 'livedExperience', 'boolean'],
    ['community_representative', 'communityRepresentative', 'boolean'],
    ['lawful_basis', 'lawfulBasis', 'lawful_basis'],
    ['consent_date', 'consentDate', 'date'],
    ['consent_purpose', 'consentPurpose', 'text'],
    ['private_notes', 'privateNotes', 'text'],
  ]),
  table('affiliations', 'affiliation', [
    ...recordColumns<'affiliations'>(),
    ['person_id', 'personId', 'uuid', ref('people')],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
    ['title', 'title', 'text'],
    ['from_date', 'fromDate', 'date'],
    ['to_date', 'toDate', 'date'],
    ['is_primary', 'isPrimary', 'boolean'],
  ]),
  table('partnerships', 'partnership', [
    ...recordColumns<'partnerships'>(),
    ['name', 'name', 'text'],
    ['purpose', 'purpose', 'text'],
    ['status', 'status', 'partnership_status'],
    ['start_date', 'startDate', 'date'],
    ['end_date', 'endDate', 'date'],
    ['governance_model', 'governanceModel', 'governance_model'],
    ['themes', 'themes', 'text', { array: true }],
    ['missions', 'missions', 'levelling_up_mission', { array: true }],
  ]),
  table('partnershipMemberships', 'partnership_membership', [
    ...recordColumns<'partnershipMemberships'>(),
    ['partnership_id', 'partnershipId', 'uuid', ref('partnerships')],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
    ['role', 'role', 'partner_role'],
    ['from_date', 'fromDate', 'date'],
    ['to_date', 'toDate', 'date'],
    ['decision_seat', 'decisionSeat', 'boolean'],
    ['cash_contribution', 'cashContribution', 'numeric'],
    ['in_kind_contribution', 'inKindContribution', 'numeric'],
    ['in_kind_description', 'inKindDescription', 'text'],
  ]),
  table('partnershipPlaces', 'partnership_place', [
    ['partnership_id', 'partnershipId', 'uuid', ref('partnerships')],
    ['place_id', 'placeId', 'uuid', ref('places')],
  ]),
  table('projects', 'project', [
    ...recordColumns<'projects'>(),
    ['name', 'name', 'text'],
    ['summary', 'summary', 'text'],
    ['status', 'status', 'project_status'],
    ['start_date', 'startDate', 'date'],
    ['end_date', 'endDate', 'date'],
    ['partnership_id', 'partnershipId', 'uuid', ref('partnerships')],
    ['budget', 'budget', 'numeric'],
    ['shared_leadership', 'sharedLeadership', 'boolean'],
    ['themes', 'themes', 'text', { array: true }],
    ['missions', 'missions', 'levelling_up_mission', { array: true }],
  ]),
  table('projectParticipants', 'project_participant', [
    ...recordColumns<'projectParticipants'>(),
    ['project_id', 'projectId', 'uuid', ref('projects')],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
    ['role', 'role', 'partner_role'],
    ['cash_contribution', 'cashContribution', 'numeric'],
    ['in_kind_contribution', 'inKindContribution', 'numeric'],
    ['contribution_notes', 'contributionNotes', 'text'],
  ]),
  table('projectPlaces', 'project_place', [
    ['project_id', 'projectId', 'uuid', ref('projects')],
    ['place_id', 'placeId', 'uuid', ref('places')],
  ]),
  table('outcomes', 'outcome', [
    ...recordColumns<'outcomes'>(),
    ['title', 'title', 'text'],
    ['description', 'description', 'text'],
    ['owner_partnership_id', 'ownerPartnershipId', 'uuid', ref('partnerships')],
    ['owner_project_id', 'ownerProjectId', 'uuid', ref('projects')],
    ['defined_by', 'definedBy', 'outcome_definer'],
    ['co_produced', 'coProduced', 'boolean'],
    ['missions', 'missions', 'levelling_up_mission', { array: true }],
  ]),
  table('outcomeContributors', 'outcome_contributor', [
    ['outcome_id', 'outcomeId', 'uuid', ref('outcomes')],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
  ]),
  table('projectOutcomes', 'project_outcome', [
    ['project_id', 'projectId', 'uuid', ref('projects')],
    ['outcome_id', 'outcomeId', 'uuid', ref('outcomes')],
  ]),
  table('indicators', 'indicator', [
    ...recordColumns<'indicators'>(),
    ['outcome_id', 'outcomeId', 'uuid', ref('outcomes')],
    ['name', 'name', 'text'],
    ['unit', 'unit', 'text'],
    ['direction', 'direction', 'indicator_direction'],
    ['baseline_value', 'baselineValue', 'numeric'],
    ['baseline_date', 'baselineDate', 'date'],
    ['target_value', 'targetValue', 'numeric'],
    ['target_date', 'targetDate', 'date'],
    ['source', 'source', 'text'],
  ]),
  table('measurements', 'measurement', [
    ...recordColumns<'measurements'>(),
    ['indicator_id', 'indicatorId', 'uuid', ref('indicators')],
    ['value', 'value', 'numeric'],
    ['date', 'date', 'date'],
    ['place_id', 'placeId', 'uuid', ref('places')],
    ['source', 'source', 'text'],
    ['note', 'note', 'text'],
  ]),
  table('stories', 'story', [
    ...recordColumns<'stories'>(),
    ['outcome_id', 'outcomeId', 'uuid', ref('outcomes')],
    ['title', 'title', 'text'],
    ['body', 'body', 'text'],
    ['quote', 'quote', 'text'],
    ['attribution', 'attribution', 'text'],
    ['person_id', 'personId', 'uuid', ref('people')],
    ['consent_given', 'consentGiven', 'boolean'],
    ['consent_date', 'consentDate', 'date'],
    ['date', 'date', 'date'],
  ]),
  table('needs', 'need', [
    ...recordColumns<'needs'>(),
    ['title', 'title', 'text'],
    ['description', 'description', 'text'],
    ['place_id', 'placeId', 'uuid', ref('places')],
    ['raised_by', 'raisedBy', 'need_source'],
    ['raised_by_organisation_id', 'raisedByOrganisationId', 'uuid', ref('organisations')],
    ['raised_on', 'raisedOn', 'date'],
    ['themes', 'themes', 'text', { array: true }],
    ['priority', 'priority', 'priority'],
  ]),
  table('needProjects', 'need_project', [
    ['need_id', 'needId', 'uuid', ref('needs')],
    ['project_id', 'projectId', 'uuid', ref('projects')],
  ]),
  table('needOutcomes', 'need_outcome', [
    ['need_id', 'needId', 'uuid', ref('needs')],
    ['outcome_id', 'outcomeId', 'uuid', ref('outcomes')],
  ]),
  table('activities', 'activity', [
    ...recordColumns<'activities'>(),
    ['date', 'date', 'date'],
    ['kind', 'kind', 'activity_kind'],
    ['title', 'title', 'text'],
    ['notes', 'notes', 'text'],
    ['attendance', 'attendance', 'integer'],
    ['place_id', 'placeId', 'uuid', ref('places')],
    ['project_id', 'projectId', 'uuid', ref('projects')],
    ['partnership_id', 'partnershipId', 'uuid', ref('partnerships')],
  ]),
  table('activityOrganisations', 'activity_organisation', [
    ['activity_id', 'activityId', 'uuid', ref('activities')],
    ['organisation_id', 'organisationId', 'uuid', ref('organisations')],
  ]),
  table('activityPeople', 'activity_person', [
    ['activity_id', 'activityId', 'uuid', ref('activities')],
    ['person_id', 'personId', 'uuid', ref('people')],
  ]),
  table('funding', 'funding', [
    ...recordColumns<'funding'>(),
    ['funder_organisation_id', 'funderOrganisationId', 'uuid', ref('organisations')],
    ['recipient_organisation_id', 'recipientOrganisationId', 'uuid', ref('organisations')],
    ['recipient_partnership_id', 'recipientPartnershipId', 'uuid', ref('partnerships')],
    ['recipient_project_id', 'recipientProjectId', 'uuid', ref('projects')],
    ['amount', 'amount', 'numeric'],
    ['type', 'type', 'funding_type'],
    ['programme', 'programme', 'text'],
    ['award_date', 'awardDate', 'date'],
    ['period_start', 'periodStart', 'date'],
    ['period_end', 'periodEnd', 'date'],
    ['status', 'status', 'funding_status'],
    ['three_sixty_giving_id', 'threeSixtyGivingId', 'text'],
  ]),
  table('fundingInstalments', 'funding_instalment', [
    ['id', 'id', 'uuid'],
    ['funding_id', 'fundingId', 'uuid', ref('funding')],
    ['due_date', 'dueDate', 'date'],
    ['amount', 'amount', 'numeric'],
    ['paid', 'paid', 'boolean'],
  ]),
  table('relationships', 'relationship', [
    ...recordColumns<'relationships'>(),
    ['from_organisation_id', 'fromOrganisationId', 'uuid', ref('organisations')],
    ['to_organisation_id', 'toOrganisationId', 'uuid', ref('organisations')],
    ['type', 'type', 'relationship_type'],
    ['directed', 'directed', 'boolean'],
    ['from_date', 'fromDate', 'date'],
    ['to_date', 'toDate', 'date'],
    ['strength', 'strength', 'smallint'],
    ['trust', 'trust', 'smallint'],
    ['value', 'value', 'smallint'],
    ['notes', 'notes', 'text'],
  ]),
];

export const TABLE_KEYS: readonly TableKey[] = TABLES.map((spec) => spec.key);

export function emptyNetwork(): DemoNetwork {
  return Object.fromEntries(TABLE_KEYS.map((key) => [key, []])) as unknown as DemoNetwork;
}

/** Rows per database table, in load order. */
export type NetworkCounts = Record<string, number>;

export function networkCounts(network: DemoNetwork): NetworkCounts {
  return Object.fromEntries(TABLES.map((spec) => [spec.table, network[spec.key].length]));
}

export function totalRows(counts: NetworkCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** "160 organisation, 240 person, ..." for logs; tables with no rows are left out. */
export function formatCounts(counts: NetworkCounts): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count.toLocaleString('en-GB')} ${name}`)
    .join(', ');
}

/** A summary for logs: total rows and rows per table. */
export function summariseNetwork(network: DemoNetwork): string {
  const counts = networkCounts(network);
  return `${totalRows(counts).toLocaleString('en-GB')} rows: ${formatCounts(counts)}`;
}
