import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { PartnershipEditor } from '@cg/web/data-access';
import { DateField, PickerOption, PickerSearch, SearchPicker, SelectField, ThemeChips, serverError } from '@cg/web/ui';
import { map } from 'rxjs';
import { MISSION_CHOICES, RecordScopeControls, redrawOnControlEvents } from './record-details.model';

/**
 * When, where and what a partnership's or a project's work is about: its dates (the end not
 * before the start, a rule `group` checks as `dateOrder`), the places it covers, its themes and
 * its Levelling Up missions. Drawn into the form's grid (the host takes no box of its own).
 */
@Component({
  selector: 'cg-record-scope-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateField, SearchPicker, SelectField, ThemeChips],
  template: `
    <cg-date-field label="Start date" [control]="controls().startDate" [testId]="what() + '-start'" />

    <cg-date-field
      label="End date"
      [control]="controls().endDate"
      [testId]="what() + '-end'"
      hint="dd/mm/yyyy; leave empty if it has no end."
      [invalid]="group().hasError('dateOrder') || null"
    />
    @if (group().hasError('dateOrder') && (controls().endDate.touched || controls().startDate.touched)) {
      <p class="field-message wide" role="alert" data-testid="date-order-error">The end date cannot be before the start date.</p>
    }

    <div class="wide">
      <cg-search-picker
        label="Places covered"
        [testId]="what() + '-places'"
        hint="Type part of a place’s name: a ward, a town, a local authority."
        [searchWith]="searchPlaces"
        [selected]="controls().places.value"
        (selectedChange)="set(controls().places, $event)"
      />
      @if (serverError(controls().places); as message) {
        <p class="field-message" role="alert">{{ message }}</p>
      }
    </div>

    <div class="wide">
      <cg-theme-chips [testId]="what() + '-themes'" [themes]="controls().themes.value" (themesChange)="set(controls().themes, $event)" />
    </div>

    <cg-select-field
      class="wide"
      label="Levelling Up missions"
      [control]="controls().missions"
      [options]="missionOptions"
      [testId]="what() + '-missions'"
      [multiple]="true"
      hint="The government’s twelve missions for 2030 that this work contributes to."
    />
  `,
  styles: `
    :host {
      display: contents;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .field-message {
      margin: 0;
      color: var(--mat-sys-error);
      font-size: 0.875rem;
    }
  `,
})
export class RecordScopeFields {
  private readonly editor = inject(PartnershipEditor);

  /** The kind of record, as its test ids name it: "partnership", "project". */
  readonly what = input.required<string>();
  readonly controls = input.required<RecordScopeControls>();
  /** The form, whose `dateOrder` error says the end is before the start. */
  readonly group = input.required<AbstractControl>();

  protected readonly missionOptions = MISSION_CHOICES;
  protected readonly serverError = serverError;
  protected readonly searchPlaces: PickerSearch = (text) =>
    this.editor
      .searchPlaces(text)
      .pipe(map((list) => list?.map((p) => ({ id: p.id, label: p.name, detail: p.detail })) ?? null));

  constructor() {
    redrawOnControlEvents(() => [this.group(), ...Object.values(this.controls())]);
  }

  /** A picker's or the chips' new list; the form now differs from the record. */
  protected set<T extends readonly PickerOption[] | readonly string[]>(control: AbstractControl<T>, value: T): void {
    control.setValue(value);
    control.markAsDirty();
  }
}
