import type { GraphQLTestClient } from '@cg/api/testing';
import { PASSWORD, Ref, Who, World } from './matrix-world';

/*
 * One access rule per `Mutation` field of apps/api/schema.gql (issue #10), read by
 * mutation-matrix.int-spec.ts. Each case builds a fixture owned by the "home" organisation,
 * names the mutation and its variables, says who may do it and which rows must not move when
 * someone else tries. The spec then tries it signed out (UNAUTHENTICATED), as a viewer of home
 * (FORBIDDEN) and as an admin of an unrelated organisation (FORBIDDEN, or NOT_FOUND when the
 * record is hidden from them), checks nothing changed, and finally does it as the allowed user.
 *
 * A new mutation needs a line here, or the completeness test fails naming it.
 */

/** What a case's fixture hands to its variables. */
export interface Target extends Ref {
  email?: string;
  token?: string;
  /** An identifier, a place: the value the mutation sets or removes. */
  value?: string;
  input?: Record<string, unknown>;
  /** A browser of the fixture's own, for mutations about the caller's session. */
  as?: GraphQLTestClient;
}

/** State that must not move when a refused user tries: one row, or how many rows match. */
export interface Watch {
  label: string;
  sql: string;
  params?: unknown[];
}

export type Refusal = 'signedOut' | 'homeViewer' | 'strangerAdmin';

export interface MutationCase {
  fixture(w: World): Promise<Target>;
  document: string;
  variables(t: Target, w: World): Record<string, unknown>;
  /** Who may do it; 'fixture' is the browser the fixture signed in (`Target.as`). */
  allowed: Who | 'fixture';
  /** What must stay as it was after a refusal (the audit log count is always watched). */
  watch(t: Target, w: World): Watch[];
  /** A standard refusal that does not apply, and why. */
  exempt?: Partial<Record<Refusal, string>>;
  /** Public by design: why anyone may call it, and the misuse that must change nothing. */
  public?: { why: string; misuse(t: Target, w: World): Record<string, unknown>; code: string | null };
  /** Fails today because of a bug being fixed on another branch; the case expects the fix. */
  knownGap?: string;
}

// ---- what the rows are -------------------------------------------------------------------

