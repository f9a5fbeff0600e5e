import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';

/** Choices as [value, label] pairs, in the order shown (the label maps of `@cg/shared/domain`). */
export type SelectChoices<T> = readonly (readonly [T, string])[];

/**
 * A drop-down of a record form for a value with a fixed list of choices (status, type, missions),
 * with an optional hint. `multiple` is read once, when the field is first drawn.
 */
@Component({
  selector: 'cg-select-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatHint, MatLabel, MatOption, MatSelect, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [formControl]="control()" [multiple]="multiple()" [attr.data-testid]="testId()">
        @for (option of options(); track option[0]) {
          <mat-option [value]="option[0]">{{ option[1] }}</mat-option>
        }
      </mat-select>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    /* A grid, so that the field fills the row's height in a form's grid, as a bare mat-form-field does. */
    :host { display: grid; }
    mat-form-field { inline-size: 100%; }
  `,
})
export class SelectField {
  /** Holds one choice's value, or a list of them when `multiple`. */
  readonly control = input.required<FormControl<unknown>>();
  readonly label = input.required<string>();
  readonly options = input.required<SelectChoices<unknown>>();
  readonly testId = input.required<string>();
  readonly hint = input('');
  readonly multiple = input(false);
}
