import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CreatePlaceInput, PlaceFields, UpdatePlaceInput, Visibility } from '@cg/web/data-access';

/** The codes the API accepts for a custom place: letters, digits, - and _. */
export const PLACE_CODE_PATTERN = /^[A-Za-z0-9_-]{2,40}$/;

export type PlaceForm = FormGroup<{
  name: FormControl<string>;
  code: FormControl<string>;
  population: FormControl<number | null>;
  visibility: FormControl<Visibility>;
  /** Which organisation owns a new place: asked only of people who administer several. */
  owner: FormControl<string | null>;
}>;

/** The same rules as the API: a name of 2–120 characters, an optional code, a whole population. */
export function createPlaceForm(): PlaceForm {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)] }),
    code: new FormControl('', { nonNullable: true, validators: Validators.pattern(PLACE_CODE_PATTERN) }),
    population: new FormControl<number | null>(null, [Validators.min(0), Validators.max(100_000_000), Validators.pattern(/^\d*$/)]),
    visibility: new FormControl<Visibility>(Visibility.PUBLIC, { nonNullable: true }),
    owner: new FormControl<string | null>(null),
  });
}

type PlaceFormValue = ReturnType<PlaceForm['getRawValue']>;

/** A new custom place inside `parentId`; an empty code is left for the API to make from the name. */
export function toCreatePlaceInput(parentId: string, value: PlaceFormValue): CreatePlaceInput {
  const code = value.code.trim();
  return {
    parentId,
    name: value.name.trim(),
    ...(code ? { code } : {}),
    ...(value.population !== null ? { population: value.population } : {}),
    visibility: value.visibility,
    ...(value.owner ? { ownerOrganisationId: value.owner } : {}),
  };
}

/** Changes to a custom place (its code and parent stay), saved on top of `version`. */
export function toUpdatePlaceInput(id: string, version: number, value: PlaceFormValue): UpdatePlaceInput {
  return { id, version, name: value.name.trim(), population: value.population ?? null, visibility: value.visibility };
}

/** A saved place's answers, to fill the edit form. */
export function placeFormValue(place: Pick<PlaceFields, 'name' | 'code' | 'population' | 'visibility'>): PlaceFormValue {
  return { name: place.name, code: place.code, population: place.population ?? null, visibility: place.visibility, owner: null };
}
