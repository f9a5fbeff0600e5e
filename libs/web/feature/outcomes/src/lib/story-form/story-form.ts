import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OutcomeDetailStore, OutcomeStory } from '@cg/web/data-access';
import {
  FormProblem,
  FormProblemNotice,
  applyFieldErrors,
  describeError,
  fromIsoDate,
  provideUkDates,
  serverError,
  toIsoDate,
  todayInUk,
} from '@cg/web/ui';

/**
 * Adds a story (narrative evidence, with an optional quote) to an outcome, or, given `story`,
 * changes one (a stale version offers "Reload" or "Keep mine"). Stories are published
 * only with the teller's consent, so the form asks for it and when it was given.
 */
@Component({
  selector: 'cg-story-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormProblemNotice,
    MatButton,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './story-form.html',
  styleUrl: '../form.scss',
})
export class StoryForm {
  private readonly store = inject(OutcomeDetailStore);

  readonly outcomeId = input.required<string>();
  /** The story to change; leave out to add one. */
  readonly story = input<OutcomeStory | null>(null);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly serverError = serverError;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10000)] }),
    quote: new FormControl<string | null>(null, Validators.maxLength(2000)),
    attribution: new FormControl<string | null>(null, Validators.maxLength(200)),
    consentGiven: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
    consentDate: new FormControl<Date | null>(fromIsoDate(todayInUk()), Validators.required),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private reloading = false;

  constructor() {
    effect(() => {
      const story = this.story();
      if (story && (this.form.pristine || this.reloading)) {
        this.reloading = false;
        this.form.reset({
          title: story.title,
          body: story.body,
          quote: story.quote ?? null,
          attribution: story.attribution ?? null,
          consentGiven: story.consentGiven,
          consentDate: fromIsoDate((story.consentDate as string | null) ?? null) ?? fromIsoDate(todayInUk()),
        });
      }
    });
  }

  protected async keepMine(): Promise<void> {
    const version = this.problem()?.currentVersion;
    if (version != null) await this.save(version);
  }

  protected reload(): void {
    this.reloading = true;
    this.problem.set(null);
    this.form.markAsPristine();
    this.store.retry();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    await this.save(this.story()?.version ?? null);
  }

  private async save(version: number | null): Promise<void> {
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    const fields = {
      title: value.title.trim(),
      body: value.body.trim(),
      quote: value.quote?.trim() || null,
      attribution: value.attribution?.trim() || null,
      consentGiven: value.consentGiven,
      consentDate: value.consentDate ? toIsoDate(value.consentDate) : null,
    };
    const story = this.story();
    const result =
      story && version !== null
        ? await this.store.updateStory({ id: story.id, version, ...fields })
        : await this.store.addStory({ outcomeId: this.outcomeId(), ...fields });
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      applyFieldErrors(this.form, problem);
      this.problem.set(problem);
      return;
    }
    this.saved.emit(value.title.trim());
    if (story) this.form.markAsPristine();
    else this.formDirective().resetForm({ consentDate: this.form.controls.consentDate.value });
  }
}