export const row = (table: string, id: string): Watch => ({
  label: `${table} ${id}`,
  sql: `SELECT * FROM ${table} WHERE id = $1`,
  params: [id],
});
export const rows = (table: string, where = 'TRUE', params: unknown[] = []): Watch => ({
  label: `${table} rows where ${where}`,
  sql: `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
  params,
});

// ---- record fixtures, each owned by home ---------------------------------------------------

/** Work the home organisation leads: a project, an outcome of it and an indicator of that. */
interface Base {
  project: string;
  outcome: string;
  indicator: string;
}
const bases = new WeakMap<World, Promise<Base>>();
function base(w: World): Promise<Base> {
  let made = bases.get(w);
  if (!made) {
    made = (async () => {
      const project = (await w.create('createProject', { name: 'Home project', ownerOrganisationId: w.org.home })).id;
      const outcome = (
        await w.create('createOutcome', {
          title: 'Home outcome',
          definedBy: 'COMMUNITY',
          ownerProjectId: project,
          ownerOrganisationId: w.org.home,
        })
      ).id;
      const indicator = (
        await w.create('createIndicator', { outcomeId: outcome, name: 'People helped', unit: 'people' })
      ).id;
      return { project, outcome, indicator };
    })();
    bases.set(w, made);
  }
  return made;
}

type Kind =
  | 'organisation'
  | 'person'
  | 'place'
  | 'partnership'
  | 'membership'
  | 'project'
  | 'participant'
  | 'activity'
  | 'need'
  | 'outcome'
  | 'indicator'
  | 'measurement'
  | 'story'
  | 'funding'
  | 'relationship'
  | 'affiliation';

interface KindSpec {
  table: string;
  /** The mutation that makes one, and its input for a new one owned by home. */
  create: string;
  input(w: World, b: Base): Promise<Record<string, unknown>>;
  update: string;
  updateInput: string;
  /** A harmless change for the update case. */
  change: Record<string, unknown>;
  /** Coordinators keep the day-to-day log; everything else is for admins. */
  allowed: Who;
}

const home = (w: World) => ({ ownerOrganisationId: w.org.home, visibility: 'PUBLIC' });
const spec = (
  table: string,
  create: string,
  name: string,
  input: KindSpec['input'],
  change: Record<string, unknown>,
  allowed: Who = 'homeAdmin',
): KindSpec => ({
  table,
  create,
  input,
  update: `update${name}`,
  updateInput: `Update${name}Input`,
  change,
  allowed,
});

const KINDS: Record<Kind, KindSpec> = {
  organisation: spec(
    'organisation',
    'createOrganisation',
    'Organisation',
    async (w) => ({ name: w.unique('Governed org'), type: 'CHARITY' }),
    { description: 'Changed' },
  ),
  person: spec('person', 'createPerson', 'Person', async (w) => ({ ...home(w), fullName: w.unique('Person') }), {
    phone: '0113 496 0000',
  }),
  place: spec(
    'place',
    'createPlace',
    'Place',
    async (w) => ({ ownerOrganisationId: w.org.home, name: w.unique('Estate'), parentId: w.place }),
    { population: 1234 },
  ),
  partnership: spec(
    'partnership',
    'createPartnership',
    'Partnership',
    async (w) => ({ ...home(w), name: w.unique('Partnership'), governanceModel: 'INFORMAL_NETWORK' }),
    { purpose: 'Changed' },
  ),
  membership: spec(
    'partnership_membership',
    'addMembership',
    'Membership',
    async (w) => {
      const partnership = await w.create('createPartnership', {
        ...home(w),
        name: w.unique('Partnership'),
        governanceModel: 'INFORMAL_NETWORK',
      });
      return { partnershipId: partnership.id, organisationId: w.org.other, role: 'CORE_MEMBER' };
    },
    { decisionSeat: true },
  ),
  project: spec('project', 'createProject', 'Project', async (w) => ({ ...home(w), name: w.unique('Project') }), {
    summary: 'Changed',
  }),
  participant: {
    ...spec(
      'project_participant',
      'addProjectParticipant',
      'ProjectParticipant',
      async (w) => {
        const project = await w.create('createProject', { ...home(w), name: w.unique('Project') });
        return { projectId: project.id, organisationId: w.org.other, role: 'DELIVERY_PARTNER' };
      },
      { contributionNotes: 'Changed' },
    ),
    updateInput: 'UpdateParticipantInput',
  },
  activity: spec(
    'activity',
    'createActivity',
    'Activity',
    async (w, b) => ({ ...home(w), title: w.unique('Meeting'), kind: 'MEETING', projectId: b.project }),
    { notes: 'Changed' },
    'homeCoordinator',
  ),
  need: spec(
    'need',
    'createNeed',
    'Need',
    async (w) => ({ ...home(w), title: w.unique('Need'), raisedBy: 'COMMUNITY' }),
    { description: 'Changed' },
  ),
  outcome: spec(
    'outcome',
    'createOutcome',
    'Outcome',
    async (w, b) => ({ ...home(w), title: w.unique('Outcome'), definedBy: 'COMMUNITY', ownerProjectId: b.project }),
    { description: 'Changed' },
  ),
  indicator: spec(
    'indicator',
    'createIndicator',
    'Indicator',
    async (w, b) => ({ outcomeId: b.outcome, name: w.unique('Indicator'), unit: 'people' }),
    { source: 'Changed' },
  ),
  measurement: spec(
    'measurement',
    'recordMeasurement',
    'Measurement',
    async (_w, b) => ({ indicatorId: b.indicator, value: 3 }),
    { note: 'Changed' },
    'homeCoordinator',
  ),
  story: spec(
    'story',
    'createStory',
    'Story',
    async (w, b) => ({
      outcomeId: b.outcome,
      title: w.unique('Story'),
      body: 'It helped.',
      consentGiven: true,
      consentDate: '2024-01-02',
    }),
    { quote: 'Changed' },
    'homeCoordinator',
  ),
  funding: spec(
    'funding',
    'createFunding',
    'Funding',
    async (w, b) => ({ ...home(w), funderOrganisationId: w.org.home, recipientProjectId: b.project, amount: 100 }),
    { programme: 'Changed' },
  ),
  relationship: spec(
    'relationship',
    'createRelationship',
    'Relationship',
    async (w) => ({
      visibility: 'PUBLIC',
      fromOrganisationId: w.org.home,
      toOrganisationId: w.org.other,
      type: 'INFORMAL',
    }),
    { notes: 'Changed' },
  ),
  affiliation: spec(
    'affiliation',
    'addAffiliation',
    'Affiliation',
    async (w) => {
      const person = await w.create('createPerson', { ...home(w), fullName: w.unique('Person') });
      return { personId: person.id, organisationId: w.org.home };
    },
    { title: 'Changed' },
  ),
};

/** A new record of `kind` owned by home, made by the instance admin. */
async function make(w: World, kind: Kind): Promise<Ref> {
  const made = await w.create(KINDS[kind].create, await KINDS[kind].input(w, await base(w)));
  // An organisation has no owner input: the ones home governs are marked by the system.
  if (kind === 'organisation')
    await w.sql('UPDATE organisation SET owner_organisation_id = $1 WHERE id = $2', [w.org.home, made.id]);
  return made;
}

const capitalised = (name: string) => `${name[0].toUpperCase()}${name.slice(1)}`;
const recordVersion = (t: Target) => ({ input: { id: t.id, version: t.version } });
const byVersion = (mutation: string) => `mutation ($input: RecordVersionInput!) { ${mutation}(input: $input) { id } }`;

// ---- the shapes of case ------------------------------------------------------------------

/** createX / addX: refused users make no row; the allowed user makes one. */
function creates(kind: Kind, exempt?: MutationCase['exempt']): MutationCase {
  const { table, create, allowed } = KINDS[kind];
  const inputType = create === 'addProjectParticipant' ? 'AddParticipantInput' : `${capitalised(create)}Input`;
  return {
    fixture: async (w) => ({ id: '', version: 0, input: await KINDS[kind].input(w, await base(w)) }),
    document: `mutation ($input: ${inputType}!) { ${create}(input: $input) { id } }`,
    variables: (t) => ({ input: t.input }),
    allowed,
    watch: () => [rows(table)],
    exempt,
  };
}

/** updateX with a harmless change to a fresh record. */
function updates(kind: Kind): MutationCase {
  const { table, update, updateInput, change, allowed } = KINDS[kind];
  return {
    fixture: (w) => make(w, kind),
    document: `mutation ($input: ${updateInput}!) { ${update}(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.id, version: t.version, ...change } }),
    allowed,
    watch: (t) => [row(table, t.id)],
  };
}

