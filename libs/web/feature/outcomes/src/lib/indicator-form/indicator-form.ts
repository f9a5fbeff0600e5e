import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { IndicatorDirection, OutcomeDetailStore, OutcomeIndicator } from '@cg/web/data-access';
import { RecordForm, RecordSave, focusFirstInvalid, provideUkDates, serverError } from '@cg/web/ui';
import { INDICATOR_DIRECTION_LABELS } from '@cg/shared/domain';
import { IndicatorFormValue, emptyIndicatorForm, targetAfterBaseline, toCreateIndicatorInput, toIndicatorFormValue, toUpdateIndicatorInput } from './indicator-fields';

/**
 * Adds an indicator to an outcome, or changes one: name, unit, which direction is better,
 * baseline and target (the target date after the baseline date) and where the figures come from.
 */
@Component({
  selector: 'cg-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
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
  protected readonly directionLabels = INDICATOR_DIRECTION_LABELS;
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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave<unknown>({
    form: this.form,
    openedVersion: () => this.indicator()?.version ?? 0,
    save: (version) => {
      const value = this.form.getRawValue() as IndicatorFormValue;
      const indicator = this.indicator();
      return indicator
        ? this.store.updateIndicator(toUpdateIndicatorInput(indicator.id, version, value))
        : this.store.addIndicator(toCreateIndicatorInput(this.outcomeId(), value));
    },
    saved: () => this.saved.emit(this.form.controls.name.value.trim()),
    refetch: () => this.store.retry(),
    focusFirstInvalid: () => focusFirstInvalid(this.host.nativeElement),
  });

  constructor() {
    effect(() => {
      const indicator = this.indicator();
      if (this.flow.takesLoadedRecord()) this.form.reset(indicator ? toIndicatorFormValue(indicator) : emptyIndicatorForm());
    });
  }

  protected submit(): Promise<void> {
    // The target's date is checked against the baseline's across the group.
    this.form.updateValueAndValidity();
    return this.flow.submit();
  }
}
