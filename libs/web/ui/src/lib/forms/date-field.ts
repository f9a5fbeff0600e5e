import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { serverError } from './graphql-problem';

/**
 * A UK date field of a record form (dd/mm/yyyy, with a calendar): its label, hint and the two
 * messages every date field gives (not a real date; the server's word on it). The form provides
 * `provideUkDates()` and keeps the control; a rule across fields (start before end) stays the form's.
 */
@Component({
  selector: 'cg-date-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [formControl]="control()"
        [attr.data-testid]="testId()"
        [attr.aria-invalid]="invalid()"
        [aria-describedby]="describedBy()"
      />
      <mat-hint>{{ hint() }}</mat-hint>
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      @if (control().hasError('matDatepickerParse')) {
        <mat-error>Enter a real date as dd/mm/yyyy.</mat-error>
      } @else if (serverError(control()); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    /* A grid, so that the field fills the row's height in a form's grid, as a bare mat-form-field does. */
    :host { display: grid; }
    mat-form-field { inline-size: 100%; }
  `,
})
export class DateField {
  readonly control = input.required<FormControl<Date | null>>();
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
  readonly hint = input('dd/mm/yyyy');
  /** Marks the field invalid for a rule across fields (an end before the start); null leaves it to the field. */
  readonly invalid = input<boolean | null>(null);
  /** The id of a message elsewhere that explains the field (a rule across fields). */
  readonly describedBy = input('');

  protected readonly serverError = serverError;
}