/** archiveX (or removeX) of a fresh record. */
function archives(kind: Kind, mutation: string): MutationCase {
  return {
    fixture: (w) => make(w, kind),
    document: byVersion(mutation),
    variables: recordVersion,
    allowed: KINDS[kind].allowed,
    watch: (t) => [row(KINDS[kind].table, t.id)],
  };
}

/** restoreX of a record the instance admin archived with `archive`. */
function restores(kind: Kind, mutation: string, archive: string): MutationCase {
  return { ...archives(kind, mutation), fixture: async (w) => w.act(archive, await make(w, kind)) };
}

/** A mutation acting on a record through `input` built from the fixture. */
function acts(
  kind: Kind,
  mutation: string,
  inputType: string,
  input: (t: Target) => Record<string, unknown>,
  watch?: MutationCase['watch'],
): MutationCase {
  return {
    fixture: (w) => make(w, kind),
    document: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
    variables: (t) => ({ input: input(t) }),
    allowed: KINDS[kind].allowed,
    watch: watch ?? ((t) => [row(KINDS[kind].table, t.id)]),
  };
}

// ---- people who use the instance ---------------------------------------------------------

const newEmail = (w: World) => `${w.unique('user').replace(/\W+/g, '-')}@example.org`;

/** A user of home (a viewer), for the org-admin-only member mutations. */
async function member(w: World): Promise<Target> {
  const email = newEmail(w);
  return { id: await w.makeUser(email, w.org.home), version: 0, email };
}

/** A signed-in user with a browser of their own. */
async function signedInUser(w: World): Promise<Target> {
  const email = newEmail(w);
  const id = await w.makeUser(email, null);
  return { id, version: 0, email, as: await w.signIn(email) };
}

