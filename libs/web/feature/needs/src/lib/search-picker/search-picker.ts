import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PickerOption } from '@cg/web/data-access';
import { Subject, catchError, debounceTime, from, of, switchMap } from 'rxjs';

/** A picker's value: the chosen option, the text typed so far, or nothing. */
export type PickerValue = PickerOption | string | null;

export function isPickerOption(value: PickerValue | undefined): value is PickerOption {
  return !!value && typeof value === 'object' && 'id' in value;
}

/** Fails when something was typed but no option chosen from the list. */
export function chosenFromList(control: AbstractControl<PickerValue>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() ? { notChosen: true } : null;
}

/**
 * A text box that searches as you type (two letters or more) and offers matches to choose from,
 * for pickers over lists too long for a menu (places, organisations). Its control holds the
 * chosen option, or the text while nothing is chosen.
 */
@Component({
  selector: 'cg-search-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocomplete, MatAutocompleteTrigger, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="control()"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId() || null"
        (input)="onType($event)"
      />
      <mat-autocomplete #auto [displayWith]="display" (optionSelected)="picked.emit($event.option.value)">
        @for (option of options(); track option.id) {
          <mat-option [value]="option">
            {{ option.name }}
            @if (option.detail) {
              <span class="detail"> · {{ option.detail }}</span>
            }
          </mat-option>
        }
        @if (noMatches()) {
          <mat-option disabled>Nothing matches “{{ noMatches() }}”</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (errorText(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .detail {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SearchPicker {
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<PickerValue>>();
  readonly search = input.required<(text: string) => Promise<PickerOption[]>>();
  readonly hint = input('');
  readonly errorText = input<string | null>(null);
  readonly testId = input('');
  /** An option was chosen from the list. */
  readonly picked = output<PickerOption>();

  protected readonly options = signal<PickerOption[]>([]);
  /** The text that found nothing, to say so. */
  protected readonly noMatches = signal('');
  private readonly typed = new Subject<string>();

  protected readonly display = (value: PickerValue): string => (isPickerOption(value) ? value.name : (value ?? ''));

  constructor() {
    this.typed
      .pipe(
        debounceTime(250),
        switchMap((text) =>
          from(this.search()(text).then((options) => ({ text, options }))).pipe(catchError(() => of({ text, options: [] as PickerOption[] }))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ text, options }) => {
        this.options.set(options);
        this.noMatches.set(options.length === 0 && text.trim().length >= 2 ? text.trim() : '');
      });
  }

  protected onType(event: Event): void {
    this.typed.next((event.target as HTMLInputElement).value);
  }
}
