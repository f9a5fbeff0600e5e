import {
  CreatePartnershipInput,
  GovernanceModel,
  LevellingUpMission,
  PartnershipFields,
  PartnershipStatus,
  UpdatePartnershipInput,
  Visibility,
} from '@cg/web/data-access';
import { PickerOption, fromIsoDate, isoOrNull } from '@cg/web/ui';

export interface PartnershipFormValue {
  name: string;
  purpose: string | null;
  status: PartnershipStatus;
  governanceModel: GovernanceModel | null;
  startDate: Date | null;
  endDate: Date | null;
  places: readonly PickerOption[];
  themes: readonly string[];
  missions: LevellingUpMission[];
  visibility: Visibility;
}

/** The form's answers as the API takes them. */
export function toPartnershipFields(value: PartnershipFormValue) {
  return {
    name: value.name.trim(),
    purpose: value.purpose?.trim() || null,
    status: value.status,
    governanceModel: value.governanceModel as GovernanceModel,
    startDate: isoOrNull(value.startDate),
    endDate: isoOrNull(value.endDate),
    placeIds: value.places.map((p) => p.id),
    themes: [...value.themes],
    missions: [...value.missions],
    visibility: value.visibility,
  };
}

export function toCreatePartnershipInput(value: PartnershipFormValue): CreatePartnershipInput {
  return toPartnershipFields(value);
}

export function toUpdatePartnershipInput(value: PartnershipFormValue, id: string, version: number): UpdatePartnershipInput {
  return { id, version, ...toPartnershipFields(value) };
}

/** A saved partnership as the form shows it. */
export function toPartnershipFormValue(p: PartnershipFields): PartnershipFormValue {
  return {
    name: p.name,
    purpose: p.purpose ?? null,
    status: p.status,
    governanceModel: p.governanceModel,
    startDate: fromIsoDate(p.startDate as string | null),
    endDate: fromIsoDate(p.endDate as string | null),
    places: p.places.map((place) => ({ id: place.id, label: place.name })),
    themes: [...p.themes],
    missions: [...p.missions],
    visibility: p.visibility,
  };
}
