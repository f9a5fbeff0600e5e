import { CreateNeedInput, NeedForEdit, NeedSource, Priority, UpdateNeedInput, Visibility } from '@cg/web/data-access';
import { fromIsoDate, toIsoDate } from '@cg/web/ui';
import { PickerValue, isPickerOption } from '../search-picker/search-picker';

/** The need form's answers. */
export interface NeedFormValue {
  title: string;
  description: string | null;
  place: PickerValue;
  raisedBy: NeedSource;
  raisedByOrganisation: PickerValue;
  priority: Priority;
  raisedOn: Date | null;
  /** Comma-separated, as typed. */
  themes: string | null;
  visibility: Visibility;
  projectIds: string[];
  outcomeIds: string[];
}

export function emptyNeedForm(): NeedFormValue {
  return {
    title: '',
    description: null,
    place: null,
    raisedBy: NeedSource.COMMUNITY,
    raisedByOrganisation: null,
    priority: Priority.MEDIUM,
    raisedOn: null,
    themes: null,
    visibility: Visibility.PUBLIC,
    projectIds: [],
    outcomeIds: [],
  };
}

export function toNeedFormValue(need: NeedForEdit): NeedFormValue {
  return {
    title: need.title,
    description: need.description ?? null,
    place: need.place ? { id: need.place.id, name: need.place.name } : null,
    raisedBy: need.raisedBy,
    raisedByOrganisation: need.raisedByOrganisation ? { id: need.raisedByOrganisation.id, name: need.raisedByOrganisation.name } : null,
    priority: need.priority,
    raisedOn: fromIsoDate((need.raisedOn as string | null) ?? null),
    themes: need.themes.join(', '),
    visibility: need.visibility,
    projectIds: need.projects.map((p) => p.id),
    outcomeIds: need.outcomes.map((o) => o.id),
  };
}

/** "Food, housing , food" → ["Food", "housing"]: trimmed, no blanks, no repeats (ignoring case). */
export function splitThemes(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const themes: string[] = [];
  for (const theme of (text ?? '').split(/[,;\n]/)) {
    const trimmed = theme.trim().replace(/\s+/g, ' ');
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    themes.push(trimmed);
  }
  return themes;
}

function fields(value: NeedFormValue) {
  const organisation = value.raisedBy === NeedSource.ORGANISATION && isPickerOption(value.raisedByOrganisation) ? value.raisedByOrganisation.id : null;
  return {
    title: value.title.trim(),
    description: value.description?.trim() || null,
    placeId: isPickerOption(value.place) ? value.place.id : null,
    raisedBy: value.raisedBy,
    // Only with ORGANISATION, as the API requires.
    raisedByOrganisationId: organisation,
    priority: value.priority,
    raisedOn: value.raisedOn ? toIsoDate(value.raisedOn) : null,
    themes: splitThemes(value.themes),
    visibility: value.visibility,
    projectIds: [...new Set(value.projectIds)],
    outcomeIds: [...new Set(value.outcomeIds)],
  };
}

/** A new need as the API takes it; empty optional fields are left out so its defaults apply. */
export function toCreateNeedInput(value: NeedFormValue): CreateNeedInput {
  const all = fields(value);
  const given = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null)) as Partial<typeof all>;
  return { ...given, title: all.title, raisedBy: all.raisedBy };
}

/** Changes to a need; clearing a field sends null. */
export function toUpdateNeedInput(id: string, version: number, value: NeedFormValue): UpdateNeedInput {
  const { raisedOn, ...rest } = fields(value);
  return { id, version, ...rest, ...(raisedOn ? { raisedOn } : {}) };
}
