import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild, AfterViewInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { OrganisationEditor, OrganisationType, SessionStore, whyReadOnly } from '@cg/web/data-access';
import { FormProblem, FormProblemNotice, applyFieldErrors, describeError, serverError } from '@cg/web/ui';
import { TYPE_OPTIONS } from '../labels';
import { identifierMessage, toCreateOrganisationInput } from '../organisation-form/organisation-fields';

const WEBSITE = /^(https?:\/\/)?[^\s.]+\.[^\s]+$/i;

/** "New organisation": the few details needed to start a record; the profile opens once it is saved. */
@Component({
  selector: 'cg-organisation-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormProblemNotice, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, RouterLink],
  templateUrl: './organisation-create-page.html',
  styleUrl: './organisation-create-page.scss',
})
export class OrganisationCreatePage implements AfterViewInit {
  private readonly editor = inject(OrganisationEditor);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly typeOptions = TYPE_OPTIONS;
  protected readonly serverError = serverError;
  /** Why this user may not add organisations; null when they may. */
  protected readonly readOnlyReason = computed(() => whyReadOnly(this.session.user()));

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    type: new FormControl<OrganisationType | null>(null, Validators.required),
    postcode: new FormControl<string | null>(null, Validators.maxLength(10)),
    website: new FormControl<string | null>(null, Validators.pattern(WEBSITE)),
    identifiers: new FormControl<string | null>(null),
  });

  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private readonly firstField = viewChild<ElementRef<HTMLInputElement>>('firstField');

  ngAfterViewInit(): void {
    this.firstField()?.nativeElement.focus();
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.problem.set(null);
      queueMicrotask(() =>
        this.firstField()
          ?.nativeElement.closest('form')
          ?.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid')
          ?.focus(),
      );
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    const result = await this.editor.create(toCreateOrganisationInput(this.form.getRawValue()));
    this.saving.set(false);
    if (result.ok) {
      await this.router.navigate(['/organisations', result.value.id]);
      return;
    }
    const problem = describeError(result.error);
    const identifiers = identifierMessage(problem.fieldErrors, problem.code);
    const fieldErrors: Record<string, string> = { ...problem.fieldErrors, ...(identifiers ? { identifiers } : {}) };
    delete fieldErrors['identifier'];
    const shown = { ...problem, fieldErrors, message: identifiers ? 'Check the message next to the identifier.' : problem.message };
    this.problem.set(shown);
    applyFieldErrors(this.form, shown);
    if (identifiers) queueMicrotask(() => document.querySelector<HTMLElement>('[data-testid="new-org-identifiers"]')?.focus());
  }
}
