import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import {
  AuditAction,
  AuditActorNamesStore,
  AuditEntryRow,
  AuditLogState,
  AuditLogStore,
  OrganisationNamesStore,
  OrganisationRole,
  SessionStore,
  SessionUser,
} from '@cg/web/data-access';
import { AuditLogPage, toRow } from './audit-log-page';

const ceo: SessionUser = {
  id: 'u-ceo',
  email: 'ceo@example.org',
  name: 'Asha Patel',
  isInstanceAdmin: false,
  memberships: [{ organisationId: 'org-1', organisationName: 'Harrowby Trust', role: OrganisationRole.ORG_ADMIN }],
};
const coordinator: SessionUser = { ...ceo, memberships: [{ organisationId: 'org-1', organisationName: 'Harrowby Trust', role: OrganisationRole.COORDINATOR }] };

const entry = (overrides: Partial<AuditEntryRow> = {}): AuditEntryRow => ({
  id: '1',
  at: '2026-03-04T09:15:00Z',
  actorId: 'u-rhys',
  recordType: 'organisation',
  recordId: 'org-1',
  action: AuditAction.UPDATE,
  changes: [
    { field: 'website', before: '"https://old.example"', after: '"https://new.example"' },
    { field: 'name', before: '"Harrowby Trust"', after: '"Harrowby Community Trust"' },
  ],
  ...overrides,
});

describe('toRow', () => {
  it('names the record from its changed name, the actor from what the page knows, and the action in words', () => {
    const row = toRow(entry(), { 'u-rhys': 'Rhys Evans' }, { id: 'u-ceo', name: 'Asha Patel' });
    expect(row).toMatchObject({
      when: '04/03/2026 09:15',
      who: 'Rhys Evans',
      recordType: 'Organisation',
      record: 'Harrowby Community Trust',
      link: ['/organisations', 'org-1'],
      action: 'Changed',
    });
    expect(row.changes[0]).toEqual({ field: 'Website', before: 'https://old.example', after: 'https://new.example' });
  });

  it('says who it cannot name, and when nobody was signed in', () => {
    const me = { id: 'u-ceo', name: 'Asha Patel' };
    const measurement = entry({ recordType: 'measurement', recordId: 'abcdef12-3456', changes: [] });
    expect(toRow({ ...measurement, actorId: 'u-ceo' }, {}, me).who).toBe('Asha Patel (you)');
    expect(toRow({ ...measurement, actorId: '99887766-aaaa' }, {}, me).who).toBe('Another user (ref. 99887766)');
    expect(toRow({ ...measurement, actorId: null }, {}, me).who).toBe('System or import');
    expect(toRow(measurement, {}, me)).toMatchObject({ record: 'Measurement abcdef12', link: null });
  });

  it("names an organisation from the names the page has looked up when the change does not carry it", () => {
    const website = entry({ recordId: 'org-2', changes: [{ field: 'website', before: null, after: '"https://x.example"' }] });
    expect(toRow(website, {}, null, { 'org-2': 'Wyvernham Food Bank' }).record).toBe('Wyvernham Food Bank');
    expect(toRow(website, {}, null).record).toBe('Organisation org2');
  });
});

describe('AuditLogPage', () => {
  const render = async (user: SessionUser, state: AuditLogState) => {
    const store = { state: signal(state), load: jest.fn(), retry: jest.fn() };
    TestBed.configureTestingModule({
      imports: [AuditLogPage],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(user) } },
        { provide: OrganisationNamesStore, useValue: { names: signal({ 'org-2': 'Wyvernham Food Bank' }), want: jest.fn() } },
      ],
    });
    TestBed.overrideComponent(AuditLogPage, {
      add: {
        providers: [
          { provide: AuditLogStore, useValue: store },
          { provide: AuditActorNamesStore, useValue: { names: signal({ 'u-rhys': 'Rhys Evans' }), load: jest.fn() } },
        ],
      },
    });
    const fixture = TestBed.createComponent(AuditLogPage);
    await fixture.whenStable();
    return { fixture, store, page: fixture.nativeElement as HTMLElement, harnesses: TestbedHarnessEnvironment.loader(fixture) };
  };

  const readyPage = (nodes: AuditEntryRow[]): AuditLogState => ({
    status: 'ready',
    page: {
      totalCount: nodes.length,
      pageInfo: { startCursor: 'a', endCursor: 'b', hasNextPage: false, hasPreviousPage: false },
      nodes,
    },
  });

  it('explains to a coordinator that Admin is for administrators', async () => {
    const { page, store } = await render(coordinator, { status: 'loading' });
    expect(page.querySelector('[data-testid="not-admin"]')).not.toBeNull();
    expect(store.load).not.toHaveBeenCalled();
  });

  it('lists changes and shows each field before and after on request', async () => {
    const { page, fixture } = await render(ceo, readyPage([entry()]));
    expect(page.querySelector('[data-testid="audit-summary"]')?.textContent).toContain('Showing 1–1 of 1 change');
    const toggle = (page.querySelector('button.toggle') as HTMLButtonElement);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(page.querySelector('[data-testid="audit-changes"]')).toBeNull();
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const changes = (page.querySelector('[data-testid="audit-changes"]') as HTMLElement);
    expect(changes.textContent).toContain('Website');
    expect(changes.textContent).toContain('https://old.example');
    expect(changes.textContent).toContain('https://new.example');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(changes.parentElement);
  });

  it('says so plainly when nothing has changed yet', async () => {
    const { page } = await render(ceo, readyPage([]));
    expect(page.textContent).toContain('Nobody has changed your organisation’s records yet.');
  });

  it('puts the chosen action into the URL, starting from the first page', async () => {
    const { harnesses } = await render(ceo, readyPage([entry()]));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const action = await harnesses.getHarness(MatSelectHarness.with({ selector: '[data-testid="action-filter"]' }));
    await action.open();
    await action.clickOptions({ text: 'Archived' });
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { action: 'ARCHIVE' } }));
  });
});
