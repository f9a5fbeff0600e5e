import { CreateProjectInput, LevellingUpMission, ProjectFields, ProjectStatus, UpdateProjectInput, Visibility } from '@cg/web/data-access';
import { PickerOption, fromIsoDate, isoOrNull } from '@cg/web/ui';

export interface ProjectFormValue {
  name: string;
  summary: string | null;
  status: ProjectStatus;
  startDate: Date | null;
  endDate: Date | null;
  partnership: readonly PickerOption[];
  budget: number | null;
  places: readonly PickerOption[];
  themes: readonly string[];
  missions: LevellingUpMission[];
  sharedLeadership: boolean;
  visibility: Visibility;
}

/** The form's answers as the API takes them. */
export function toProjectFields(value: ProjectFormValue) {
  return {
    name: value.name.trim(),
    summary: value.summary?.trim() || null,
    status: value.status,
    startDate: isoOrNull(value.startDate),
    endDate: isoOrNull(value.endDate),
    partnershipId: value.partnership[0]?.id ?? null,
    budget: value.budget ?? null,
    placeIds: value.places.map((p) => p.id),
    themes: [...value.themes],
    missions: [...value.missions],
    sharedLeadership: value.sharedLeadership,
    visibility: value.visibility,
  };
}

export function toCreateProjectInput(value: ProjectFormValue): CreateProjectInput {
  return toProjectFields(value);
}

export function toUpdateProjectInput(value: ProjectFormValue, id: string, version: number): UpdateProjectInput {
  return { id, version, ...toProjectFields(value) };
}

export function toProjectFormValue(p: ProjectFields): ProjectFormValue {
  return {
    name: p.name,
    summary: p.summary ?? null,
    status: p.status,
    startDate: fromIsoDate(p.startDate as string | null),
    endDate: fromIsoDate(p.endDate as string | null),
    partnership: p.partnership ? [{ id: p.partnership.id, label: p.partnership.name }] : [],
    budget: p.budget ?? null,
    places: p.places.map((place) => ({ id: place.id, label: place.name })),
    themes: [...p.themes],
    missions: [...p.missions],
    sharedLeadership: p.sharedLeadership,
    visibility: p.visibility,
  };
}
