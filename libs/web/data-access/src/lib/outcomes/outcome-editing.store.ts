import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  ArchiveOutcomeGQL,
  CreateOutcomeGQL,
  CreateOutcomeInput,
  OutcomeDetailDocument,
  OutcomeListDocument,
  OutcomeOwnerChoicesGQL,
  OutcomeOwnerChoicesQuery,
  PartnerRole,
  UpdateOutcomeGQL,
  UpdateOutcomeInput,
} from '../../generated/graphql';
import { administeredOrganisationIdSet } from '../admin/admin-roles';
import type { SessionUser } from '../session/session.store';

/** A partnership or project an outcome may belong to, with the organisations taking part. */
export interface OutcomeOwnerChoice {
  readonly kind: 'partnership' | 'project';
  readonly id: string;
  readonly name: string;
  /** Organisations that govern its outcomes: its record's owner and its leads and co-leads. */
  readonly governingIds: readonly string[];
  /** Organisations taking part, by name: the contributors to choose from. */
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
}

const LEAD_ROLES: ReadonlySet<PartnerRole> = new Set([PartnerRole.LEAD, PartnerRole.CO_LEAD]);

/** The partnerships and projects from the choices query, partnerships first, each with who governs it. */
export function toOwnerChoices(data: OutcomeOwnerChoicesQuery): OutcomeOwnerChoice[] {
  const partnerships = data.partnerships.nodes.map(
    (p): OutcomeOwnerChoice => ({
      kind: 'partnership',
      id: p.id,
      name: p.name,
      governingIds: [
        ...(p.ownerOrganisationId ? [p.ownerOrganisationId] : []),
        ...p.members.filter((m) => LEAD_ROLES.has(m.role)).map((m) => m.organisationId),
      ],
      organisations: p.members.filter((m) => !m.toDate).map((m) => m.organisation),
    }),
  );
  const projects = data.projects.nodes.map(
    (p): OutcomeOwnerChoice => ({
      kind: 'project',
      id: p.id,
      name: p.name,
      governingIds: [
        ...(p.ownerOrganisationId ? [p.ownerOrganisationId] : []),
        ...p.participants.filter((m) => LEAD_ROLES.has(m.role)).map((m) => m.organisationId),
      ],
      organisations: p.participants.map((m) => m.organisation),
    }),
  );
  return [...partnerships, ...projects];
}

/** The owners this user may give a new outcome: all for an instance admin, else those their organisation leads. */
export function ownersUserMayUse(user: SessionUser | null | undefined, choices: readonly OutcomeOwnerChoice[]): OutcomeOwnerChoice[] {
  if (!user) return [];
  if (user.isInstanceAdmin) return [...choices];
  const mine = administeredOrganisationIdSet(user);
  return choices.filter((c) => c.governingIds.some((id) => mine.has(id)));
}

/** The parts of an outcome that decide who governs it (see the API's write rights). */
export interface OutcomeGovernance {
  readonly ownerOrganisationId?: string | null;
  readonly ownerPartnership?: {
    readonly ownerOrganisationId?: string | null;
    readonly members: readonly { readonly organisationId: string; readonly role: PartnerRole }[];
  } | null;
  readonly ownerProject?: {
    readonly ownerOrganisationId?: string | null;
    readonly participants: readonly { readonly organisationId: string; readonly role: PartnerRole }[];
  } | null;
}

/**
 * Whether the user may change the outcome and its indicators: an instance admin, or an
 * administrator of the organisation that owns the record or of a lead or co-lead of the owning
 * partnership or project. The API has the last word; this only decides what to offer.
 */
export function mayManageOutcome(user: SessionUser | null | undefined, outcome: OutcomeGovernance): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const mine = administeredOrganisationIdSet(user);
  const governing = [
    outcome.ownerOrganisationId,
    outcome.ownerPartnership?.ownerOrganisationId,
    ...(outcome.ownerPartnership?.members ?? []).filter((m) => LEAD_ROLES.has(m.role)).map((m) => m.organisationId),
    outcome.ownerProject?.ownerOrganisationId,
    ...(outcome.ownerProject?.participants ?? []).filter((m) => LEAD_ROLES.has(m.role)).map((m) => m.organisationId),
  ];
  return governing.some((id) => !!id && mine.has(id));
}

/** Why this user may not create outcomes, in one line; null when they may. */
export function whyNoNewOutcome(user: SessionUser | null | undefined): string | null {
  if (!user) return 'Sign in to make changes.';
  if (user.isInstanceAdmin || administeredOrganisationIdSet(user).size > 0) return null;
  return 'Administrators of organisations leading a partnership or project can add outcomes; coordinators record readings and stories.';
}

/** Creates, changes and archives shared outcomes; the lists and the outcome's page refetch after each. */
@Injectable({ providedIn: 'root' })
export class OutcomeEditor {
  private readonly choicesGql = inject(OutcomeOwnerChoicesGQL);
  private readonly createGql = inject(CreateOutcomeGQL);
  private readonly updateGql = inject(UpdateOutcomeGQL);
  private readonly archiveGql = inject(ArchiveOutcomeGQL);

  /** Partnerships and projects to own an outcome, with the organisations taking part. */
  async ownerChoices(): Promise<Result<OutcomeOwnerChoice[]>> {
    try {
      const result = await firstValueFrom(this.choicesGql.fetch({ fetchPolicy: 'network-only' }));
      if (result.error || !result.data) return { ok: false, error: result.error };
      return { ok: true, value: toOwnerChoices(result.data as OutcomeOwnerChoicesQuery) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  create(input: CreateOutcomeInput): Promise<Result<{ id: string; title: string }>> {
    return write(
      this.createGql.mutate({ variables: { input }, refetchQueries: [{ query: OutcomeListDocument }] }),
      (data) => data.createOutcome,
    );
  }

  update(input: UpdateOutcomeInput): Promise<Result<{ id: string; version: number }>> {
    return write(
      this.updateGql.mutate({
        variables: { input },
        refetchQueries: [{ query: OutcomeDetailDocument, variables: { id: input.id } }],
        awaitRefetchQueries: true,
      }),
      (data) => data.updateOutcome,
    );
  }

  archive(id: string, version: number): Promise<Result<{ id: string }>> {
    return write(this.archiveGql.mutate({ variables: { input: { id, version } } }), (data) => data.archiveOutcome);
  }
}

async function write<D, T>(mutation: Observable<{ error?: unknown; data?: D | null }>, pick: (data: D) => T): Promise<Result<T>> {
  try {
    const result = await firstValueFrom(mutation);
    if (result.error || !result.data) return { ok: false, error: result.error };
    return { ok: true, value: pick(result.data) };
  } catch (error) {
    return { ok: false, error };
  }
}
