import { Injectable, Signal, inject } from '@angular/core';
import { Observable, firstValueFrom, map, of } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import { AddOrganisationIdentifierGQL, CreateOrganisationGQL, CreateOrganisationInput, CreatePartnerRelationshipGQL, CreateRelationshipInput, EndPartnerRelationshipGQL, OrganisationProfileDocument, OrganisationRole, PartnerRelationshipFragment, RelationshipsBetweenDocument, RelationshipsBetweenGQL, RemoveOrganisationIdentifierGQL, UpdateOrganisationGQL, UpdateOrganisationInput, UpdateRelationshipInput, UpdatePartnerRelationshipGQL } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { administeredOrganisationIdSet, administeredOrganisationIds } from '../admin/admin-roles';
import type { SessionUser } from '../session/session.store';

export type PartnerRelationship = PartnerRelationshipFragment;

/** Why this user may not change an organisation's records, in one line; null when they may. */
export function whyReadOnly(user: SessionUser | null | undefined): string | null {
  if (!user) return 'Sign in to make changes.';
  if (user.isInstanceAdmin || administeredOrganisationIds(user).length > 0) return null;
  const roles = new Set(user.memberships.map((m) => m.role));
  if (roles.has(OrganisationRole.COORDINATOR))
    return 'Only your organisation’s administrators can record partners or change its details; coordinators can view them.';
  if (roles.has(OrganisationRole.VIEWER))
    return 'You can view this organisation, but only your organisation’s administrators can record partners or change its details.';
  return 'You are not a member of an organisation here, so you can view records but not change them.';
}

/** Instance admins, and admins of the organisation (or of the organisation that owns its record). */
export function canEditOrganisation(
  user: SessionUser | null | undefined,
  organisation: { readonly id: string; readonly ownerOrganisationId?: string | null },
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const mine = administeredOrganisationIdSet(user);
  return mine.has(organisation.id) || (!!organisation.ownerOrganisationId && mine.has(organisation.ownerOrganisationId));
}

/**
 * Whether the user may change this relationship: it is governed by the organisation that owns
 * the record and by the organisation it runs from.
 */
export function canEditRelationship(
  user: SessionUser | null | undefined,
  relationship: Pick<PartnerRelationship, 'ownerOrganisationId' | 'fromOrganisationId'>,
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const mine = administeredOrganisationIdSet(user);
  return mine.has(relationship.fromOrganisationId) || (!!relationship.ownerOrganisationId && mine.has(relationship.ownerOrganisationId));
}

export type RelationshipsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly relationships: readonly PartnerRelationship[] };

/**
 * The working relationships between one organisation (the profile's) and the organisations the user
 * acts for, and the writes made from that profile: record, change and end a relationship. Every write
 * reloads the profile, so its "Ties to other organisations" shows the change without a page reload.
 */
@Injectable()
export class PartnerRelationshipsStore {
  private readonly listGql = inject(RelationshipsBetweenGQL);
  private readonly createGql = inject(CreatePartnerRelationshipGQL);
  private readonly updateGql = inject(UpdatePartnerRelationshipGQL);
  private readonly endGql = inject(EndPartnerRelationshipGQL);
  private readonly between = new RequestStore<{ readonly organisationId: string; readonly mine: readonly string[] }, RelationshipsState>({
    fetch: ({ organisationId, mine }, fetchPolicy) =>
      mine.length === 0
        ? of<RelationshipsState>({ status: 'ready', relationships: [] })
        : this.listGql.watch({ variables: { organisationId, mine: [...mine] }, fetchPolicy }).valueChanges.pipe(
            map((result): RelationshipsState => {
              if (result.error) return { status: 'error' };
              if (result.dataState === 'complete') return { status: 'ready', relationships: result.data.relationships.nodes };
              return { status: 'loading' };
            }),
          ),
    initial: { status: 'idle' },
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => a.organisationId === b.organisationId && a.mine.join() === b.mine.join(),
  });
  readonly state: Signal<RelationshipsState> = this.between.state;