/** The token of the last link mailed to `email`. */
function linkTo(w: World, email: string): string {
  const message = [...w.mail].reverse().find((m) => m.to === email);
  const token = message && /token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  if (!token) throw new Error(`No link was mailed to ${email}`);
  return token;
}

async function invitation(w: World): Promise<Target> {
  const email = newEmail(w);
  const data = await w.clients.instanceAdmin.data<{ invite: { id: string } }>(
    `mutation ($input: InviteInput!) { invite(input: $input) { id } }`,
    {
      input: { organisationId: w.org.home, email, role: 'VIEWER' },
    },
  );
  return { id: data.invite.id, version: 0, email, token: linkTo(w, email) };
}

const sessionsOf = (t: Target) => rows('user_session', 'user_id = $1 AND revoked_at IS NULL', [t.id]);
/** Sessions still open: signing out revokes a session rather than deleting it. */
const liveSessions = rows('user_session', 'revoked_at IS NULL');
const membersOfHome = (w: World) => rows('organisation_member', 'organisation_id = $1', [w.org.home]);
const charityNumbers = 1_000_000;
let charity = 0;
const newCharityNumber = () => `GB-CHC-${charityNumbers + ++charity}`;

// ---- the table ---------------------------------------------------------------------------

const DISMISS_SUGGESTION = `mutation ($organisationId: ID!, $suggestedOrganisationId: ID!) { dismissPartnerSuggestion(organisationId: $organisationId, suggestedOrganisationId: $suggestedOrganisationId) { id } }`;

