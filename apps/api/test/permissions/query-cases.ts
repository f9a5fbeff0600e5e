import type { GraphQLTestClient } from '@cg/api/testing';
import { World } from './matrix-world';

/*
 * One read rule per `Query` field of apps/api/schema.gql (issue #10), read by
 * query-matrix.int-spec.ts. The "stranger" organisation keeps PRIVATE records (each labelled
 * "Secret …") beside PUBLIC ones that point at them; the admin of "home", unrelated to
 * stranger, must not see a secret in a list, its totalCount, by id, or down a nested path.
 * Every probe is also run as the instance admin, who must see the secret: a probe that cannot
 * reach the secret proves nothing.
 *
 * A new query needs a line here, or the completeness test fails naming it.
 */

export type SecretKey =
  | 'org'
  | 'partnership'
  | 'project'
  | 'person'
  | 'need'
  | 'activity'
  | 'outcome'
  | 'indicator'
  | 'measurement'
  | 'story'
  | 'funding'
  | 'relationship'
  | 'place';

/** Stranger's PUBLIC records that lead to the secrets. */
export type OpenKey = 'partnership' | 'project' | 'person' | 'need' | 'activity' | 'outcome' | 'indicator' | 'funding';

export interface Fixtures {
  secret: Record<SecretKey, { id: string; label: string; code?: string }>;
  open: Record<OpenKey, string>;
}

/** What a probe may use: the world, its fixtures and the two readers. */
export interface Probing {
  w: World;
  f: Fixtures;
  home: GraphQLTestClient;
  admin: GraphQLTestClient;
}

export type Probe =
  /** The list (this case's field): no secret in `nodes`, and `totalCount` short by exactly the secrets. */
  | { list: SecretKey[]; args?: string }
  /** By id: NOT_FOUND (or null), and nothing of the record in the answer. */
  | { detail: SecretKey }
  /** A walk from a readable record: the admin meets `secrets` on the way, home's admin does not. */
  | { nested: string; from: (f: Fixtures, w: World) => string; secrets: SecretKey[] }
  /** Anything else that must keep private data out (totals, exports, administration). */
  | { custom: string; run: (p: Probing) => Promise<void> };

export interface QueryCase {
  probes: Probe[];
}

// ---- the fixtures ------------------------------------------------------------------------

