import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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
} from '@cg/web/ui';
import { formatIndicatorValue } from '../indicator-chart/indicator-series';

export type OutcomeMeasurement = OutcomeIndicator['measurements'][number];

/** Corrects one reading of an indicator: its value, day, note and source. */
@Component({
  selector: 'cg-measurement-form',
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
  template: `
    <form class="inline-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="saving()" data-testid="measurement-form">
      <cg-form-problem [problem]="problem()" what="reading" [busy]="saving()" (reload)="reload()" (keepMine)="keepMine()" />
      <div class="fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Value ({{ indicator().unit }})</mat-label>
          <input matInput type="number" inputmode="decimal" step="any" formControlName="value" data-testid="correct-value" />
          @if (form.controls.value.hasError('required')) {
            <mat-error>Enter the value measured.</mat-error>
          } @else if (serverError(form.controls.value); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Date of reading</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="date" placeholder="dd/mm/yyyy" data-testid="correct-date" />
          <mat-datepicker-toggle matIconSuffix [for]="picker"
            ><span class="cg-visually-hidden">Choose the date of the reading</span></mat-datepicker-toggle
          >
          <mat-datepicker #picker />
          <mat-hint>For example, 01/10/2026</mat-hint>
          @if (form.controls.date.hasError('matDatepickerParse')) {
            <mat-error>Enter a real date, like 01/10/2026.</mat-error>
          } @else if (form.controls.date.hasError('required')) {
            <mat-error>Enter the date of the reading.</mat-error>
          } @else if (serverError(form.controls.date); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide" appearance="outline" subscriptSizing="dynamic">
          <mat-label>Note (optional)</mat-label>
          <input matInput type="text" formControlName="note" data-testid="correct-note" />
          @if (form.controls.note.hasError('maxlength')) {
            <mat-error>Keep the note under 2,000 characters.</mat-error>
          } @else if (serverError(form.controls.note); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide" appearance="outline" subscriptSizing="dynamic">
          <mat-label>Source (optional)</mat-label>
          <input matInput type="text" formControlName="source" />
        </mat-form-field>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save correction' }}</button>
        <button mat-stroked-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: '../form.scss',
})
export class MeasurementForm {
  private readonly store = inject(OutcomeDetailStore);

  readonly indicator = input.required<OutcomeIndicator>();
  readonly measurement = input.required<OutcomeMeasurement>();
  /** "Reading of 55 people on 23/11/2026 corrected." */
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly serverError = serverError;
  protected readonly form = new FormGroup({
    value: new FormControl<number | null>(null, Validators.required),
    date: new FormControl<Date | null>(null, Validators.required),
    note: new FormControl<string | null>(null, Validators.maxLength(2000)),
    source: new FormControl<string | null>(null, Validators.maxLength(500)),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private reloading = false;

  constructor() {
    effect(() => {
      const m = this.measurement();
      if (this.form.pristine || this.reloading) {
        this.reloading = false;
        this.form.reset({ value: m.value, date: fromIsoDate(m.date as string), note: m.note ?? null, source: m.source ?? null });
      }
    });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    await this.save(this.measurement().version);
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

  private async save(version: number): Promise<void> {
    if (this.saving()) return;
    const { value, date, note, source } = this.form.getRawValue();
    const isoDate = toIsoDate(date as Date);
    this.saving.set(true);
    this.problem.set(null);
    const result = await this.store.updateMeasurement({
      id: this.measurement().id,
      version,
      value: value as number,
      date: isoDate,
      note: note?.trim() || null,
      source: source?.trim() || null,
    });
    this.saving.set(false);
    if (!result.ok) {
      const problem = describeError(result.error);
      applyFieldErrors(this.form, problem);
      this.problem.set(problem);
      return;
    }
    this.form.markAsPristine();
    this.saved.emit(`Reading of ${formatIndicatorValue(value as number, this.indicator().unit)} on ${formatUkDate(isoDate)} corrected.`);
  }
}
