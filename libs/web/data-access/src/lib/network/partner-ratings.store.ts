import { Injectable, Signal, inject } from '@angular/core';
import { Result, Sector } from '@cg/shared/domain';
import { firstValueFrom, map } from 'rxjs';
import {
  CreatePartnerRatingGQL,
  PartnerRatingsGQL,
  PartnerRatingsQuery,
  RelationshipType,
  UpdatePartnerRatingGQL,
} from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

/** A PARTNER-tool score: 1 (not at all) to 4 (a great deal). */
export type PartnerScore = 1 | 2 | 3 | 4;

type RatedRelationship = PartnerRatingsQuery['relationships']['nodes'][number];

/** One partner of the rating organisation, with the relationship its ratings live on (if any yet). */
export interface PartnerRow {
  readonly partnerId: string;
  readonly name: string;
  readonly sector: Sector;
  /** The typed relationship holding the ratings; null until the first rating creates one. */
  readonly relationship: { readonly id: string; readonly version: number } | null;
  readonly trust: number | null;
  readonly value: number | null;
}

export interface PartnerRatings {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly partners: readonly PartnerRow[];
}

export type PartnerRatingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly ratings: PartnerRatings };

/**
 * The organisation's partners (anyone it is tied to, by any kind of tie), by name, each with the
 * typed relationship its ratings belong on. Ratings are the rater's own view, so they live on a
 * relationship the organisation may write (it owns it, or the tie runs from it), preferring one that
 * already holds ratings; with none, the first rating records a new one.
 */
export function toPartnerRatings(data: PartnerRatingsQuery): PartnerRatings {
  const organisationId = data.organisation.id;
  const byPartner = new Map<string, RatedRelationship[]>();
  for (const relationship of data.relationships.nodes) {
    const other =
      relationship.fromOrganisationId === organisationId ? relationship.toOrganisationId : relationship.fromOrganisationId;
    byPartner.set(other, [...(byPartner.get(other) ?? []), relationship]);
  }
  const partners = new Map<string, PartnerRow>();
  for (const tie of data.organisation.ties) {
    if (partners.has(tie.otherOrganisationId) || tie.otherOrganisationId === organisationId) continue;
    const chosen = chooseRelationship(byPartner.get(tie.otherOrganisationId) ?? [], organisationId);
    partners.set(tie.otherOrganisationId, {
      partnerId: tie.otherOrganisationId,
      name: tie.organisation.name,
      sector: tie.organisation.sector,
      relationship: chosen ? { id: chosen.id, version: chosen.version } : null,
      trust: chosen?.trust ?? null,
      value: chosen?.value ?? null,
    });
  }
  return {
    organisationId,
    organisationName: data.organisation.name,
    partners: [...partners.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  };
}

function chooseRelationship(candidates: readonly RatedRelationship[], organisationId: string): RatedRelationship | null {
  const ours = candidates.filter(
    (r) => r.ownerOrganisationId === organisationId || r.fromOrganisationId === organisationId,
  );
  const rank = (r: RatedRelationship) =>
    (r.trust !== null || r.value !== null ? 2 : 0) + (r.ownerOrganisationId === organisationId ? 1 : 0);
  return [...ours].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/**
 * The partner ratings form's data: load an organisation's partners, then save a partner's trust and
 * value onto the relationship between them (creating an informal, mutual one the first time).
 */
@Injectable()
export class PartnerRatingsStore {
  private readonly ratingsGql = inject(PartnerRatingsGQL);
  private readonly createGql = inject(CreatePartnerRatingGQL);
  private readonly updateGql = inject(UpdatePartnerRatingGQL);
  private readonly byOrganisation = new RequestStore<string, PartnerRatingsState>({
    // Always from the server: ratings saved elsewhere change the partners' order.
    fetch: (organisationId) =>
      this.ratingsGql
        .fetch({ variables: { organisationId }, fetchPolicy: 'network-only' })
        .pipe(map((result): PartnerRatingsState => (result.data ? { status: 'ready', ratings: toPartnerRatings(result.data) } : { status: 'error' }))),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
  });
  readonly state: Signal<PartnerRatingsState> = this.byOrganisation.state;

  load(organisationId: string): void {
    this.byOrganisation.load(organisationId);
  }

  retry(): void {
    this.byOrganisation.retry();
  }

  /**
   * Saves one partner's scores; on success the row comes back with the relationship's new version,
   * on failure an Error whose message is ready to show beside the partner.
   */
  async save(organisationId: string, row: PartnerRow, trust: PartnerScore, value: PartnerScore): Promise<Result<PartnerRow>> {
    try {
      const saved = row.relationship
        ? (await firstValueFrom(
            this.updateGql.mutate({ variables: { input: { id: row.relationship.id, version: row.relationship.version, trust, value } } }),
          )).data?.updateRelationship
        : (await firstValueFrom(
            this.createGql.mutate({
              variables: {
                input: {
                  fromOrganisationId: organisationId,
                  toOrganisationId: row.partnerId,
                  type: RelationshipType.INFORMAL,
                  directed: false,
                  trust,
                  value,
                },
              },
            }),
          )).data?.createRelationship;
      if (!saved) return { ok: false, error: new Error('Saving did not work. Please try again.') };
      return {
        ok: true,
        value: { ...row, relationship: { id: saved.id, version: saved.version }, trust: saved.trust ?? null, value: saved.value ?? null },
      };
    } catch (error) {
      return { ok: false, error: new Error(ratingErrorMessage(error)) };
    }
  }
}

/** The server's sentence for people when it gave one; a plain fallback for network trouble. */
export function ratingErrorMessage(error: unknown): string {
  const errors = (error as { errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown } }> }).errors ?? [];
  const first = errors[0];
  if (first?.extensions?.code === 'FORBIDDEN') {
    return 'You may not change this rating: only your organisation’s administrators and coordinators can.';
  }
  if (first?.message) return first.message;
  return 'We could not reach the server. Check your connection and try again.';
}
