import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OutcomeDetailStore, OutcomeIndicator } from '@cg/web/data-access';
import {
  FormProblem,
  FormProblemNotice,
  applyFieldErrors,
  describeError,
  formatUkDate,
  fromIsoDate,
  provideUkDates,
  serverError,
  toIsoDate,
  todayInUk,
} from '@cg/web/ui';
import { formatIndicatorValue } from '../indicator-chart/indicator-series';

/** Today in the UK as a local Date, the form's default reading date. */
function today(): Date {
  return fromIsoDate(todayInUk()) ?? new Date();
}

/**
 * Records a reading of one indicator: the value, the day (today unless changed) and a note.
 * Once saved, the outcome is fetched again, so the chart shows the new point at once.
 */
@Component({
  selector: 'cg-record-measurement-form',
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
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './record-measurement-form.html',
  styleUrl: '../form.scss',
})
export class RecordMeasurementForm {
  private readonly store = inject(OutcomeDetailStore);

  readonly indicator = input.required<OutcomeIndicator>();

  protected readonly serverError = serverError;
  protected readonly form = new FormGroup({
    value: new FormControl<number | null>(null, Validators.required),
    date: new FormControl<Date | null>(today(), Validators.required),
    note: new FormControl<string | null>(null, Validators.maxLength(2000)),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  /** Said once saved, in a live region: "Reading of 55 people on 23/11/2026 recorded." */
  protected readonly confirmation = signal('');

  protected async submit(): Promise<void> {
    this.confirmation.set('');
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { value, date, note } = this.form.getRawValue();
    const isoDate = toIsoDate(date as Date);
    this.saving.set(true);
    this.problem.set(null);
    const result = await this.store.recordMeasurement({
      indicatorId: this.indicator().id,
      value: value as number,
      date: isoDate,
      note: note?.trim() || null,
    });
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      applyFieldErrors(this.form, problem);
      this.problem.set(problem);
      return;
    }
    this.confirmation.set(
      `Reading of ${formatIndicatorValue(value as number, this.indicator().unit)} on ${formatUkDate(isoDate)} recorded.`,
    );
    // resetForm, not reset: it also clears "submitted", so the emptied value is not shown as an error.
    this.formDirective().resetForm({ value: null, date: this.form.controls.date.value, note: null });
  }
}
