import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import {
  OrganisationAccessState,
  OrganisationAccessStore,
  OrganisationNamesStore,
  OrganisationRole,
  OrganisationSearchStore,
  SessionStore,
  SessionUser,
} from '@cg/web/data-access';
import { of } from 'rxjs';
import { AdminUsersPage } from './admin-users-page';

const LAST_ADMIN = 'An organisation needs at least one administrator: make someone else an administrator first.';
const lastAdminError = { errors: [{ message: LAST_ADMIN, extensions: { code: 'BAD_USER_INPUT', field: 'userId' } }] };

const ceo: SessionUser = {
  id: 'u-ceo',
  email: 'ceo@example.org',
  name: 'Asha Patel',
  isInstanceAdmin: false,
  memberships: [{ organisationId: 'org-1', organisationName: 'Harrowby Trust', role: OrganisationRole.ORG_ADMIN }],
};
const viewer: SessionUser = { ...ceo, id: 'u-viewer', name: 'Mei Chen', memberships: [{ organisationId: 'org-1', organisationName: 'Harrowby Trust', role: OrganisationRole.VIEWER }] };

const ready: OrganisationAccessState = {
  status: 'ready',
  users: [
    { userId: 'u-ceo', name: 'Asha Patel', email: 'ceo@example.org', role: OrganisationRole.ORG_ADMIN, since: '2026-01-05T10:00:00Z' },
    { userId: 'u-viewer', name: 'Mei Chen', email: 'viewer@example.org', role: OrganisationRole.VIEWER, since: '2026-02-10T10:00:00Z' },
  ],
  invitations: [
    { id: 'i1', email: 'pending@example.org', role: OrganisationRole.COORDINATOR, invitedBy: 'Asha Patel', expiresAt: '2026-03-08T10:00:00Z' },
  ],
};

