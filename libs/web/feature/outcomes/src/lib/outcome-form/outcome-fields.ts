import {
  CreateOutcomeInput,
  LevellingUpMission,
  OutcomeDefiner,
  OutcomeDetail,
  UpdateOutcomeInput,
  Visibility,
} from '@cg/web/data-access';

/** The outcome form's answers, before they are tidied for the API. */
export interface OutcomeFormValue {
  title: string;
  description: string | null;
  /** `partnership:<id>` or `project:<id>` (see `ownerKey`). */
  owner: string | null;
  definedBy: OutcomeDefiner | null;
  coProduced: boolean;
  missions: LevellingUpMission[];
  contributorIds: string[];
  visibility: Visibility;
}

/** One value for the owner picker, which offers partnerships and projects together. */
export function ownerKey(kind: 'partnership' | 'project', id: string): string {
  return `${kind}:${id}`;
}

/** The owner picker's value as the API's two owner fields (exactly one is set). */
export function ownerFields(key: string | null): { ownerPartnershipId: string | null; ownerProjectId: string | null } {
  const [kind, id] = (key ?? '').split(':');
  if (kind === 'partnership' && id) return { ownerPartnershipId: id, ownerProjectId: null };
  if (kind === 'project' && id) return { ownerPartnershipId: null, ownerProjectId: id };
  return { ownerPartnershipId: null, ownerProjectId: null };
}

/** The owner picker's starting value from `?partnership=` or `?project=`. */
export function ownerFromQuery(partnership: string | null, project: string | null): string | null {
  if (partnership) return ownerKey('partnership', partnership);
  if (project) return ownerKey('project', project);
  return null;
}

/** An empty form, owned by the partnership or project the person came from. */
export function emptyOutcomeForm(owner: string | null = null): OutcomeFormValue {
  return {
    title: '',
    description: null,
    owner,
    definedBy: null,
    coProduced: false,
    missions: [],
    contributorIds: [],
    visibility: Visibility.PARTNERS,
  };
}

/** An existing outcome as the form shows it. */
export function toOutcomeFormValue(outcome: OutcomeDetail): OutcomeFormValue {
  return {
    title: outcome.title,
    description: outcome.description ?? null,
    owner: outcome.ownerPartnershipId
      ? ownerKey('partnership', outcome.ownerPartnershipId)
      : outcome.ownerProjectId
        ? ownerKey('project', outcome.ownerProjectId)
        : null,
    definedBy: outcome.definedBy,
    coProduced: outcome.coProduced,
    missions: [...outcome.missions],
    contributorIds: outcome.contributors.map((c) => c.id),
    visibility: outcome.visibility,
  };
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** A new outcome as the API takes it. */
export function toCreateOutcomeInput(value: OutcomeFormValue): CreateOutcomeInput {
  const owner = ownerFields(value.owner);
  const description = blankToNull(value.description);
  return {
    title: value.title.trim(),
    ...(description ? { description } : {}),
    ...(owner.ownerPartnershipId ? { ownerPartnershipId: owner.ownerPartnershipId } : { ownerProjectId: owner.ownerProjectId }),
    definedBy: value.definedBy as OutcomeDefiner,
    coProduced: value.coProduced,
    missions: [...value.missions],
    contributorIds: [...new Set(value.contributorIds)],
    visibility: value.visibility,
  };
}

/** Changes to an outcome as the API takes them; clearing the description sends null. */
export function toUpdateOutcomeInput(id: string, version: number, value: OutcomeFormValue): UpdateOutcomeInput {
  const owner = ownerFields(value.owner);
  return {
    id,
    version,
    title: value.title.trim(),
    description: blankToNull(value.description),
    // Both owner fields, so moving from a partnership to a project clears the other.
    ...owner,
    definedBy: value.definedBy as OutcomeDefiner,
    coProduced: value.coProduced,
    missions: [...value.missions],
    contributorIds: [...new Set(value.contributorIds)],
    visibility: value.visibility,
  };
}
