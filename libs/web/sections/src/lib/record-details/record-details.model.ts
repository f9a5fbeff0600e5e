import { ChangeDetectorRef, effect, inject } from '@angular/core';
import { AbstractControl, FormControl, Validators } from '@angular/forms';
import { MISSION_LABELS } from '@cg/shared/domain';
import { LevellingUpMission, Visibility } from '@cg/web/data-access';
import type { PickerOption, SelectChoices } from '@cg/web/ui';
import { merge } from 'rxjs';

/**
 * The controls a partnership and a project share: name, a description (purpose or summary),
 * status, dates, places, themes, Levelling Up missions and who may see it. Each form adds its
 * own (governance; budget, partnership, shared leadership) and its rule that the end follows the start.
 */
export function recordDetailsControls<D extends string, S extends string>(description: D, status: S) {
  return {
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    ...({ [description]: new FormControl<string | null>(null, Validators.maxLength(5000)) } as Record<D, FormControl<string | null>>),
    status: new FormControl<S>(status, { nonNullable: true }),
    startDate: new FormControl<Date | null>(null),
    endDate: new FormControl<Date | null>(null),
    places: new FormControl<readonly PickerOption[]>([], { nonNullable: true }),
    themes: new FormControl<readonly string[]>([], { nonNullable: true }),
    missions: new FormControl<LevellingUpMission[]>([], { nonNullable: true }),
    visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
  };
}

/** The controls RecordScopeFields draws: when, where and what the work is about. */
export interface RecordScopeControls {
  readonly startDate: FormControl<Date | null>;
  readonly endDate: FormControl<Date | null>;
  readonly places: FormControl<readonly PickerOption[]>;
  readonly themes: FormControl<readonly string[]>;
  readonly missions: FormControl<LevellingUpMission[]>;
}

export const MISSION_CHOICES = Object.entries(MISSION_LABELS) as unknown as SelectChoices<LevellingUpMission>;

/**
 * Redraws an OnPush field group when a control it was handed changes value, status or touched
 * state (the form's Save touches every control from outside the group). Call in a constructor.
 */
export function redrawOnControlEvents(controls: () => readonly AbstractControl[]): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    const subscription = merge(...controls().map((control) => control.events)).subscribe(() => changeDetector.markForCheck());
    onCleanup(() => subscription.unsubscribe());
  });
}