describe('AdminUsersPage', () => {
  let store: {
    state: ReturnType<typeof signal<OrganisationAccessState>>;
    load: jest.Mock;
    retry: jest.Mock;
    invite: jest.Mock;
    changeRole: jest.Mock;
    removeMember: jest.Mock;
    withdrawInvitation: jest.Mock;
  };
  let dialogAnswer: boolean;

  const render = async (user: SessionUser) => {
    store = {
      state: signal<OrganisationAccessState>(ready),
      load: jest.fn(),
      retry: jest.fn(),
      invite: jest.fn(),
      changeRole: jest.fn(),
      removeMember: jest.fn(),
      withdrawInvitation: jest.fn(),
    };
    TestBed.configureTestingModule({
      imports: [AdminUsersPage],
      providers: [
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(user), refresh: jest.fn() } },
        { provide: OrganisationNamesStore, useValue: { names: signal({ 'org-1': 'Harrowby Trust' }), want: jest.fn() } },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(dialogAnswer) }) } },
      ],
    });
    TestBed.overrideComponent(AdminUsersPage, {
      set: {
        providers: [
          { provide: OrganisationAccessStore, useValue: store },
          { provide: OrganisationSearchStore, useValue: { results: signal({ searching: false, options: [] }), search: jest.fn() } },
        ],
      },
    });
    const fixture = TestBed.createComponent(AdminUsersPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const harnesses = TestbedHarnessEnvironment.loader(fixture);
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, page, harnesses, settle };
  };

  it('explains to a viewer that Admin is for administrators, and loads nothing', async () => {
    const { page } = await render(viewer);
    expect(page.querySelector('[data-testid="not-admin"]')?.textContent).toContain(
      'Only organisation administrators can manage users',
    );
    expect(page.querySelector('[data-testid="users-cards"], [data-testid="users-table"]')).toBeNull();
    expect(store.load).not.toHaveBeenCalledWith('org-1');
  });

  it("shows an administrator their organisation's users and pending invitations", async () => {
    const { page } = await render(ceo);
    expect(store.load).toHaveBeenCalledWith('org-1');
    expect(page.querySelector('[data-testid="admin-organisation"]')?.textContent).toContain('Harrowby Trust');
    expect(page.textContent).toContain('Mei Chen');
    expect(page.textContent).toContain('(you)');
    expect(page.querySelector('[data-testid="invitations"]')?.textContent).toContain('pending@example.org');
    expect(page.querySelector('[data-testid="invitations"]')?.textContent).toContain('08/03/2026 10:00');
  });

  it("says in plain words why the last administrator's role was not changed, and puts the select back", async () => {
    const { page, harnesses, settle } = await render(ceo);
    store.changeRole.mockResolvedValue({ ok: false, error: lastAdminError });
    const select = await harnesses.getHarness(MatSelectHarness.with({ selector: '[data-testid="role-ceo@example.org"]' }));
    await select.open();
    await select.clickOptions({ text: 'Viewer' });
    await settle();
    expect(store.changeRole).toHaveBeenCalledWith('org-1', 'u-ceo', OrganisationRole.VIEWER);
    const alert = page.querySelector('[role="alert"][data-testid="admin-notice"]');
    expect(alert?.textContent).toContain(`Asha Patel’s role was not changed. ${LAST_ADMIN}`);
    expect(await select.getValueText()).toBe('Administrator');
  });

  it('confirms a changed role', async () => {
    const { page, harnesses, settle } = await render(ceo);
    store.changeRole.mockResolvedValue({ ok: true, value: true });
    const select = await harnesses.getHarness(MatSelectHarness.with({ selector: '[data-testid="role-viewer@example.org"]' }));
    await select.open();
    await select.clickOptions({ text: 'Coordinator' });
    await settle();
    expect(store.changeRole).toHaveBeenCalledWith('org-1', 'u-viewer', OrganisationRole.COORDINATOR);
    expect(page.querySelector('[role="status"][data-testid="admin-notice"]')?.textContent).toContain('Mei Chen is now a coordinator.');
  });

  it('removes a user only after confirmation', async () => {
    const { page, settle } = await render(ceo);
    const removeMei = () => (page.querySelector('button[aria-label="Remove Mei Chen"]') as HTMLButtonElement);
    dialogAnswer = false;
    removeMei().click();
    await settle();
    expect(store.removeMember).not.toHaveBeenCalled();

    dialogAnswer = true;
    store.removeMember.mockResolvedValue({ ok: true, value: true });
    removeMei().click();
    await settle();
    expect(store.removeMember).toHaveBeenCalledWith('org-1', 'u-viewer');
    expect(page.textContent).toContain('Mei Chen has been removed from Harrowby Trust.');
  });

  it('checks the invitation form beside each field before sending anything', async () => {
    const { page, settle } = await render(ceo);
    const form = (page.querySelector('[data-testid="invite-form"]') as HTMLFormElement);
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(form.textContent).toContain('Enter the email address to send the invitation to.');
    expect(form.textContent).toContain('Choose the role they will have.');
    expect(store.invite).not.toHaveBeenCalled();

    const email = (form.querySelector('input[type=email]') as HTMLInputElement);
    email.value = 'viewer@example.org';
    email.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(form.textContent).toContain('Mei Chen already uses this address here.');
  });

  it('says the invitation was emailed, and to whom', async () => {
    const { page, harnesses, settle } = await render(ceo);
    store.invite.mockResolvedValue({
      ok: true,
      value: { id: 'i2', email: 'new.person@example.org', role: OrganisationRole.COORDINATOR, expiresAt: '2026-03-08T10:00:00Z', organisationId: 'org-1' },
    });
    const form = (page.querySelector('[data-testid="invite-form"]') as HTMLFormElement);
    const email = (form.querySelector('input[type=email]') as HTMLInputElement);
    email.value = 'new.person@example.org';
    email.dispatchEvent(new Event('input'));
    const role = await harnesses.getHarness(MatSelectHarness.with({ selector: '[data-testid="invite-role"]' }));
    await role.open();
    await role.clickOptions({ text: 'Coordinator' });
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(store.invite).toHaveBeenCalledWith('org-1', 'new.person@example.org', OrganisationRole.COORDINATOR);
    expect(page.querySelector('[data-testid="invite-sent"]')?.textContent).toContain(
      'We have emailed an invitation to new.person@example.org to join Harrowby Trust as a coordinator.',
    );
    expect(email.value).toBe('');
  });
});
