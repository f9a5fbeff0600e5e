import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { OrganisationNamesStore, OrganisationRole, PersonEditor, SessionStore, SessionUser } from '@cg/web/data-access';
import { PersonForm } from './person-form';

const ceo: SessionUser = {
  id: 'u1',
  email: 'ceo@example.org',
  name: 'Asha Patel',
  isInstanceAdmin: false,
  memberships: [
    { organisationId: 'trust', organisationName: 'Fenwick Refugee Trust', role: OrganisationRole.ORG_ADMIN },
  ],
};

/** An error as Apollo Client 4 throws it for a GraphQL error response. */
function apolloError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), {
    name: 'CombinedGraphQLErrors',
    errors: [{ message, extensions: { code, ...extensions } }],
  });
}

async function render(editor: Partial<PersonEditor>) {
  TestBed.configureTestingModule({
    providers: [
      { provide: PersonEditor, useValue: editor },
      { provide: SessionStore, useValue: { user: signal(ceo) } },
      { provide: OrganisationNamesStore, useValue: { names: signal({}), want: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(PersonForm);
  fixture.componentRef.setInput('organisation', { id: 'trust', name: 'Fenwick Refugee Trust' });
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = (testId: string, value: string) => {
    const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`No ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="person-save"]')?.click();
    await fixture.whenStable();
  };
  return { fixture, element, type, submit };
}

describe('PersonForm', () => {
  it('holds a new person at the organisation they are added from, and asks for their role there', async () => {
    const { element } = await render({});
    expect(element.querySelector('[data-testid="person-owner-fixed"]')?.textContent).toContain('Fenwick Refugee Trust');
    expect(element.textContent).toContain('Their role at Fenwick Refugee Trust');
  });

  it('asks for a lawful basis next to the field once consent details are given, and saves nothing', async () => {
    const create = jest.fn();
    const { element, type, submit } = await render({ create });
    type('person-name', 'Amira Haddad');
    type('person-consent-purpose', 'Invitations to the residents’ panel');
    await submit();
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Choose the lawful basis for holding their details',
    );
    expect(create).not.toHaveBeenCalled();
  });

  it('says a refusal from the server in plain words', async () => {
    const create = jest
      .fn()
      .mockResolvedValue({
        ok: false,
        error: apolloError('FORBIDDEN', 'Your role does not allow you to change this person.'),
      });
    const { element, type, submit } = await render({ create });
    type('person-name', 'Amira Haddad');
    await submit();
    const problem = element.querySelector('[data-testid="form-problem"]');
    expect(problem?.textContent).toContain('Not allowed');
    expect(problem?.textContent).toContain('You do not have permission to do this.');
  });

  it('puts the API’s own field message next to its field', async () => {
    const create = jest.fn().mockResolvedValue({
      ok: false,
      error: apolloError(
        'BAD_USER_INPUT',
        'consentDate is required when the lawful basis is CONSENT: record the day consent was given.',
        { field: 'consentDate' },
      ),
    });
    const { element, type, submit } = await render({ create });
    type('person-name', 'Amira Haddad');
    await submit();
    expect(element.querySelector('[data-testid="form-problem"]')?.textContent).toContain('Check your answers');
    expect(element.querySelector('mat-error')?.textContent).toContain('record the day consent was given');
  });

  it('adds their role at the organisation after saving them, and says so if that failed', async () => {
    const person = { id: 'p1', fullName: 'Amira Haddad', affiliations: [] };
    const create = jest.fn().mockResolvedValue({ ok: true, value: person });
    const addAffiliation = jest.fn().mockResolvedValue({ ok: false, error: apolloError('FORBIDDEN', 'No.') });
    const { fixture, type, submit } = await render({ create, addAffiliation });
    const saved = jest.fn();
    fixture.componentInstance.saved.subscribe(saved);
    type('person-name', 'Amira Haddad');
    type('person-role-title', 'Volunteer coordinator');
    await submit();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ fullName: 'Amira Haddad', ownerOrganisationId: 'trust', visibility: 'PRIVATE' }),
    );
    expect(addAffiliation).toHaveBeenCalledWith(
      expect.objectContaining({
        personId: 'p1',
        organisationId: 'trust',
        title: 'Volunteer coordinator',
        isPrimary: true,
      }),
    );
    expect(saved).toHaveBeenCalledWith({
      person,
      affiliationProblem: expect.stringMatching(/^You do not have permission/),
    });
  });
});
