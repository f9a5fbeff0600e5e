import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ActivityEntry, ActivityKind } from '@cg/web/data-access';
import { PickerOption, SearchSelectOption, fromIsoDate, toIsoDate, todayInUk } from '@cg/web/ui';

/** The typed answers of an activity form (the pickers' choices are kept beside it). */
export interface ActivityFormValue {
  date: Date | null;
  kind: ActivityKind | null;
  title: string;
  notes: string;
  attendance: number | null;
}

export type ActivityForm = FormGroup<{
  date: FormControl<Date | null>;
  kind: FormControl<ActivityKind | null>;
  title: FormControl<string>;
  notes: FormControl<string>;
  attendance: FormControl<number | null>;
}>;

/** Who and where: the pickers' choices, which live outside the FormGroup. */
export interface ActivityChoices {
  readonly organisations: readonly PickerOption[];
  readonly people: readonly PickerOption[];
  readonly place: SearchSelectOption | null;
}

export const NO_ACTIVITY_CHOICES: ActivityChoices = { organisations: [], people: [], place: null };

/** A fresh activity form: today, a meeting, the rest empty; the same rules for logging and editing. */
export function createActivityForm(): ActivityForm {
  return new FormGroup({
    date: new FormControl<Date | null>(fromIsoDate(todayInUk()), Validators.required),
    kind: new FormControl<ActivityKind | null>(ActivityKind.MEETING, Validators.required),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
    attendance: new FormControl<number | null>(null, [Validators.min(0), Validators.max(100000), Validators.pattern(/^\d*$/)]),
  });
}

/** The answers as the API takes them, for creating and (with id and version) updating. */
export function toActivityFields(value: ActivityFormValue, choices: ActivityChoices) {
  return {
    date: value.date ? toIsoDate(value.date) : todayInUk(),
    kind: value.kind ?? ActivityKind.MEETING,
    title: value.title.trim(),
    notes: value.notes.trim() || null,
    attendance: value.attendance ?? null,
    placeId: choices.place?.id ?? null,
    organisationIds: choices.organisations.map((o) => o.id),
    personIds: choices.people.map((p) => p.id),
  };
}

/** A saved activity's answers, to fill the edit form. */
export function activityFormValue(entry: ActivityEntry): ActivityFormValue {
  return {
    date: fromIsoDate(String(entry.date)),
    kind: entry.kind,
    title: entry.title,
    notes: entry.notes ?? '',
    attendance: entry.attendance ?? null,
  };
}

/** A saved activity's organisations, people and place, as the pickers hold them. */
export function activityChoices(entry: ActivityEntry): ActivityChoices {
  return {
    organisations: entry.organisations.map((o) => ({ id: o.id, label: o.name })),
    people: entry.people.map((p) => ({ id: p.id, label: p.fullName })),
    place: entry.place ? { id: entry.place.id, label: entry.place.name } : null,
  };
}
