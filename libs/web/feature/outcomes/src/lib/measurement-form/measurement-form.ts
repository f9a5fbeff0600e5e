import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OutcomeDetailStore, OutcomeIndicator } from '@cg/web/data-access';
import {
  FormProblemNotice,
  RecordSave,
  focusFirstInvalid,
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
    <form class="inline-form" [formGroup]="form" (ngSubmit)="flow.submit()" novalidate [attr.aria-busy]="saving()" data-testid="measurement-form">
      <cg-form-problem [problem]="problem()" what="reading" [busy]="saving()" (reload)="flow.reload()" (keepMine)="flow.keepMine()" />
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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave<unknown>({
    form: this.form,
    openedVersion: () => this.measurement().version,
    save: (version) => {
      const { value, date, note, source } = this.form.getRawValue();
      return this.store.updateMeasurement({
        id: this.measurement().id,
        version,
        value: value as number,
        date: toIsoDate(date as Date),
        note: note?.trim() || null,
        source: source?.trim() || null,
      });
    },
    saved: () => {
      const { value, date } = this.form.getRawValue();
      const reading = formatIndicatorValue(value as number, this.indicator().unit);
      this.saved.emit(`Reading of ${reading} on ${formatUkDate(toIsoDate(date as Date))} corrected.`);
    },
    refetch: () => this.store.retry(),
    focusFirstInvalid: () => focusFirstInvalid(this.host.nativeElement),
  });
  protected readonly saving = this.flow.saving;
  protected readonly problem = this.flow.problem;

  constructor() {
    effect(() => {
      const m = this.measurement();
      if (this.flow.takesLoadedRecord()) {
        this.form.reset({ value: m.value, date: fromIsoDate(m.date as string), note: m.note ?? null, source: m.source ?? null });
      }
    });
  }
}
