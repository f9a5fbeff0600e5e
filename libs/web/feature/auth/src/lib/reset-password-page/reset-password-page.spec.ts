import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AccountStore } from '@cg/web/data-access';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  const requestPasswordReset = jest.fn();
  const resetPassword = jest.fn();

  beforeEach(() => {
    requestPasswordReset.mockReset();
    resetPassword.mockReset();
    TestBed.configureTestingModule({
      imports: [ResetPasswordPage],
      providers: [provideRouter([]), { provide: AccountStore, useValue: { requestPasswordReset, resetPassword } }],
    });
  });

  const render = async (token?: string) => {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    if (token) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const fill = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { page, fill, submit };
  };

  it('without a link, sends a reset link and says so without revealing whether the account exists', async () => {
    requestPasswordReset.mockResolvedValue({ ok: true });
    const { page, fill, submit } = await render();
    expect(page.querySelector('h1')?.textContent).toBe('Forgot your password?');
    await submit();
    expect(page.textContent).toContain('Enter your email address.');
    fill(page.querySelector<HTMLInputElement>('input[type=email]')!, 'ceo@example.org ');
    await submit();
    expect(requestPasswordReset).toHaveBeenCalledWith('ceo@example.org');
    expect(page.querySelector('[data-testid="reset-requested"]')?.textContent).toContain(
      'If ceo@example.org has a Common Ground account, we have emailed it a link',
    );
  });

  it('with a link, sets a new password typed twice alike', async () => {
    resetPassword.mockResolvedValue({ ok: true });
    const { page, fill, submit } = await render('t'.repeat(43));
    expect(page.querySelector('h1')?.textContent).toBe('Choose a new password');
    const [first, second] = Array.from(page.querySelectorAll<HTMLInputElement>('input[type=password]'));
    fill(first, 'a long new password');
    fill(second, 'a long new passwort');
    await submit();
    expect(page.textContent).toContain('The two passwords are different.');
    expect(resetPassword).not.toHaveBeenCalled();
    fill(second, 'a long new password');
    await submit();
    expect(resetPassword).toHaveBeenCalledWith('t'.repeat(43), 'a long new password');
    expect(page.querySelector('[data-testid="password-changed"]')?.textContent).toContain('Your new password is set.');
  });

  it('says plainly when the link has expired', async () => {
    const message = 'This reset link has expired or has already been used. Ask for a new one.';
    resetPassword.mockResolvedValue({ ok: false, error: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] } });
    const { page, fill, submit } = await render('t'.repeat(43));
    for (const input of Array.from(page.querySelectorAll<HTMLInputElement>('input[type=password]'))) fill(input, 'a long new password');
    await submit();
    expect(page.querySelector('[role=alert]')?.textContent).toContain(message);
  });
});