export async function makeSecrets(w: World): Promise<Fixtures> {
  const stranger = w.org.stranger;
  const mine = { ownerOrganisationId: stranger };
  const priv = { ...mine, visibility: 'PRIVATE' };
  const open = { ...mine, visibility: 'PUBLIC' };
  const id = async (mutation: string, input: Record<string, unknown>) => (await w.create(mutation, input)).id;
  /** Children take no owner or visibility in their input; the system marks them. */
  const hide = (table: string, rowId: string) =>
    w.sql(`UPDATE ${table} SET visibility = 'PRIVATE', owner_organisation_id = $1 WHERE id = $2`, [stranger, rowId]);

  const org = await id('createOrganisation', {
    name: 'Secret Org of Stranger',
    type: 'CHARITY',
    visibility: 'PRIVATE',
  });
  await hide('organisation', org);
  const openPartnership = await id('createPartnership', {
    ...open,
    name: 'Stranger open partnership',
    governanceModel: 'INFORMAL_NETWORK',
    status: 'ACTIVE',
  });
  await id('addMembership', { partnershipId: openPartnership, organisationId: org, role: 'CORE_MEMBER' });
  const partnership = await id('createPartnership', {
    ...priv,
    name: 'Secret partnership',
    governanceModel: 'INFORMAL_NETWORK',
    status: 'ACTIVE',
  });
  await id('addMembership', { partnershipId: partnership, organisationId: w.org.other, role: 'CORE_MEMBER' });
  await id('addMembership', { partnershipId: partnership, organisationId: stranger, role: 'LEAD' });

  const openProject = await id('createProject', { ...open, name: 'Stranger open project', status: 'ACTIVE' });
  const project = await id('createProject', {
    ...priv,
    name: 'Secret project',
    status: 'ACTIVE',
    partnershipId: openPartnership,
  });

  const person = await id('createPerson', { ...priv, fullName: 'Secret person' });
  await id('addAffiliation', { personId: person, organisationId: w.org.other });
  const openPerson = await id('createPerson', { ...open, fullName: 'Stranger open person' });
  await id('addAffiliation', { personId: openPerson, organisationId: org });

  const outcome = await id('createOutcome', {
    ...priv,
    title: 'Secret outcome',
    definedBy: 'COMMUNITY',
    ownerProjectId: openProject,
  });
  const openOutcome = await id('createOutcome', {
    ...open,
    title: 'Stranger open outcome',
    definedBy: 'COMMUNITY',
    ownerProjectId: openProject,
    contributorIds: [org],
  });
  const indicator = await id('createIndicator', { outcomeId: openOutcome, name: 'Secret indicator', unit: 'people' });
  await hide('indicator', indicator);
  const openIndicator = await id('createIndicator', {
    outcomeId: openOutcome,
    name: 'Stranger open indicator',
    unit: 'people',
  });
  const measurement = await id('recordMeasurement', {
    indicatorId: openIndicator,
    value: 4343,
    note: 'Secret measurement',
  });
  await hide('measurement', measurement);
  const story = await id('createStory', {
    outcomeId: openOutcome,
    title: 'Secret story',
    body: 'Secret story body',
    consentGiven: true,
    consentDate: '2024-01-02',
  });
  await hide('story', story);

  const need = await id('createNeed', {
    ...priv,
    title: 'Secret need',
    raisedBy: 'COMMUNITY',
    projectIds: [openProject],
  });
  const openNeed = await id('createNeed', {
    ...open,
    title: 'Stranger open need',
    raisedBy: 'COMMUNITY',
    projectIds: [project],
    outcomeIds: [outcome],
  });
  const activity = await id('createActivity', {
    ...priv,
    title: 'Secret activity',
    kind: 'MEETING',
    projectId: openProject,
  });
  const openActivity = await id('createActivity', {
    ...open,
    title: 'Stranger open activity',
    kind: 'MEETING',
    projectId: openProject,
    personIds: [person],
    organisationIds: [org],
  });

  const funding = await id('createFunding', {
    ...priv,
    programme: 'Secret funding',
    funderOrganisationId: stranger,
    recipientOrganisationId: w.org.other,
    amount: 4242,
  });
  const openFunding = await id('createFunding', {
    ...open,
    programme: 'Stranger open funding',
    funderOrganisationId: stranger,
    recipientProjectId: project,
    amount: 10,
  });
  const relationship = await id('createRelationship', {
    visibility: 'PRIVATE',
    notes: 'Secret relationship',
    fromOrganisationId: stranger,
    toOrganisationId: w.org.other,
    type: 'INFORMAL',
  });
  await hide('relationship', relationship);
  const place = await id('createPlace', { ...priv, name: 'Secret place', code: 'SECRET01', parentId: w.place });

  return {
    secret: {
      org: { id: org, label: 'Secret Org of Stranger' },
      partnership: { id: partnership, label: 'Secret partnership' },
      project: { id: project, label: 'Secret project' },
      person: { id: person, label: 'Secret person' },
      need: { id: need, label: 'Secret need' },
      activity: { id: activity, label: 'Secret activity' },
      outcome: { id: outcome, label: 'Secret outcome' },
      indicator: { id: indicator, label: 'Secret indicator' },
      measurement: { id: measurement, label: 'Secret measurement' },
      story: { id: story, label: 'Secret story' },
      funding: { id: funding, label: 'Secret funding' },
      relationship: { id: relationship, label: 'Secret relationship' },
      place: { id: place, label: 'Secret place', code: 'SECRET01' },
    },
    open: {
      partnership: openPartnership,
      project: openProject,
      person: openPerson,
      need: openNeed,
      activity: openActivity,
      outcome: openOutcome,
      indicator: openIndicator,
      funding: openFunding,
    },
  };
}

// ---- helpers for the custom probes -------------------------------------------------------

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.['code'];

/** Asks `query` as home's admin and expects a refusal with nothing of `mustNotContain` in it. */
async function refusedToHome(
  p: Probing,
  query: string,
  variables: Record<string, unknown>,
  mustNotContain: string[],
): Promise<void> {
  const result = await p.home.request(query, variables);
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(result));
  const body = JSON.stringify(result);
  for (const text of mustNotContain) expect(body).not.toContain(text);
}

/**
 * For the suggestion probes (issue #15): the secret organisation and Other Org both serve a
 * place of their own, which a PUBLIC partnership of home covers, so the instance admin meets
 * the secret as a suggestion for Other Org and as a filler of the partnership's gaps. Nothing
 * else serves the place, so other probes' figures stay as they were. Repeating it changes nothing.
 */
