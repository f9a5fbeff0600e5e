import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@cg/web/data-access';
import { safeReturnUrl, SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  const signIn = jest.fn();

  beforeEach(() => {
    signIn.mockReset();
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([]), { provide: SessionStore, useValue: { signIn } }],
    });
  });

  const render = async () => {
    const fixture = TestBed.createComponent(SignInPage);
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
    return { fixture, page, type, submit };
  };

  it('says what is missing beside each field and does not call the server', async () => {
    const { page, submit } = await render();
    await submit();
    expect(page.textContent).toContain('Enter your email address.');
    expect(page.textContent).toContain('Enter your password.');
    expect(signIn).not.toHaveBeenCalled();
  });

  it("shows the server's reason when sign-in fails", async () => {
    signIn.mockResolvedValue({ ok: false, message: 'That email and password do not match an account.' });
    const { page, type, submit } = await render();
    type('input[type=email]', 'ceo@harrowby.example');
    type('input[type=password]', 'wrong');
    await submit();
    expect(signIn).toHaveBeenCalledWith('ceo@harrowby.example', 'wrong');
    expect(page.querySelector('[role=alert]')?.textContent).toContain('That email and password do not match an account.');
  });

  it('offers a way to reset a forgotten password', async () => {
    const { page } = await render();
    const link = Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Forgot your password?');
    expect(link?.getAttribute('href')).toBe('/reset-password');
  });

  it('goes to the home page after signing in', async () => {
    signIn.mockResolvedValue({ ok: true });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const { type, submit } = await render();
    type('input[type=email]', 'ceo@harrowby.example');
    type('input[type=password]', 'right');
    await submit();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});

describe('safeReturnUrl', () => {
  it('keeps paths inside the app and refuses other sites', () => {
    expect(safeReturnUrl('/partnerships?x=1')).toBe('/partnerships?x=1');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
