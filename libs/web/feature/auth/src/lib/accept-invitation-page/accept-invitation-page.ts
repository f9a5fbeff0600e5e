import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { AccountStore } from '@cg/web/data-access';
import { FormProblem, FormProblemNotice, applyFieldErrors, describeError, errorCodeOf, serverError } from '@cg/web/ui';
import { MIN_PASSWORD_LENGTH, passwordsMatch, serverSentence } from '../password-rules';

export type AccountChoice = 'new' | 'existing';

/**
 * Where an invitation email's link lands (/invitations/accept?token=…): a new person sets
 * their name and a password; someone with an account already enters its password. Either
 * way they join the organisation with the role they were invited to and are signed in.
 */
@Component({
  selector: 'cg-accept-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormProblemNotice,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './accept-invitation-page.html',
  styleUrl: '../auth-page.scss',
})
export class AcceptInvitationPage {
  private readonly account = inject(AccountStore);
  private readonly router = inject(Router);

  /** From the link's query string, bound by the router. */
  readonly token = input<string>();
  protected readonly hasToken = computed(() => (this.token() ?? '').trim().length > 0);

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly choice = signal<AccountChoice>('new');
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
      password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      repeat: ['', Validators.required],
    },
    { validators: passwordsMatch('password', 'repeat') },
  );
  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly serverError = serverError;

  protected choose(choice: AccountChoice): void {
    this.choice.set(choice);
    this.problem.set(null);
    const { name, password, repeat } = this.form.controls;
    // An existing account joins with its own password: no name, no new password rules.
    for (const control of [name, repeat]) {
      if (choice === 'new') control.enable();
      else control.disable();
    }
    password.setValidators(
      choice === 'new' ? [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)] : Validators.required,
    );
    password.updateValueAndValidity();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || !this.hasToken()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    const { name, password } = this.form.getRawValue();
    const result = await this.account.acceptInvitation(
      this.token() ?? '',
      this.choice() === 'new' ? name.trim() : null,
      password,
    );
    this.submitting.set(false);
    if (result.ok) {
      await this.router.navigateByUrl('/');
      return;
    }
    const problem = describeError(result.error);
    if (errorCodeOf(result.error) === 'UNAUTHENTICATED') {
      // "You already have an account: enter its password to accept."
      this.choose('existing');
      this.form.controls.password.reset('');
      this.problem.set({ ...problem, message: serverSentence(result.error) ?? problem.message });
      return;
    }
    const unplaced = applyFieldErrors(this.form, problem);
    // The token is not a field here: an expired or used link is said at the top, in the API's words.
    this.problem.set(
      unplaced.includes('token') ? { ...problem, message: problem.fieldErrors['token'] ?? problem.message } : problem,
    );
  }
}