  /** Loads the relationships between `organisationId` and any of `mine`. */
  load(organisationId: string, mine: readonly string[]): void {
    this.between.load({ organisationId, mine });
  }

  retry(): void {
    this.between.retry();
  }

  create(input: CreateRelationshipInput): Promise<Result<PartnerRelationship>> {
    return write(
      this.createGql.mutate({ variables: { input }, refetchQueries: this.refetch(), awaitRefetchQueries: true }),
      (data) => data?.createRelationship,
    );
  }

  /** Changes a relationship; a stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdateRelationshipInput): Promise<Result<PartnerRelationship>> {
    return write(
      this.updateGql.mutate({ variables: { input }, refetchQueries: this.refetch(), awaitRefetchQueries: true }),
      (data) => data?.updateRelationship,
    );
  }

  /**
   * Ends (archives) a relationship: it leaves the profile and the map; nothing is deleted. Answers
   * as soon as it is archived and reloads the lists after, so the form that ended it (which leaves
   * with the relationship) can still say so.
   */
  end(id: string, version: number): Promise<Result<{ id: string }>> {
    return write(
      this.endGql.mutate({ variables: { input: { id, version } }, refetchQueries: this.refetch(), awaitRefetchQueries: false }),
      (data) => data?.archiveRelationship,
    );
  }

  private refetch() {
    const request = this.between.current();
    if (!request) return [];
    return [
      { query: OrganisationProfileDocument, variables: { id: request.organisationId } },
      ...(request.mine.length
        ? [{ query: RelationshipsBetweenDocument, variables: { organisationId: request.organisationId, mine: [...request.mine] } }]
        : []),
    ];
  }
}

/** Creating organisations and changing their details and identifiers. */
@Injectable({ providedIn: 'root' })
export class OrganisationEditor {
  private readonly createGql = inject(CreateOrganisationGQL);
  private readonly updateGql = inject(UpdateOrganisationGQL);
  private readonly addIdentifierGql = inject(AddOrganisationIdentifierGQL);
  private readonly removeIdentifierGql = inject(RemoveOrganisationIdentifierGQL);

  create(input: CreateOrganisationInput): Promise<Result<{ id: string; name: string }>> {
    return write(this.createGql.mutate({ variables: { input } }), (data) => data?.createOrganisation);
  }

  /** Saves changed details; a stale `version` comes back as CONFLICT with the current version. */
  update(input: UpdateOrganisationInput): Promise<Result<{ id: string; version: number }>> {
    return write(
      this.updateGql.mutate({
        variables: { input },
        refetchQueries: [{ query: OrganisationProfileDocument, variables: { id: input.id } }],
        awaitRefetchQueries: true,
      }),
      (data) => data?.updateOrganisation,
    );
  }

  /** `version` is the organisation as the person opened it: a colleague's change since then is a CONFLICT, not overwritten later. */
  addIdentifier(organisationId: string, version: number, identifier: string): Promise<Result<{ id: string }>> {
    return write(
      this.addIdentifierGql.mutate({ variables: { input: { organisationId, version, identifier: identifier.trim() } } }),
      (data) => data?.addOrganisationIdentifier,
    );
  }

  removeIdentifier(organisationId: string, version: number, identifier: string): Promise<Result<{ id: string }>> {
    return write(
      this.removeIdentifierGql.mutate({ variables: { input: { organisationId, version, identifier } } }),
      (data) => data?.removeOrganisationIdentifier,
    );
  }
}

async function write<D, T>(request: Observable<{ data?: D | null }>, pick: (data: D | null | undefined) => T | null | undefined): Promise<Result<T>> {
  try {
    const result = await firstValueFrom(request);
    const value = pick(result.data);
    return value ? { ok: true, value } : { ok: false, error: new Error('The server sent nothing back.') };
  } catch (error) {
    return { ok: false, error };
  }
}
