/** Enumerations of docs/domain.md#records, shared by the API and the web app. */

export enum PlaceLevel {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  COUNTY = 'COUNTY',
  /**
   * A combined authority (E47) or the Greater London Authority (E61): councils that pool powers.
   * Its members do not nest inside it in the path; `combined_authority_member` lists them.
   */
  COMBINED_AUTHORITY = 'COMBINED_AUTHORITY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  WARD = 'WARD',
  MSOA = 'MSOA',
  LSOA = 'LSOA',
  /** A place a community defines itself: a neighbourhood, an estate. */
  CUSTOM = 'CUSTOM',
}

export enum PartnershipStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

export enum GovernanceModel {
  SINGLE_LEAD = 'SINGLE_LEAD',
  SHARED_LEADERSHIP = 'SHARED_LEADERSHIP',
  ROTATING_CHAIR = 'ROTATING_CHAIR',
  COMMUNITY_LED = 'COMMUNITY_LED',
  INFORMAL_NETWORK = 'INFORMAL_NETWORK',
}

/** Role of an organisation in a partnership or a joint project. */
export enum PartnerRole {
  LEAD = 'LEAD',
  CO_LEAD = 'CO_LEAD',
  CORE_MEMBER = 'CORE_MEMBER',
  DELIVERY_PARTNER = 'DELIVERY_PARTNER',
  FUNDER = 'FUNDER',
  ADVISER = 'ADVISER',
  COMMUNITY_ANCHOR = 'COMMUNITY_ANCHOR',
}

export enum RelationshipType {
  FUNDS = 'FUNDS',
  DELIVERS_FOR = 'DELIVERS_FOR',
  REFERS_TO = 'REFERS_TO',
  SHARES_DATA_WITH = 'SHARES_DATA_WITH',
  FORMAL_AGREEMENT = 'FORMAL_AGREEMENT',
  MENTORS = 'MENTORS',
  SUPPLIES = 'SUPPLIES',
  CO_LOCATED = 'CO_LOCATED',
  INFORMAL = 'INFORMAL',
}

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum ActivityKind {
  MEETING = 'MEETING',
  EVENT = 'EVENT',
  WORKSHOP = 'WORKSHOP',
  CONSULTATION = 'CONSULTATION',
  DELIVERY = 'DELIVERY',
  MILESTONE = 'MILESTONE',
  NOTE = 'NOTE',
}

export enum NeedSource {
  COMMUNITY = 'COMMUNITY',
  ORGANISATION = 'ORGANISATION',
  DATA = 'DATA',
}

export enum Priority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** Who defined a shared outcome: docs/domain.md, outcomes defined by those affected. */
export enum OutcomeDefiner {
  COMMUNITY = 'COMMUNITY',
  PARTNERSHIP = 'PARTNERSHIP',
  FUNDER = 'FUNDER',
  GOVERNMENT = 'GOVERNMENT',
}

export enum IndicatorDirection {
  /** Higher is better. */
  INCREASE = 'INCREASE',
  /** Lower is better. */
  DECREASE = 'DECREASE',
}

export enum FundingType {
  GRANT = 'GRANT',
  CONTRACT = 'CONTRACT',
  IN_KIND = 'IN_KIND',
  LOAN = 'LOAN',
}

export enum FundingStatus {
  PLEDGED = 'PLEDGED',
  AWARDED = 'AWARDED',
  PAID = 'PAID',
}

/** UK GDPR Article 6 lawful bases. */
export enum LawfulBasis {
  CONSENT = 'CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}

/** The UK government's twelve Levelling Up missions (February 2022, "by 2030"). */
export enum LevellingUpMission {
  LIVING_STANDARDS = 'LIVING_STANDARDS',
  RESEARCH_AND_DEVELOPMENT = 'RESEARCH_AND_DEVELOPMENT',
  TRANSPORT = 'TRANSPORT',
  DIGITAL_CONNECTIVITY = 'DIGITAL_CONNECTIVITY',
  EDUCATION = 'EDUCATION',
  SKILLS = 'SKILLS',
  HEALTH = 'HEALTH',
  WELLBEING = 'WELLBEING',
  PRIDE_IN_PLACE = 'PRIDE_IN_PLACE',
  HOUSING = 'HOUSING',
  CRIME = 'CRIME',
  LOCAL_LEADERSHIP = 'LOCAL_LEADERSHIP',
}

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  RESTORE = 'RESTORE',
}

/** Where a tie between two organisations comes from; derived kinds are never typed by hand. */
export enum TieKind {
  /** A typed relationship someone recorded. */
  RELATIONSHIP = 'RELATIONSHIP',
  /** Both are members of the same partnership. */
  CO_MEMBERSHIP = 'CO_MEMBERSHIP',
  /** Both take part in the same project. */
  JOINT_PROJECT = 'JOINT_PROJECT',
  /** One funds the other, or funds a partnership or project the other belongs to. */
  FUNDING = 'FUNDING',
}

/** What a user may do within one organisation. */
export enum OrganisationRole {
  ORG_ADMIN = 'ORG_ADMIN',
  COORDINATOR = 'COORDINATOR',
  VIEWER = 'VIEWER',
}