async function suggestionNeighbourhood(p: Probing): Promise<{ partnership: string }> {
  const [{ id: place }] = await p.w.sql<{ id: string }>(
    `INSERT INTO place (code, name, level, path) VALUES ('E08999077', 'Suggestville', 'LOCAL_AUTHORITY', 'E08999077')
     ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  for (const org of [p.f.secret.org.id, p.w.org.other])
    await p.w.sql(`INSERT INTO organisation_place (organisation_id, place_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [org, place]);
  const [found] = await p.w.sql<{ id: string }>(`SELECT id FROM partnership WHERE name = 'Suggestville Partnership'`);
  const partnership =
    found?.id ??
    (await p.w.create('createPartnership', { ownerOrganisationId: p.w.org.home, visibility: 'PUBLIC', name: 'Suggestville Partnership', governanceModel: 'INFORMAL_NETWORK' })).id;
  await p.w.sql(`INSERT INTO partnership_place (partnership_id, place_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [partnership, place]);
  return { partnership };
}

/**
 * Puts the secret grant (stranger → other, 4,242, PRIVATE) on the map for the place figures:
 * other's home becomes the world's place, which gets people and IMD decile 1. Run by each place
 * probe; repeating it changes nothing.
 */
async function placeTheSecretGrant(p: Probing): Promise<void> {
  await p.w.sql('UPDATE place SET population = 1000, imd_decile = 1 WHERE id = $1', [p.w.place]);
  await p.w.sql('UPDATE organisation SET home_place_id = $1 WHERE id = $2', [p.w.place, p.w.org.other]);
}

/** The figure each reader gets at `path` in the answer to `query`; the admin's must be 4,242 more. */
async function secretGrantOnlyForAdmin(
  p: Probing,
  query: string,
  variables: Record<string, unknown>,
  figure: (data: Record<string, unknown>) => number,
): Promise<void> {
  await placeTheSecretGrant(p);
  const all = await p.admin.data<Record<string, unknown>>(query, variables);
  const home = await p.home.data<Record<string, unknown>>(query, variables);
  expect(figure(all) - figure(home)).toBeCloseTo(4242, 6);
  const body = JSON.stringify(home);
  for (const secret of Object.values(p.f.secret)) {
    expect(body).not.toContain(secret.id);
    expect(body).not.toContain(secret.label);
  }
}

type OverviewFigures = {
  organisationCount: number;
  fundingTotal: number;
  liveProjectCount: number;
  livePartnershipCount: number;
  recentActivityCount: number;
};

// ---- the table ---------------------------------------------------------------------------

export const QUERY_CASES: Record<string, QueryCase> = {
  organisations: { probes: [{ list: ['org'] }, { list: ['org'], args: 'search: "Secret Org"' }] },
  organisation: {
    probes: [
      { detail: 'org' },
      {
        nested:
          'memberships { partnership { id name } } people { person { id fullName } } ties { viaId amount organisation { name } }',
        from: (_f, w) => w.org.other,
        secrets: ['partnership', 'person', 'relationship', 'funding'],
      },
    ],
  },
  partnerships: { probes: [{ list: ['partnership'] }] },
  // A PUBLIC partnership's membership of a PRIVATE organisation is hidden with the organisation.
  partnership: {
    probes: [
      { detail: 'partnership' },
      {
        nested:
          'projects { id name } members { organisation { id name } } activities(first: 50) { totalCount nodes { id } }',
        from: (f) => f.open.partnership,
        secrets: ['project', 'org'],
      },
    ],
  },
  projects: { probes: [{ list: ['project'] }] },
  project: {
    probes: [
      { detail: 'project' },
      {
        nested: 'needs { id title } ownedOutcomes { id title } activities(first: 50) { totalCount nodes { id title } }',
        from: (f) => f.open.project,
        secrets: ['need', 'outcome', 'activity'],
      },
    ],
  },
  people: { probes: [{ list: ['person'] }, { list: ['person'], args: 'search: "Secret person"' }] },
  // So is a PUBLIC person's affiliation to a PRIVATE organisation.
  person: {
    probes: [
      { detail: 'person' },
      { nested: 'affiliations { organisation { id name } }', from: (f) => f.open.person, secrets: ['org'] },
    ],
  },
  needs: { probes: [{ list: ['need'] }] },
  // Id lists (Need.projectIds, Activity.personIds and organisationIds, Funding.recipientProjectId)
  // leave out hidden records, like the resolved fields beside them.
  need: {
    probes: [
      { detail: 'need' },
      {
        nested: 'projectIds projects { id name } outcomes { id title }',
        from: (f) => f.open.need,
        secrets: ['project', 'outcome'],
      },
    ],
  },
  activities: { probes: [{ list: ['activity'] }] },
  activity: {
    probes: [
      { detail: 'activity' },
      {
        nested: 'personIds people { id fullName } organisationIds organisations { id name }',
        from: (f) => f.open.activity,
        secrets: ['person', 'org'],
      },
    ],
  },
  outcomes: { probes: [{ list: ['outcome'] }] },
  outcome: {
    probes: [
      { detail: 'outcome' },
      {
        nested: 'indicators { id name } stories { id title } contributors { id name }',
        from: (f) => f.open.outcome,
        secrets: ['indicator', 'story', 'org'],
      },
    ],
  },
  indicator: {
    probes: [
      { detail: 'indicator' },
      {
        nested: 'measurements { id note } latestMeasurement { id note }',
        from: (f) => f.open.indicator,
        secrets: ['measurement'],
      },
    ],
  },
  story: { probes: [{ detail: 'story' }] },
  fundings: { probes: [{ list: ['funding'] }] },
  funding: {
    probes: [
      { detail: 'funding' },
      { nested: 'recipientProjectId recipientProject { id name }', from: (f) => f.open.funding, secrets: ['project'] },
    ],
  },
  relationships: { probes: [{ list: ['relationship'] }] },
  relationship: { probes: [{ detail: 'relationship' }] },
  places: { probes: [{ list: ['place'] }] },
  place: {
    probes: [{ detail: 'place' }, { nested: 'children { id name }', from: (_f, w) => w.place, secrets: ['place'] }],
  },
  placeByCode: {
    probes: [
      {
        custom: 'a PRIVATE custom place is NOT_FOUND by its code',
        run: async (p) => {
          const query = `query ($code: String!) { placeByCode(code: $code) { id name } }`;
          expect(
            (await p.admin.data<{ placeByCode: { id: string } }>(query, { code: p.f.secret.place.code })).placeByCode
              .id,
          ).toBe(p.f.secret.place.id);
          await refusedToHome(p, query, { code: p.f.secret.place.code }, [p.f.secret.place.id, p.f.secret.place.label]);
        },
      },
      {
        custom: 'a former code (alias) of a PRIVATE place is NOT_FOUND too',
        run: async (p) => {
          await p.w.sql(
            `INSERT INTO place_alias (code, place_id, reason, source) VALUES ('SECRETOLD', $1, 'code-change', 'test') ON CONFLICT DO NOTHING`,
            [p.f.secret.place.id],
          );
          const query = `query ($code: String!) { placeByCode(code: $code) { id name } }`;
          expect(
            (await p.admin.data<{ placeByCode: { id: string } }>(query, { code: 'SECRETOLD' })).placeByCode.id,
          ).toBe(p.f.secret.place.id);
          await refusedToHome(p, query, { code: 'SECRETOLD' }, [p.f.secret.place.id, p.f.secret.place.label]);
        },
      },
    ],
  },
  postcodeLookup: {
    probes: [
      {
        custom: 'a postcode in a PRIVATE place shows home’s admin its codes but not the place',
        run: async (p) => {
          await p.w.sql(
            `INSERT INTO postcode (postcode, display, lsoa_code, local_authority_code, imd_rank) VALUES ('ZZ99ZZ', 'ZZ9 9ZZ', $1, $1, 5) ON CONFLICT DO NOTHING`,
            [p.f.secret.place.code],
          );
          const query = `{ postcodeLookup(postcode: "zz9 9zz") { found lsoa { id name } localAuthority { id name } } }`;
          type Lookup = {
            postcodeLookup: { found: boolean; lsoa: { id: string } | null; localAuthority: { id: string } | null };
          };
          expect((await p.admin.data<Lookup>(query)).postcodeLookup.lsoa?.id).toBe(p.f.secret.place.id);
          const home = await p.home.data<Lookup>(query);
          expect(home.postcodeLookup).toEqual({ found: true, lsoa: null, localAuthority: null });
          const body = JSON.stringify(home);
          for (const text of [p.f.secret.place.id, p.f.secret.place.label]) expect(body).not.toContain(text);
        },
      },
    ],
  },
  importJob: {
    probes: [
      {
        custom: 'shows an import job to instance admins and to its own organisation only',
        run: async (p) => {
          const [job] = await p.w.sql<{ id: string }>(
            `INSERT INTO import_job (kind, file_name) VALUES ('postcodes', 'Secret upload.csv') RETURNING id`,
          );
          const [strangers] = await p.w.sql<{ id: string }>(
            `INSERT INTO import_job (kind, file_name, organisation_id) VALUES ('360giving', 'Secret grants.json', $1) RETURNING id`,
            [p.w.org.stranger],
          );
          const [homes] = await p.w.sql<{ id: string }>(
            `INSERT INTO import_job (kind, file_name, organisation_id) VALUES ('360giving', 'Home grants.json', $1) RETURNING id`,
            [p.w.org.home],
          );
          const query = `query ($id: ID!) { importJob(id: $id) { id fileName } }`;
          expect(
            (await p.admin.data<{ importJob: { fileName: string } }>(query, { id: job.id })).importJob.fileName,
          ).toBe('Secret upload.csv');
          await refusedToHome(p, query, { id: job.id }, ['Secret upload']);
          await refusedToHome(p, query, { id: strangers.id }, ['Secret grants']);
          expect(
            (await p.home.data<{ importJob: { fileName: string } }>(query, { id: homes.id })).importJob.fileName,
          ).toBe('Home grants.json');
        },
      },
    ],
  },
  importJobs: {
    probes: [
      {
        custom: 'lists every import to instance admins, and only their own organisation’s to others',
        run: async (p) => {
          await p.w.sql(`INSERT INTO import_job (kind, file_name) VALUES ('councils', 'Secret councils.csv')`);
          await p.w.sql(
            `INSERT INTO import_job (kind, file_name, organisation_id) VALUES ('360giving', 'Secret grants 2.json', $1)`,
            [p.w.org.stranger],
          );
          await p.w.sql(
            `INSERT INTO import_job (kind, file_name, organisation_id) VALUES ('360giving', 'Home grants 2.json', $1)`,
            [p.w.org.home],
          );
          const query = `{ importJobs(first: 50) { totalCount nodes { fileName } } }`;
          type Jobs = { importJobs: { totalCount: number; nodes: { fileName: string }[] } };
          expect((await p.admin.data<Jobs>(query)).importJobs.nodes.map((job) => job.fileName)).toEqual(
            expect.arrayContaining(['Secret councils.csv', 'Secret grants 2.json', 'Home grants 2.json']),
          );
          const home = await p.home.data<Jobs>(query);
          const body = JSON.stringify(home);
          for (const secret of ['Secret councils', 'Secret grants', 'Secret upload'])
            expect(body).not.toContain(secret);
          expect(home.importJobs.nodes.map((job) => job.fileName)).toContain('Home grants 2.json');
          expect(home.importJobs.totalCount).toBe(home.importJobs.nodes.length);
        },
      },
    ],
  },

  failedEmails: {
    probes: [
      {
        custom: 'refuses anyone but an instance admin the emails that could not be sent',
        run: async (p) => {
          const query = `{ failedEmails { to subject } }`;
          expect(Array.isArray((await p.admin.data<{ failedEmails: unknown[] }>(query)).failedEmails)).toBe(true);
          await refusedToHome(p, query, {}, []);
        },
      },
    ],
  },

  csvImports: {
    probes: [
      {
        custom: "another organisation's CSV imports stay out of the history and its count",
        run: async (p) => {
          await p.w.sql(
            `INSERT INTO csv_import (organisation_id, kind, file_name, source, status, report) VALUES ($1, 'people', 'Secret clients.csv', 'x', 'SUCCEEDED', '{}')`,
            [p.w.org.stranger],
          );
          const query = `{ csvImports(first: 50) { totalCount nodes { fileName } } }`;
          type History = { csvImports: { totalCount: number; nodes: { fileName: string }[] } };
          const admin = (await p.admin.data<History>(query)).csvImports;
          expect(admin.nodes.map((node) => node.fileName)).toContain('Secret clients.csv');
          const home = (await p.home.data<History>(query)).csvImports;
          expect(JSON.stringify(home)).not.toContain('Secret clients');
          expect(home.totalCount).toBe(admin.totalCount - 1);
        },
      },
    ],
  },

  placeAnalytics: {
    probes: [
      {
        custom: 'a place’s funding total leaves out the secret grant',
        run: (p) =>
          secretGrantOnlyForAdmin(
            p,
            `query ($id: ID!) { placeAnalytics(placeId: $id) { fundingTotal funderCount } }`,
            { id: p.w.place },
            (d) => (d['placeAnalytics'] as { fundingTotal: number }).fundingTotal,
          ),
      },
    ],
  },
  coldSpots: {
    probes: [
      {
        custom: 'a cold spot’s figures leave out the secret grant',
        run: (p) =>
          secretGrantOnlyForAdmin(
            p,
            `{ coldSpots(level: LOCAL_AUTHORITY, deciles: [1], first: 50) { nodes { placeId analytics { fundingTotal } } } }`,
            {},
            (d) =>
              (d['coldSpots'] as { nodes: { placeId: string; analytics: { fundingTotal: number } }[] }).nodes.find(
                (n) => n.placeId === p.w.place,
              )?.analytics.fundingTotal ?? NaN,
          ),
      },
    ],
  },
  funderOverlap: {
    probes: [
      {
        custom: 'the funders of a place leave out the secret grant',
        run: (p) =>
          secretGrantOnlyForAdmin(
            p,
            `query ($id: ID!) { funderOverlap(placeId: $id) { fundingTotal funders { funderId fundingTotal } } }`,
            { id: p.w.place },
            (d) => (d['funderOverlap'] as { fundingTotal: number }).fundingTotal,
          ),
      },
    ],
  },
  fundingByImdDecile: {
    probes: [
      {
        custom: 'decile 1 leaves out the secret grant, for everyone’s grants and for the stranger’s',
        run: async (p) => {
          const query = `query ($funder: ID) { fundingByImdDecile(funderId: $funder, level: LOCAL_AUTHORITY) { deciles { decile fundingTotal } } }`;
          const decile1 = (d: Record<string, unknown>) =>
            (d['fundingByImdDecile'] as { deciles: { fundingTotal: number }[] }).deciles[0].fundingTotal;
          await secretGrantOnlyForAdmin(p, query, {}, decile1);
          await secretGrantOnlyForAdmin(p, query, { funder: p.w.org.stranger }, decile1);
        },
      },
    ],
  },
  funderPortfolio: {
    probes: [
      {
        custom: 'the stranger’s portfolio leaves out its secret grant, its secret partnership and project',
        run: (p) =>
          secretGrantOnlyForAdmin(
            p,
            `query ($id: ID!) { funderPortfolio(funderId: $id) {
              fundingTotal byYear { year awarded scheduled } byPlace { placeId fundingTotal }
              byImdDecile { deciles { fundingTotal } } commitmentsAhead { total }
              coFunders { funderId fundingTotal }
              granteePartnerships(first: 50) { totalCount nodes { partnershipId partnership { name } grantees { id name } coFunders { funderId } } } } }`,
            { id: p.w.org.stranger },
            (d) => (d['funderPortfolio'] as { fundingTotal: number }).fundingTotal,
          ),
      },
    ],
  },
  placeShapes: {
    probes: [
      {
        custom: 'a PRIVATE custom place is not drawn, and secret partnerships and projects are not counted on the map',
        run: async (p) => {
          const square = (x: number) =>
            JSON.stringify({
              type: 'Polygon',
              coordinates: [
                [
                  [x, 52],
                  [x + 0.1, 52],
                  [x + 0.1, 52.1],
                  [x, 52.1],
                  [x, 52],
                ],
              ],
            });
          await p.w.sql(`UPDATE place SET boundary = $1 WHERE id = $2`, [square(-1.5), p.w.place]);
          await p.w.sql(`UPDATE place SET boundary = $1 WHERE id = $2`, [square(-1.45), p.f.secret.place.id]);
          await p.w.sql(
            `INSERT INTO partnership_place (partnership_id, place_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
            [p.f.secret.partnership.id, p.w.place],
          );
          await p.w.sql(`INSERT INTO project_place (project_id, place_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
            p.f.secret.project.id,
            p.w.place,
          ]);

          const customs = `{ placeShapes(level: CUSTOM, zoom: 12) { id name geometry } }`;
          expect(JSON.stringify(await p.admin.data(customs))).toContain(p.f.secret.place.id);
          const home = JSON.stringify(await p.home.data(customs));
          expect(home).not.toContain(p.f.secret.place.id);
          expect(home).not.toContain(p.f.secret.place.label);

          type Counts = { placeShapes: { id: string; livePartnershipCount: number; liveProjectCount: number }[] };
          const las = `{ placeShapes(level: LOCAL_AUTHORITY) { id livePartnershipCount liveProjectCount } }`;
          const counted = async (client: typeof p.home) =>
            (await client.data<Counts>(las)).placeShapes.find((shape) => shape.id === p.w.place);
          const all = await counted(p.admin);
          expect(await counted(p.home)).toEqual({
            id: p.w.place,
            livePartnershipCount: (all?.livePartnershipCount ?? 0) - 1,
            liveProjectCount: (all?.liveProjectCount ?? 0) - 1,
          });
        },
      },
    ],
  },

  me: {
    probes: [
      {
        custom: 'names only the reader’s own organisations',
        run: async (p) => {
          const me = JSON.stringify(
            await p.home.data(`{ me { id email memberships { organisationId organisationName role } } }`),
          );
          expect(me).toContain(p.w.org.home);
          expect(me).not.toContain(p.w.org.stranger);
          expect(await p.w.clients.signedOut.data(`{ me { id } }`)).toEqual({ me: null });
        },
      },
    ],
  },
  overview: {
    probes: [
      {
        custom: 'headline figures leave out the secret organisation, project, partnership, activity and funding',
        run: async (p) => {
          const query = `{ overview { organisationCount fundingTotal liveProjectCount livePartnershipCount recentActivityCount } }`;
          const all = (await p.admin.data<{ overview: OverviewFigures }>(query)).overview;
          const home = (await p.home.data<{ overview: OverviewFigures }>(query)).overview;
          expect(home).toEqual({
            organisationCount: all.organisationCount - 1,
            fundingTotal: all.fundingTotal - 4242,
            liveProjectCount: all.liveProjectCount - 1,
            livePartnershipCount: all.livePartnershipCount - 1,
            recentActivityCount: all.recentActivityCount - 1,
          });
        },
      },
    ],
  },
  network: {
    probes: [
      {
        custom: 'has neither the secret organisation nor the ties resting on secret records',
        run: async (p) => {
          const query = `{ network { nodes { ids names } summary { nodeCount edgeCount } } }`;
          type Net = {
            network: { nodes: { ids: string[]; names: string[] }; summary: { nodeCount: number; edgeCount: number } };
          };
          const all = (await p.admin.data<Net>(query)).network;
          const home = (await p.home.data<Net>(query)).network;
          expect(all.nodes.ids).toContain(p.f.secret.org.id);
          expect(home.nodes.ids).not.toContain(p.f.secret.org.id);
          expect(home.nodes.names).not.toContain(p.f.secret.org.label);
          expect(home.summary.edgeCount).toBeLessThan(all.summary.edgeCount);
        },
      },
      {
        custom: 'as at a day, has neither the secret organisation nor its ties either',
        run: async (p) => {
          const query = `query ($day: Date) { network(filter: { asAt: $day }) { nodes { ids names } summary { edgeCount } } }`;
          type Net = { network: { nodes: { ids: string[]; names: string[] }; summary: { edgeCount: number } } };
          const day = new Date().toISOString().slice(0, 10);
          const all = (await p.admin.data<Net>(query, { day })).network;
          const home = (await p.home.data<Net>(query, { day })).network;
          expect(all.nodes.ids).toContain(p.f.secret.org.id);
          expect(home.nodes.ids).not.toContain(p.f.secret.org.id);
          expect(home.nodes.names).not.toContain(p.f.secret.org.label);
          expect(home.summary.edgeCount).toBeLessThan(all.summary.edgeCount);
        },
      },
    ],
  },
  partnershipHealthSeries: {
    probes: [
      {
        custom: 'refuses the secret partnership, and counts no secret member of an open one on any day',
        run: async (p) => {
          await refusedToHome(
            p,
            `query ($id: ID!) { partnershipHealthSeries(partnershipId: $id) { points { day memberCount } } }`,
            { id: p.f.secret.partnership.id },
            [p.f.secret.partnership.label],
          );
          const query = `query ($id: ID!) { partnershipHealthSeries(partnershipId: $id) { points { day memberCount tieCount indices { explanation } } } }`;
          type Series = { partnershipHealthSeries: { points: { memberCount: number }[] } };
          const counts = async (client: typeof p.home) =>
            (await client.data<Series>(query, { id: p.f.open.partnership })).partnershipHealthSeries.points.map(
              (point) => point.memberCount,
            );
          const all = await counts(p.admin);
          expect(all.at(-1)).toBe(1); // the secret organisation, a member with no start date
          expect(await counts(p.home)).toEqual(all.map((count) => count - 1));
        },
      },
    ],
  },
  organisationMeasures: {
    probes: [
      {
        custom: 'the secret organisation has no measures, and another’s degree leaves out secret ties',
        run: async (p) => {
          const query = `query ($id: ID!) { organisationMeasures(id: $id) { inNetwork degree networkSize } }`;
          // Hidden is as if it did not exist: the same answer as for an id nobody holds.
          const unknown = await p.home.request(query, { id: '00000000-0000-4000-8000-000000000000' });
          const secret = await p.home.request(query, { id: p.f.secret.org.id });
          expect(JSON.stringify(secret).replace(p.f.secret.org.id, '?')).toBe(
            JSON.stringify(unknown).replace('00000000-0000-4000-8000-000000000000', '?'),
          );
          type Measures = { organisationMeasures: { degree: number } };
          const all = (await p.admin.data<Measures>(query, { id: p.w.org.other })).organisationMeasures;
          const home = (await p.home.data<Measures>(query, { id: p.w.org.other })).organisationMeasures;
          expect(home.degree).toBeLessThan(all.degree); // the secret funding, relationship and partnership tie other to stranger
        },
      },
    ],
  },
  partnerSuggestions: {
    probes: [
      {
        custom: 'never suggests the secret organisation, which the instance admin is suggested',
        run: async (p) => {
          await suggestionNeighbourhood(p);
          const query = `query ($id: ID!) { partnerSuggestions(organisationId: $id, first: 50) { organisation { id name } reason } }`;
          const all = JSON.stringify(await p.admin.data(query, { id: p.w.org.other }));
          expect(all).toContain(p.f.secret.org.id);
          const home = JSON.stringify(await p.home.data(query, { id: p.w.org.other }));
          expect(home).not.toContain(p.f.secret.org.id);
          expect(home).not.toContain(p.f.secret.org.label);
          // Nor for the secret organisation itself: as if it did not exist.
          expect(codeOf(await p.home.request(query, { id: p.f.secret.org.id }))).toBe('NOT_FOUND');
        },
      },
    ],
  },
  partnershipGaps: {
    probes: [
      {
        custom: 'neither counts nor suggests the secret organisation, which fills a gap for the instance admin',
        run: async (p) => {
          const { partnership } = await suggestionNeighbourhood(p);
          const query = `query ($id: ID!) { partnershipGaps(partnershipId: $id) { sentence suggestions { organisation { id name } reason } } }`;
          const all = JSON.stringify(await p.admin.data(query, { id: partnership }));
          expect(all).toContain(p.f.secret.org.id);
          const home = JSON.stringify(await p.home.data(query, { id: partnership }));
          expect(home).not.toContain(p.f.secret.org.id);
          expect(home).not.toContain(p.f.secret.org.label);
          expect(codeOf(await p.home.request(query, { id: p.f.secret.partnership.id }))).toBe('NOT_FOUND');
        },
      },
    ],
  },
  auditLog: {
    probes: [
      {
        custom: 'shows home’s admin no entry about stranger’s records',
        run: async (p) => {
          const ids = Object.values(p.f.secret).map((s) => s.id);
          const query = `query ($ids: [ID!]) { auditLog(first: 200, filter: { recordId: { in: $ids } }) { totalCount nodes { recordId } } }`;
          type Log = { auditLog: { totalCount: number; nodes: { recordId: string }[] } };
          expect((await p.admin.data<Log>(query, { ids })).auditLog.totalCount).toBeGreaterThan(0);
          expect((await p.home.data<Log>(query, { ids })).auditLog).toEqual({ totalCount: 0, nodes: [] });
          const everything = JSON.stringify(
            await p.home.data(`{ auditLog(first: 200) { nodes { recordId changes { field before after } } } }`),
          );
          for (const id of ids) expect(everything).not.toContain(id);
          expect(everything).not.toContain('Secret');
        },
      },
    ],
  },
  personalDataExport: {
    probes: [
      {
        custom: 'refuses home’s admin the export of stranger’s private person',
        run: (p) =>
          refusedToHome(p, `query ($id: ID!) { personalDataExport(personId: $id) }`, { id: p.f.secret.person.id }, [
            p.f.secret.person.label,
          ]),
      },
    ],
  },
  organisationUsers: {
    probes: [
      {
        custom: 'refuses home’s admin the users of stranger',
        run: (p) =>
          refusedToHome(
            p,
            `query ($id: ID!) { organisationUsers(organisationId: $id) { email } }`,
            { id: p.w.org.stranger },
            ['admin@stranger.example'],
          ),
      },
    ],
  },
  pendingInvitations: {
    probes: [
      {
        custom: 'refuses home’s admin the invitations of stranger',
        run: async (p) => {
          await p.admin.data(
            `mutation { invite(input: { organisationId: "${p.w.org.stranger}", email: "secret.hire@stranger.example", role: VIEWER }) { id } }`,
          );
          await refusedToHome(
            p,
            `query ($id: ID!) { pendingInvitations(organisationId: $id) { email } }`,
            { id: p.w.org.stranger },
            ['secret.hire@stranger.example'],
          );
        },
      },
    ],
  },
  surveyRounds: {
    probes: [
      {
        custom: 'the rounds of a secret partnership are neither listed nor found by id',
        run: async (p) => {
          const id = await secretRound(p);
          const list = `query ($id: ID!) { surveyRounds(partnershipId: $id) { id } }`;
          expect(await p.admin.data(list, { id: p.f.secret.partnership.id })).toEqual({ surveyRounds: [{ id }] });
          expect(await p.home.data(list, { id: p.f.secret.partnership.id })).toEqual({ surveyRounds: [] });
        },
      },
    ],
  },
  surveyRound: {
    probes: [
      {
        custom: 'a round of a secret partnership is NOT_FOUND',
        run: async (p) => {
          const id = await secretRound(p);
          await refusedToHome(p, `query ($id: ID!) { surveyRound(id: $id) { id invitations { name } results { meanTrust } } }`, { id }, [
            p.f.secret.org.label,
          ]);
        },
      },
    ],
  },
  surveyTasks: {
    probes: [
      {
        custom: 'names no round of a secret partnership',
        run: async (p) => {
          await secretRound(p);
          const tasks = JSON.stringify(await p.home.data(`{ surveyTasks { roundId partnershipName organisationName } }`));
          expect(tasks).not.toContain(p.f.secret.partnership.label);
        },
      },
    ],
  },
};

/** An open survey round of the secret partnership (stranger leads it, other is a member), made once per world. */
const secretRounds = new WeakMap<Fixtures, Promise<string>>();
function secretRound(p: Probing): Promise<string> {
  let made = secretRounds.get(p.f);
  if (!made) {
    const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    made = p.w.create('openSurveyRound', { partnershipId: p.f.secret.partnership.id, closesOn }).then((round) => round.id);
    secretRounds.set(p.f, made);
  }
  return made;
}

