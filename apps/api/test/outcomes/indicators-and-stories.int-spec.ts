import { countQueries } from '@cg/api/testing';
import { startTestApp, TestApp } from '../support/test-app';
import { auditActions, makePartnership, makePerson, makePlace, tableCount, UNKNOWN_ID } from '../support/outcome-factories';

const CREATE_OUTCOME = `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version name direction baselineValue baselineDate targetValue targetDate } }`;
const UPDATE_INDICATOR = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version name targetDate } }`;
const ARCHIVE_INDICATOR = `mutation($input: RecordVersionInput!) { archiveIndicator(input: $input) { id archivedAt } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id version value date placeId note } }`;
const UPDATE_MEASUREMENT = `mutation($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { id version value date } }`;
const ARCHIVE_MEASUREMENT = `mutation($input: RecordVersionInput!) { archiveMeasurement(input: $input) { id archivedAt } }`;
const CREATE_STORY = `mutation($input: CreateStoryInput!) { createStory(input: $input) { id version title consentGiven consentDate date personId } }`;
const UPDATE_STORY = `mutation($input: UpdateStoryInput!) { updateStory(input: $input) { id version title } }`;
const ARCHIVE_STORY = `mutation($input: RecordVersionInput!) { archiveStory(input: $input) { id archivedAt } }`;
const RESTORE_INDICATOR = `mutation($input: RecordVersionInput!) { restoreIndicator(input: $input) { id version archivedAt } }`;
const RESTORE_MEASUREMENT = `mutation($input: RecordVersionInput!) { restoreMeasurement(input: $input) { id version archivedAt } }`;
const RESTORE_STORY = `mutation($input: RecordVersionInput!) { restoreStory(input: $input) { id version archivedAt } }`;
const INDICATOR = `query($id: ID!, $at: Date) { indicator(id: $id) {
  status progress { raw display } expectedProgress(at: $at)
  latestMeasurement { value date } measurements { value date }
} }`;

describe('indicators, measurements and stories', () => {
  let testApp: TestApp;
  let partnership: string;
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

  beforeAll(async () => {
    testApp = await startTestApp();
    partnership = await makePartnership(testApp.dataSource, 'Progress partnership');
  });
  afterAll(() => testApp.close());

  const data = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => testApp.client().data<T>(query, variables);
  const request = (query: string, variables: Record<string, unknown>) => testApp.client().request(query, variables);
  const newOutcome = async (title: string) =>
    (await data<{ createOutcome: { id: string } }>(CREATE_OUTCOME, { input: { title, definedBy: 'COMMUNITY', ownerPartnershipId: partnership } })).createOutcome.id;
  const newIndicator = async (outcomeId: string, plan: Record<string, unknown> = {}) =>
    (
      await data<{ createIndicator: { id: string } }>(CREATE_INDICATOR, {
        input: {
          outcomeId,
          name: 'Families supported',
          unit: 'families',
          baselineValue: 200,
          baselineDate: '2026-01-01',
          targetValue: 400,
          targetDate: '2027-01-01',
          ...plan,
        },
      })
    ).createIndicator.id;
  const reading = async (indicatorId: string, value: number, date: string) =>
    (await data<{ recordMeasurement: { id: string } }>(RECORD, { input: { indicatorId, value, date } })).recordMeasurement.id;

  describe('indicators', () => {
    it('creates, updates with the version and archives an indicator, audited', async () => {
      const outcome = await newOutcome('Indicator writes');
      const created = await data<{ createIndicator: Record<string, unknown> }>(CREATE_INDICATOR, {
        input: { outcomeId: outcome, name: 'A&E visits', unit: 'visits per month', direction: 'DECREASE', baselineValue: 120, baselineDate: '2026-01-01', targetValue: 80, targetDate: '2027-01-01' },
      });
      expect(created.createIndicator).toMatchObject({ version: 1, direction: 'DECREASE', baselineValue: 120, targetValue: 80, targetDate: '2027-01-01' });
      const id = created.createIndicator['id'] as string;
      const updated = await data<{ updateIndicator: Record<string, unknown> }>(UPDATE_INDICATOR, { input: { id, version: 1, targetDate: '2027-06-30' } });
      expect(updated.updateIndicator).toMatchObject({ version: 2, targetDate: '2027-06-30' });
      const stale = await request(UPDATE_INDICATOR, { input: { id, version: 1, name: 'Old' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      await data(ARCHIVE_INDICATOR, { input: { id, version: 2 } });
      const outcomeView = await data<{ outcome: { indicators: unknown[] } }>(`query($id: ID!) { outcome(id: $id) { indicators { id } } }`, { id: outcome });
      expect(outcomeView.outcome.indicators).toEqual([]);
      const refused = await request(RECORD, { input: { indicatorId: id, value: 100 } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorId' });
      expect(refused.errors?.[0].message).toMatch(/archived/);
      const restored = await data<{ restoreIndicator: { version: number; archivedAt: string | null } }>(RESTORE_INDICATOR, { input: { id, version: 3 } });
      expect(restored.restoreIndicator).toMatchObject({ version: 4, archivedAt: null });
      expect(await auditActions(testApp.dataSource, id)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
    });

    it.each([
      [{ targetDate: '2025-12-31' }, 'targetDate', /after the baseline date/],
      [{ targetDate: '2026-01-01' }, 'targetDate', /after the baseline date/],
      [{ targetValue: 100 }, 'targetValue', /INCREASE/],
      [{ name: 'x' }, 'name', /between 2 and 200/],
      [{ unit: '' }, 'unit', /between 1 and 60/],
      [{ outcomeId: UNKNOWN_ID }, 'outcomeId', /no outcome/],
    ])('refuses %j naming the field, writing nothing', async (plan, field, message) => {
      const outcome = await newOutcome(`Bad indicator ${field}`);
      const before = await tableCount(testApp.dataSource, 'indicator');
      const result = await request(CREATE_INDICATOR, {
        input: { outcomeId: outcome, name: 'Families', unit: 'families', baselineValue: 200, baselineDate: '2026-01-01', targetValue: 400, targetDate: '2027-01-01', ...plan },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await tableCount(testApp.dataSource, 'indicator')).toBe(before);
    });

    it('refuses an update that would put the target date before the baseline', async () => {
      const id = await newIndicator(await newOutcome('Date order'));
      const result = await request(UPDATE_INDICATOR, { input: { id, version: 1, targetDate: '2025-06-01' } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetDate' });
    });
  });

  describe('measurements', () => {
    it('records a reading from just the indicator and the value, dated today', async () => {
      const indicatorId = await newIndicator(await newOutcome('Quick readings'));
      const result = await data<{ recordMeasurement: Record<string, unknown> }>(RECORD, { input: { indicatorId, value: 250 } });
      expect(result.recordMeasurement).toMatchObject({ version: 1, value: 250, date: today(), placeId: null });
    });

    it('records with place, source and note; updates and archives, audited', async () => {
      const indicatorId = await newIndicator(await newOutcome('Full readings'));
      const place = await makePlace(testApp.dataSource, 'Reading place');
      const made = await data<{ recordMeasurement: { id: string } }>(RECORD, {
        input: { indicatorId, value: 210.5, date: '2026-02-01', placeId: place, source: 'Food bank records', note: 'Half-term' },
      });
      const id = made.recordMeasurement.id;
      const updated = await data<{ updateMeasurement: Record<string, unknown> }>(UPDATE_MEASUREMENT, { input: { id, version: 1, value: 212 } });
      expect(updated.updateMeasurement).toMatchObject({ version: 2, value: 212, date: '2026-02-01' });
      const stale = await request(UPDATE_MEASUREMENT, { input: { id, version: 1, value: 1 } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
      await data(ARCHIVE_MEASUREMENT, { input: { id, version: 2 } });
      const view = await data<{ indicator: { measurements: unknown[]; latestMeasurement: unknown } }>(INDICATOR, { id: indicatorId });
      expect(view.indicator).toMatchObject({ measurements: [], latestMeasurement: null });
      await data(RESTORE_MEASUREMENT, { input: { id, version: 3 } });
      const back = await data<{ indicator: { latestMeasurement: unknown } }>(INDICATOR, { id: indicatorId });
      expect(back.indicator.latestMeasurement).toEqual({ value: 212, date: '2026-02-01' });
      expect(await auditActions(testApp.dataSource, id)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
    });

    it.each([
      [{ indicatorId: UNKNOWN_ID, value: 1 }, 'indicatorId', /no indicator/],
      [{ indicatorId: 'I', value: 1, placeId: UNKNOWN_ID }, 'placeId', /no place/],
      [{ indicatorId: 'I', value: 1, note: 'LONG' }, 'note', /at most 2000/],
    ])('refuses %j naming the field, writing nothing', async (raw, field, message) => {
      const indicatorId = await newIndicator(await newOutcome(`Bad reading ${field}`));
      const before = await tableCount(testApp.dataSource, 'measurement');
      const input = { ...raw, indicatorId: raw.indicatorId === 'I' ? indicatorId : raw.indicatorId, ...('note' in raw ? { note: 'n'.repeat(2001) } : {}) };
      const result = await request(RECORD, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
      expect(await tableCount(testApp.dataSource, 'measurement')).toBe(before);
    });

    it('answers NOT_FOUND when updating an unknown reading', async () => {
      const result = await request(UPDATE_MEASUREMENT, { input: { id: UNKNOWN_ID, version: 1, value: 3 } });
      expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('progress and status', () => {
    it('computes latest reading, progress, expected progress and status of an indicator', async () => {
      const indicatorId = await newIndicator(await newOutcome('Progress maths'));
      await reading(indicatorId, 300, '2026-07-02');
      await reading(indicatorId, 230, '2026-03-01');
      const view = await data<{ indicator: Record<string, unknown> }>(INDICATOR, { id: indicatorId, at: '2026-07-02' });
      expect(view.indicator['latestMeasurement']).toEqual({ value: 300, date: '2026-07-02' });
      expect(view.indicator['measurements']).toEqual([
        { value: 230, date: '2026-03-01' },
        { value: 300, date: '2026-07-02' },
      ]);
      expect(view.indicator['progress']).toEqual({ raw: 0.5, display: 0.5 });
      expect(view.indicator['expectedProgress']).toBeCloseTo(182 / 365);
      expect(view.indicator['status']).toBe('ON_TRACK');
    });

    it('keeps raw progress beyond the target and clamps the display', async () => {
      const indicatorId = await newIndicator(await newOutcome('Beyond target'));
      await reading(indicatorId, 500, '2026-06-01');
      const view = await data<{ indicator: Record<string, unknown> }>(INDICATOR, { id: indicatorId });
      expect(view.indicator).toMatchObject({ progress: { raw: 1.5, display: 1 }, status: 'ACHIEVED' });
    });

    it("gives an outcome the worst of its indicators' statuses, and filters by status in SQL alike", async () => {
      const onTrack = await newOutcome('Status on track');
      await reading(await newIndicator(onTrack), 300, '2026-07-02');
      await reading(await newIndicator(onTrack), 400, '2026-05-01'); // achieved
      const atRisk = await newOutcome('Status at risk');
      await reading(await newIndicator(atRisk), 300, '2026-07-02');
      await reading(await newIndicator(atRisk, { direction: 'DECREASE', baselineValue: 120, targetValue: 80 }), 104, '2026-07-02');
      const offTrack = await newOutcome('Status off track');
      await reading(await newIndicator(offTrack), 260, '2026-07-02');
      await newIndicator(offTrack); // no data
      const noData = await newOutcome('Status no data');
      await newIndicator(noData);
      const empty = await newOutcome('Status empty');
      const achieved = await newOutcome('Status achieved');
      const stale = await newIndicator(achieved);
      await reading(stale, 420, '2026-09-01');
      await reading(stale, 100, '2026-08-01'); // older reading: not the latest

      const expected: Record<string, string> = {
        [onTrack]: 'ON_TRACK',
        [atRisk]: 'AT_RISK',
        [offTrack]: 'OFF_TRACK',
        [noData]: 'NO_DATA',
        [empty]: 'NO_DATA',
        [achieved]: 'ACHIEVED',
      };
      const all = await data<{ outcomes: { nodes: { id: string; status: string }[] } }>(
        `{ outcomes(first: 50, filter: { title: { contains: "Status " } }) { nodes { id status } } }`,
        {},
      );
      expect(Object.fromEntries(all.outcomes.nodes.map((n) => [n.id, n.status]))).toEqual(expected);

      for (const status of ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA']) {
        const filtered = await data<{ outcomes: { nodes: { id: string }[] } }>(
          `query($status: OutcomeStatus!) { outcomes(first: 50, filter: { title: { contains: "Status " }, status: { eq: $status } }) { nodes { id } } }`,
          { status },
        );
        const want = Object.keys(expected).filter((id) => expected[id] === status).sort();
        expect(filtered.outcomes.nodes.map((n) => n.id).sort()).toEqual(want);
      }
      const dashboard = await data<{ outcomes: { totalCount: number } }>(
        `{ outcomes(filter: { title: { contains: "Status " }, status: { in: [AT_RISK, OFF_TRACK] } }) { totalCount } }`,
        {},
      );
      expect(dashboard.outcomes.totalCount).toBe(2);
    });

    it('resolves nested outcome fields through loaders, without a query per outcome', async () => {
      for (let i = 0; i < 4; i++) {
        const outcome = await newOutcome(`Batched ${i}`);
        const indicator = await newIndicator(outcome);
        await reading(indicator, 250 + i, '2026-04-01');
        await reading(indicator, 260 + i, '2026-05-01');
      }
      const query = `{ outcomes(filter: { title: { contains: "Batched" } }) { nodes {
        status contributors { name } stories { title }
        indicators { status progress { raw } latestMeasurement { value } measurements { value } }
      } } }`;
      const counter = countQueries(testApp.dataSource).start();
      const result = await data<{ outcomes: { nodes: unknown[] } }>(query, {});
      const statements = counter.stop();
      expect(result.outcomes.nodes).toHaveLength(4);
      // page + count, then one batch per loader, whatever the number of outcomes.
      expect(statements).toBeLessThanOrEqual(10);
    });
  });

  describe('stories', () => {
    it('refuses a story without consent, saying why, and writes nothing', async () => {
      const outcome = await newOutcome('Stories without consent');
      const before = await tableCount(testApp.dataSource, 'story');
      const result = await request(CREATE_STORY, { input: { outcomeId: outcome, title: 'My story', body: 'It helped.', consentGiven: false } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentGiven' });
      expect(result.errors?.[0].message).toMatch(/consent/);
      expect(await tableCount(testApp.dataSource, 'story')).toBe(before);
    });

    it('creates with consent (dated today by default), updates, refuses withdrawing consent by edit, archives', async () => {
      const outcome = await newOutcome('Stories with consent');
      const person = await makePerson(testApp.dataSource, 'Maya Okafor');
      const made = await data<{ createStory: Record<string, unknown> }>(CREATE_STORY, {
        input: { outcomeId: outcome, title: 'Warm at last', body: 'The draught-proofing changed our winter.', quote: 'We could use the front room again.', attribution: 'a parent in Saltmarsh', personId: person, consentGiven: true },
      });
      expect(made.createStory).toMatchObject({ version: 1, consentGiven: true, consentDate: today(), date: today(), personId: person });
      const id = made.createStory['id'] as string;
      const updated = await data<{ updateStory: Record<string, unknown> }>(UPDATE_STORY, { input: { id, version: 1, title: 'Warm at last, together' } });
      expect(updated.updateStory).toMatchObject({ version: 2, title: 'Warm at last, together' });
      const withdrawn = await request(UPDATE_STORY, { input: { id, version: 2, consentGiven: false } });
      expect(withdrawn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentGiven' });
      expect(withdrawn.errors?.[0].message).toMatch(/archive the story/);
      const stale = await request(UPDATE_STORY, { input: { id, version: 1, title: 'Old' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

      const shown = await data<{ outcome: { stories: { title: string }[] } }>(`query($id: ID!) { outcome(id: $id) { stories { title } } }`, { id: outcome });
      expect(shown.outcome.stories).toEqual([{ title: 'Warm at last, together' }]);
      await data(ARCHIVE_STORY, { input: { id, version: 2 } });
      const hidden = await data<{ outcome: { stories: unknown[] } }>(`query($id: ID!) { outcome(id: $id) { stories { title } } }`, { id: outcome });
      expect(hidden.outcome.stories).toEqual([]);
      const restored = await data<{ restoreStory: { archivedAt: string | null } }>(RESTORE_STORY, { input: { id, version: 3 } });
      expect(restored.restoreStory.archivedAt).toBeNull();
      expect(await auditActions(testApp.dataSource, id)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
    });

    it.each([
      [{ outcomeId: UNKNOWN_ID }, 'outcomeId', /no outcome/],
      [{ personId: UNKNOWN_ID }, 'personId', /no person/],
      [{ title: 'x' }, 'title', /between 2 and 200/],
    ])('refuses %j naming the field', async (bad, field, message) => {
      const outcome = await newOutcome(`Bad story ${field}`);
      const result = await request(CREATE_STORY, { input: { outcomeId: outcome, title: 'A story', body: 'Text', consentGiven: true, ...bad } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message).toMatch(message);
    });

    it('answers NOT_FOUND for an unknown story', async () => {
      const result = await request(`query($id: ID!) { story(id: $id) { id } }`, { id: UNKNOWN_ID });
      expect(result.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
