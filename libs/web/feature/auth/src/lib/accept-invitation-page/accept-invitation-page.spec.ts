import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AccountStore } from '@cg/web/data-access';
import { AcceptInvitationPage } from './accept-invitation-page';

const TOKEN = 'a'.repeat(43);

describe('AcceptInvitationPage', () => {
  const acceptInvitation = jest.fn();

  beforeEach(() => {
    acceptInvitation.mockReset();
    TestBed.configureTestingModule({
      imports: [AcceptInvitationPage],
      providers: [provideRouter([]), { provide: AccountStore, useValue: { acceptInvitation } }],
    });
  });

  const render = async (token = TOKEN) => {
    const fixture = TestBed.createComponent(AcceptInvitationPage);
    fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    const passwords = () => page.querySelectorAll<HTMLInputElement>('input[type=password]');
    return { fixture, page, type, submit, passwords };
  };

  it('explains a link without its code instead of showing a form', async () => {
    const { page } = await render('');
    expect(page.querySelector('[data-testid="missing-token"]')?.textContent).toContain('missing its invitation code');
    expect(page.querySelector('form')).toBeNull();
  });

  it('asks a new person for a name and a long enough password, typed twice alike', async () => {
    const { page, type, submit, passwords } = await render();
    await submit();
    expect(page.textContent).toContain('Enter your name.');
    expect(page.textContent).toContain('Choose a password.');
    type('input[autocomplete=name]', 'Priya Shah');
    passwords()[0].value = 'short';
    passwords()[0].dispatchEvent(new Event('input'));
    passwords()[1].value = 'different';
    passwords()[1].dispatchEvent(new Event('input'));
    await submit();
    expect(page.textContent).toContain('Use at least 12 characters.');
    expect(page.textContent).toContain('The two passwords are different.');
    expect(acceptInvitation).not.toHaveBeenCalled();
  });

  it('joins and goes to the home page, signed in', async () => {
    acceptInvitation.mockResolvedValue({ ok: true });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const { type, submit, passwords } = await render();
    type('input[autocomplete=name]', ' Priya Shah ');
    for (const input of Array.from(passwords())) {
      input.value = 'correct horse battery';
      input.dispatchEvent(new Event('input'));
    }
    await submit();
    expect(acceptInvitation).toHaveBeenCalledWith(TOKEN, 'Priya Shah', 'correct horse battery');
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it("switches to the existing account's password when the email already has an account", async () => {
    acceptInvitation.mockResolvedValue({
      ok: false,
      error: { errors: [{ message: 'You already have an account: enter its password to accept.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    const { page, type, submit, passwords } = await render();
    type('input[autocomplete=name]', 'Priya Shah');
    for (const input of Array.from(passwords())) {
      input.value = 'correct horse battery';
      input.dispatchEvent(new Event('input'));
    }
    await submit();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('You already have an account: enter its password to accept.');
    expect(page.querySelector('input[autocomplete=name]')).toBeNull();
    expect(passwords()).toHaveLength(1);
    expect(passwords()[0].getAttribute('autocomplete')).toBe('current-password');
  });

  it('says plainly when the invitation has expired or been used', async () => {
    const message = 'This invitation has expired or has already been accepted. Ask for a new one.';
    acceptInvitation.mockResolvedValue({
      ok: false,
      error: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] },
    });
    const { page, type, submit, passwords } = await render();
    type('input[autocomplete=name]', 'Priya Shah');
    for (const input of Array.from(passwords())) {
      input.value = 'correct horse battery';
      input.dispatchEvent(new Event('input'));
    }
    await submit();
    expect(page.querySelector('[role=alert]')?.textContent).toContain(message);
  });
});
