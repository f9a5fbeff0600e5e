import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import type { SelectChoices } from '../forms/select-field';

/**
 * One drop-down of a filter bar: "Any …" first (no filter), then the choices. It shows the
 * value in use and emits the new one (null for "Any …"); the page keeps it in its URL.
 */
@Component({
  selector: 'cg-filter-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatOption, MatSelect],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [attr.data-testid]="testId()" [value]="value() ?? ''" (selectionChange)="changed.emit($event.value || null)">
        @if (any()) {
          <mat-option value="">{{ any() }}</mat-option>
        }
        @for (option of options(); track option[0]) {
          <mat-option [value]="option[0]">{{ option[1] }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    mat-form-field { inline-size: 100%; }
  `,
})
export class FilterSelect<T extends string = string> {
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
  /** The choice in use; null for none. */
  readonly value = input.required<T | null>();
  /** The words for no filter: "Any status", "Anywhere"; none for a choice that is always made (a sort). */
  readonly any = input('');
  readonly options = input.required<SelectChoices<T>>();
  readonly changed = output<T | null>();
}
