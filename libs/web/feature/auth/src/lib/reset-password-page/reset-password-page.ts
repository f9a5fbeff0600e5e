import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AccountStore } from '@cg/web/data-access';
import { FormProblem, FormProblemNotice, applyFieldErrors, describeError, serverError } from '@cg/web/ui';
import { MIN_PASSWORD_LENGTH, passwordsMatch } from '../password-rules';

/**
 * "Forgot your password?": without a token, asks for the email address to send a reset link
 * to; with the link's token (/reset-password?token=…), sets the new password.
 */
@Component({
  selector: 'cg-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormProblemNotice, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, RouterLink],
  templateUrl: './reset-password-page.html',
  styleUrl: '../auth-page.scss',
})
export class ResetPasswordPage {
  private readonly account = inject(AccountStore);
  private readonly fb = inject(FormBuilder).nonNullable;

  /** From the emailed link's query string, bound by the router. */
  readonly token = input<string>();
  protected readonly hasToken = computed(() => (this.token() ?? '').trim().length > 0);
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly serverError = serverError;

  protected readonly requestForm = this.fb.group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly resetForm = this.fb.group(
    {
      password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      repeat: ['', Validators.required],
    },
    { validators: passwordsMatch('password', 'repeat') },
  );

  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  /** The address a link was asked for, once asked. */
  protected readonly requestedFor = signal<string | null>(null);
  protected readonly passwordChanged = signal(false);

  protected async requestLink(formDirective: FormGroupDirective): Promise<void> {
    if (this.requestForm.invalid) {
      this.requestForm.markAllAsTouched();
      return;
    }
    const email = this.requestForm.getRawValue().email.trim();
    this.submitting.set(true);
    this.problem.set(null);
    const result = await this.account.requestPasswordReset(email);
    this.submitting.set(false);
    if (result.ok) {
      this.requestedFor.set(email);
      formDirective.resetForm({ email: '' });
    } else {
      this.problem.set(describeError(result.error));
    }
  }

  protected async setPassword(): Promise<void> {
    if (this.resetForm.invalid || !this.hasToken()) {
      this.resetForm.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    const result = await this.account.resetPassword(this.token() ?? '', this.resetForm.getRawValue().password);
    this.submitting.set(false);
    if (result.ok) {
      this.passwordChanged.set(true);
      return;
    }
    const problem = describeError(result.error);
    const unplaced = applyFieldErrors(this.resetForm, problem, { newPassword: 'password' });
    // An expired or used link is not a field here: say it at the top, in the API's words.
    this.problem.set(
      unplaced.includes('token') ? { ...problem, message: problem.fieldErrors['token'] ?? problem.message } : problem,
    );
  }
}
