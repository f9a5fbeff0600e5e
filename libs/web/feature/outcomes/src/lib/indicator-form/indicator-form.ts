import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { IndicatorDirection, OutcomeDetailStore, OutcomeIndicator } from '@cg/web/data-access';
import { FormProblem, FormProblemNotice, applyFieldErrors, describeError, provideUkDates, serverError } from '@cg/web/ui';
import { DIRECTION_LABELS } from '../labels';
import { IndicatorFormValue, emptyIndicatorForm, targetAfterBaseline, toCreateIndicatorInput, toIndicatorFormValue, toUpdateIndicatorInput } from './indicator-fields';

/**
 * Adds an indicator to an outcome, or changes one: name, unit, which direction is better,
 * baseline and target (the target date after the baseline date) and where the figures come from.
 */
@Component({
  selector: 'cg-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormProblemNotice,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './indicator-form.html',
  styleUrl: '../form.scss',
})
export class IndicatorForm {
  private readonly store = inject(OutcomeDetailStore);

  readonly outcomeId = input.required<string>();
  /** The indicator to change; leave out to add one. */
  readonly indicator = input<OutcomeIndicator | null>(null);
  /** The indicator's name, once saved. */
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly directions = [IndicatorDirection.INCREASE, IndicatorDirection.DECREASE];
  protected readonly directionLabels = DIRECTION_LABELS;
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup(
    {
      name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      unit: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(50)] }),
      direction: new FormControl<IndicatorDirection>(IndicatorDirection.INCREASE, { nonNullable: true }),
      baselineValue: new FormControl<number | null>(null),
      baselineDate: new FormControl<Date | null>(null),
      targetValue: new FormControl<number | null>(null),
      targetDate: new FormControl<Date | null>(null),
      source: new FormControl<string | null>(null, Validators.maxLength(500)),
    },
    { validators: targetAfterBaseline },
  );
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private reloading = false;

  constructor() {
    effect(() => {
      const indicator = this.indicator();
      if (this.form.pristine || this.reloading) {
        this.reloading = false;
        this.form.reset(indicator ? toIndicatorFormValue(indicator) : emptyIndicatorForm());
      }
    });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    this.form.updateValueAndValidity();
    if (this.form.invalid) return;
    await this.save(this.indicator()?.version ?? null);
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

  private async save(version: number | null): Promise<void> {
    if (this.saving()) return;
    const value = this.form.getRawValue() as IndicatorFormValue;
    const indicator = this.indicator();
    this.saving.set(true);
    this.problem.set(null);
    const result =
      indicator && version !== null
        ? await this.store.updateIndicator(toUpdateIndicatorInput(indicator.id, version, value))
        : await this.store.addIndicator(toCreateIndicatorInput(this.outcomeId(), value));
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      applyFieldErrors(this.form, problem);
      this.problem.set(problem);
      return;
    }
    this.form.markAsPristine();
    this.saved.emit(value.name.trim());
  }
}