export const MUTATION_CASES: Record<string, MutationCase> = {
  // Accounts and sessions: public by design, or acting only on the caller.
  signIn: {
    fixture: async (w) => ({ ...(await signedInUser(w)), as: w.testApp.anonymousClient() }),
    document: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
    variables: (t) => ({ input: { email: t.email, password: PASSWORD } }),
    public: {
      why: 'Anyone may try to sign in: that is how a session starts.',
      misuse: (t) => ({ input: { email: t.email, password: 'not the password at all' } }),
      code: 'UNAUTHENTICATED',
    },
    allowed: 'fixture',
    watch: (t) => [sessionsOf(t)],
  },
  signOut: {
    fixture: signedInUser,
    document: `mutation { signOut }`,
    variables: () => ({}),
    public: {
      why: 'Ending your own session needs no rights; signed out, it ends nobody’s.',
      misuse: () => ({}),
      code: null,
    },
    allowed: 'fixture',
    watch: () => [liveSessions],
  },
  signOutEverywhere: {
    fixture: signedInUser,
    document: `mutation { signOutEverywhere }`,
    variables: () => ({}),
    exempt: {
      homeViewer: 'It ends only the caller’s own sessions: there is nobody else’s to refuse.',
      strangerAdmin: 'It ends only the caller’s own sessions: there is nobody else’s to refuse.',
    },
    allowed: 'fixture',
    watch: () => [liveSessions],
  },
  requestPasswordReset: {
    fixture: member,
    document: `mutation ($email: String!) { requestPasswordReset(email: $email) }`,
    variables: (t) => ({ email: t.email }),
    public: {
      why: 'Whoever forgot a password may ask; the answer is the same for unknown addresses.',
      misuse: () => ({ email: 'nobody@nowhere.example' }),
      code: null,
    },
    allowed: 'signedOut',
    watch: () => [rows('password_reset')],
  },
  resetPassword: {
    fixture: async (w) => {
      const user = await member(w);
      await w.testApp
        .anonymousClient()
        .data(`mutation ($email: String!) { requestPasswordReset(email: $email) }`, { email: user.email });
      return { ...user, token: linkTo(w, user.email as string) };
    },
    document: `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
    variables: (t) => ({ input: { token: t.token, newPassword: 'a brand new password here' } }),
    public: {
      why: 'Holding the mailed link is the right to reset.',
      misuse: () => ({ input: { token: 'made-up-token', newPassword: 'a brand new password here' } }),
      code: 'BAD_USER_INPUT',
    },
    allowed: 'signedOut',
    watch: (t) => [row('user_account', t.id), rows('password_reset', 'used_at IS NOT NULL')],
  },
  acceptInvitation: {
    fixture: async (w) => ({ ...(await invitation(w)), as: w.testApp.anonymousClient() }),
    document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }`,
    variables: (t) => ({ input: { token: t.token, name: 'New Colleague', password: PASSWORD } }),
    public: {
      why: 'Holding the mailed link is the right to join.',
      misuse: () => ({ input: { token: 'made-up-token', name: 'Gatecrasher', password: PASSWORD } }),
      code: 'BAD_USER_INPUT',
    },
    allowed: 'fixture',
    watch: (_t, w) => [membersOfHome(w), rows('user_account'), liveSessions],
  },

  // An organisation's users: its admins only.
  invite: {
    fixture: async (w) => ({ id: w.org.home, version: 0, email: newEmail(w) }),
    document: `mutation ($input: InviteInput!) { invite(input: $input) { id } }`,
    variables: (t) => ({ input: { organisationId: t.id, email: t.email, role: 'COORDINATOR' } }),
    allowed: 'homeAdmin',
    watch: () => [rows('invitation')],
  },
  withdrawInvitation: {
    fixture: invitation,
    document: `mutation ($invitationId: ID!, $organisationId: ID!) { withdrawInvitation(invitationId: $invitationId, organisationId: $organisationId) }`,
    variables: (t, w) => ({ invitationId: t.id, organisationId: w.org.home }),
    allowed: 'homeAdmin',
    watch: (t) => [row('invitation', t.id)],
  },
  changeMemberRole: {
    fixture: member,
    document: `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) }`,
    variables: (t, w) => ({ input: { organisationId: w.org.home, userId: t.id, role: 'ORG_ADMIN' } }),
    allowed: 'homeAdmin',
    watch: (t) => [
      { label: 'the member’s role', sql: 'SELECT role FROM organisation_member WHERE user_id = $1', params: [t.id] },
    ],
  },
  removeMember: {
    fixture: member,
    document: `mutation ($organisationId: ID!, $userId: ID!) { removeMember(organisationId: $organisationId, userId: $userId) }`,
    variables: (t, w) => ({ organisationId: w.org.home, userId: t.id }),
    allowed: 'homeAdmin',
    watch: (t, w) => [membersOfHome(w), sessionsOf(t)],
  },

  // Organisations.
  createOrganisation: creates('organisation', {
    strangerAdmin:
      'Any organisation admin may add an organisation to the directory; it is governed by theirs, not by home.',
  }),
  archiveOrganisation: archives('organisation', 'archiveOrganisation'),
  restoreOrganisation: restores('organisation', 'restoreOrganisation', 'archiveOrganisation'),
  updateOrganisation: updates('organisation'),
  // KNOWN GAP: addOrganisationIdentifier, removeOrganisationIdentifier and setOrganisationPlacesServed
  // skip the rights check today (a viewer can change an unrelated organisation's identifiers); the fix
  // and the `version` input field come from another branch. Until it merges these fail, the `version`
  // variables with a schema validation error.
  addOrganisationIdentifier: {
    ...acts(
      'organisation',
      'addOrganisationIdentifier',
      'AddOrganisationIdentifierInput',
      (t) => ({ organisationId: t.id, identifier: t.value, version: t.version }),
      (t) => [rows('organisation_identifier', 'organisation_id = $1', [t.id])],
    ),
    fixture: async (w) => ({ ...(await make(w, 'organisation')), value: newCharityNumber() }),
    knownGap: 'the identifier mutations skip the rights check and have no version input yet (fix on another branch)',
  },
  removeOrganisationIdentifier: {
    ...acts(
      'organisation',
      'removeOrganisationIdentifier',
      'RemoveOrganisationIdentifierInput',
      (t) => ({ organisationId: t.id, identifier: t.value, version: t.version }),
      (t) => [rows('organisation_identifier', 'organisation_id = $1', [t.id])],
    ),
    fixture: async (w) => {
      const identifier = newCharityNumber();
      const made = await w.create('createOrganisation', {
        name: w.unique('Registered charity'),
        type: 'CHARITY',
        identifiers: [identifier],
      });
      await w.sql('UPDATE organisation SET owner_organisation_id = $1 WHERE id = $2', [w.org.home, made.id]);
      return { ...made, value: identifier };
    },
    knownGap: 'the identifier mutations skip the rights check and have no version input yet (fix on another branch)',
  },
  setOrganisationPlacesServed: {
    ...acts(
      'organisation',
      'setOrganisationPlacesServed',
      'SetOrganisationPlacesServedInput',
      (t) => ({ organisationId: t.id, placeIds: [t.value], version: t.version }),
      (t) => [rows('organisation_place', 'organisation_id = $1', [t.id])],
    ),
    fixture: async (w) => ({ ...(await make(w, 'organisation')), value: w.place }),
    knownGap: 'setOrganisationPlacesServed skips the rights check and has no version input yet (fix on another branch)',
  },

  // People and their affiliations.
  createPerson: creates('person'),
  archivePerson: archives('person', 'archivePerson'),
  restorePerson: restores('person', 'restorePerson', 'archivePerson'),
  updatePerson: updates('person'),
  erasePerson: {
    ...archives('person', 'erasePerson'),
    document: `mutation ($input: RecordVersionInput!) { erasePerson(input: $input) }`,
  },
  addAffiliation: creates('affiliation'),
  archiveAffiliation: archives('affiliation', 'archiveAffiliation'), // no restore: archiving corrects a mistake
  updateAffiliation: updates('affiliation'),
  endAffiliation: acts('affiliation', 'endAffiliation', 'EndAffiliationInput', (t) => ({
    id: t.id,
    version: t.version,
    toDate: '2024-03-31',
  })),

  // Places.
  createPlace: creates('place'),
  archivePlace: archives('place', 'archivePlace'),
  restorePlace: restores('place', 'restorePlace', 'archivePlace'),
  updatePlace: updates('place'),

  // Partnerships and their memberships (governed by the partnership's leads).
  createPartnership: creates('partnership'),
  archivePartnership: archives('partnership', 'archivePartnership'),
  restorePartnership: restores('partnership', 'restorePartnership', 'archivePartnership'),
  updatePartnership: updates('partnership'),
  addMembership: creates('membership'),
  archiveMembership: archives('membership', 'archiveMembership'),
  restoreMembership: restores('membership', 'restoreMembership', 'archiveMembership'),
  updateMembership: updates('membership'),
  endMembership: acts('membership', 'endMembership', 'EndMembershipInput', (t) => ({
    id: t.id,
    version: t.version,
    toDate: '2024-03-31',
  })),

  // Projects and their participants (governed by the project's leads).
  createProject: creates('project'),
  archiveProject: archives('project', 'archiveProject'),
  restoreProject: restores('project', 'restoreProject', 'archiveProject'),
  updateProject: updates('project'),
  addProjectParticipant: creates('participant'),
  removeProjectParticipant: archives('participant', 'removeProjectParticipant'),
  restoreProjectParticipant: restores('participant', 'restoreProjectParticipant', 'removeProjectParticipant'),
  updateProjectParticipant: updates('participant'),

  // The day-to-day log: coordinators of organisations taking part may write it.
  createActivity: creates('activity'),
  archiveActivity: archives('activity', 'archiveActivity'),
  restoreActivity: restores('activity', 'restoreActivity', 'archiveActivity'),
  updateActivity: updates('activity'),
  recordMeasurement: creates('measurement'),
  archiveMeasurement: archives('measurement', 'archiveMeasurement'),
  restoreMeasurement: restores('measurement', 'restoreMeasurement', 'archiveMeasurement'),
  updateMeasurement: updates('measurement'),
  createStory: creates('story'),
  archiveStory: archives('story', 'archiveStory'),
  restoreStory: restores('story', 'restoreStory', 'archiveStory'),
  updateStory: updates('story'),

  // Needs, outcomes and indicators, funding, relationships: admins of the governing organisation.
  createNeed: creates('need'),
  archiveNeed: archives('need', 'archiveNeed'),
  restoreNeed: restores('need', 'restoreNeed', 'archiveNeed'),
  updateNeed: updates('need'),
  createOutcome: creates('outcome'),
  archiveOutcome: archives('outcome', 'archiveOutcome'),
  restoreOutcome: restores('outcome', 'restoreOutcome', 'archiveOutcome'),
  updateOutcome: updates('outcome'),
  createIndicator: creates('indicator'),
  archiveIndicator: archives('indicator', 'archiveIndicator'),
  restoreIndicator: restores('indicator', 'restoreIndicator', 'archiveIndicator'),
  updateIndicator: updates('indicator'),
  createFunding: creates('funding'),
  archiveFunding: archives('funding', 'archiveFunding'),
  restoreFunding: restores('funding', 'restoreFunding', 'archiveFunding'),
  updateFunding: updates('funding'),
  // A typed tie belongs to the organisation it runs from: nobody else records it in its name.
  createRelationship: creates('relationship'),
  archiveRelationship: archives('relationship', 'archiveRelationship'),
  restoreRelationship: restores('relationship', 'restoreRelationship', 'archiveRelationship'),
  updateRelationship: updates('relationship'),
  // Survey rounds (issue #15): home leads the partnership, so its coordinators run rounds and answer for home.
  openSurveyRound: {
    fixture: async (w) => ({ ...(await surveyPartnership(w)), version: 0 }),
    document: `mutation ($input: OpenSurveyRoundInput!) { openSurveyRound(input: $input) { id } }`,
    variables: (t) => ({ input: { partnershipId: t.id, closesOn: weekAhead() } }),
    allowed: 'homeCoordinator',
    watch: (t) => [rows('survey_round', 'partnership_id = $1', [t.id])],
  },
  answerSurveyRound: {
    fixture: openSurveyRound,
    document: `mutation ($input: AnswerSurveyRoundInput!) { answerSurveyRound(input: $input) { id } }`,
    variables: (t, w) => ({
      input: {
        roundId: t.id,
        organisationId: w.org.home,
        success: 3,
        ratings: [{ ratedOrganisationId: w.org.other, reliability: 4, missionSupport: 3, openness: 2, influence: 1, involvement: 2, resources: 3, contributions: ['DATA'] }],
      },
    }),
    allowed: 'homeCoordinator',
    watch: (t) => [rows('survey_response', 'round_id = $1', [t.id])],
  },
  closeSurveyRound: {
    fixture: openSurveyRound,
    document: byVersion('closeSurveyRound'),
    variables: recordVersion,
    allowed: 'homeCoordinator',
    watch: (t) => [row('survey_round', t.id)],
  },
  // "Not now" to a partner suggestion: the organisation's admins and coordinators (issue #15).
  dismissPartnerSuggestion: {
    fixture: async (w) => ({ id: w.org.home, version: 0 }),
    document: DISMISS_SUGGESTION,
    variables: (t, w) => ({ organisationId: t.id, suggestedOrganisationId: w.org.other }),
    allowed: 'homeCoordinator',
    watch: () => [rows('partner_suggestion_dismissal')],
  },
  restorePartnerSuggestion: {
    fixture: async (w) => {
      const variables = { organisationId: w.org.home, suggestedOrganisationId: w.org.stranger };
      const made = await w.clients.instanceAdmin.data<{ dismissPartnerSuggestion: { id: string } }>(DISMISS_SUGGESTION, variables);
      return { id: made.dismissPartnerSuggestion.id, version: 0 };
    },
    document: `mutation ($organisationId: ID!, $suggestedOrganisationId: ID!) { restorePartnerSuggestion(organisationId: $organisationId, suggestedOrganisationId: $suggestedOrganisationId) { id } }`,
    variables: (_t, w) => ({ organisationId: w.org.home, suggestedOrganisationId: w.org.stranger }),
    allowed: 'homeCoordinator',
    watch: (t) => [row('partner_suggestion_dismissal', t.id)],
  },
};

/** A public partnership home leads, with other as a member. */
async function surveyPartnership(w: World): Promise<Ref> {
  const partnership = await w.create('createPartnership', { ...home(w), name: w.unique('Surveyed partnership'), governanceModel: 'SHARED_LEADERSHIP' });
  await w.create('addMembership', { partnershipId: partnership.id, organisationId: w.org.home, role: 'LEAD' });
  await w.create('addMembership', { partnershipId: partnership.id, organisationId: w.org.other, role: 'CORE_MEMBER' });
  return partnership;
}

async function openSurveyRound(w: World): Promise<Target> {
  const partnership = await surveyPartnership(w);
  return w.create('openSurveyRound', { partnershipId: partnership.id, closesOn: weekAhead() });
}

const weekAhead = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
