import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ORGANISATION_TYPE_LABELS, PARTNER_ROLE_LABELS, PARTNERSHIP_STATUS_LABELS, PROJECT_STATUS_LABELS, RELATIONSHIP_TYPE_LABELS, SECTOR_LABELS, sectorInWords } from '@cg/shared/domain';
import {
  OrganisationEditor,
  OrganisationNamesStore,
  OrganisationProfile,
  OrganisationProfileStore,
  PartnerRelationship,
  PartnerRelationshipsStore,
  SessionStore,
  TieKind,
  administeredOrganisationIds,
  canEditOrganisation,
  canEditRelationship,
  whyReadOnly,
} from '@cg/web/data-access';
import { PartnerSuggestions } from '@cg/web/suggestions';
import { RecordPageState, describeError, formatCount, formatPounds, formatUkDate } from '@cg/web/ui';
import { TIE_KIND_HEADINGS } from '../labels';
import { OrganisationForm } from '../organisation-form/organisation-form';
import { PartnerForm } from '../partner-form/partner-form';
import { postcodePlacesSentence } from '../postcode-places';

type Tie = OrganisationProfile['ties'][number];

/** One line of a tie group: an organisation, and how often and how much it is tied this way. */
export interface TieEntry {
  readonly key: string;
  readonly organisation: Tie['organisation'];
  readonly relationshipType: Tie['relationshipType'];
  /** "Strength 4 of 5" and the like; relationships only. */
  readonly scores: readonly string[];
  /** Funding in pounds, summed over the ties merged into this line. */
  readonly amount: number | null;
  readonly direction: 'given' | 'received' | null;
  /** How many partnerships, projects or grants the line stands for. */
  readonly count: number;
}

export interface TieGroup {
  readonly kind: Tie['kind'];
  readonly heading: string;
  readonly entries: readonly TieEntry[];
}

/**
 * Groups ties by kind, in the profile's order, leaving out kinds with none. Each working
 * relationship keeps its own line (its type and scores differ); shared partnerships, joint
 * projects and grants merge into one line per organisation (and direction), with a count.
 */
export function groupTies(ties: readonly Tie[]): TieGroup[] {
  return TIE_KIND_HEADINGS.map(([kind, heading]) => {
    const entries = new Map<string, TieEntry>();
    for (const tie of ties.filter((t) => t.kind === kind)) {
      const direction = tie.directed ? (tie.outgoing ? 'given' : 'received') : null;
      const key =
        kind === TieKind.RELATIONSHIP ? `${tie.viaId}:${tie.organisation.id}` : `${tie.organisation.id}:${direction ?? ''}`;
      const existing = entries.get(key);
      entries.set(key, {
        key,
        organisation: tie.organisation,
        relationshipType: tie.relationshipType,
        scores: tieScores(tie),
        amount: sumAmounts(existing?.amount ?? null, tie.amount),
        direction,
        count: (existing?.count ?? 0) + 1,
      });
    }
    return { kind, heading, entries: [...entries.values()] };
  }).filter((group) => group.entries.length > 0);
}

/** Adds two amounts, staying null only when both are. */
function sumAmounts(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

/** "2 shared partnerships", "3 joint projects", "2 grants"; nothing for a single one. */
export function tieCount(kind: Tie['kind'], count: number): string {
  if (count < 2) return '';
  switch (kind) {
    case TieKind.CO_MEMBERSHIP:
      return `${count} shared partnerships`;
    case TieKind.JOINT_PROJECT:
      return `${count} joint projects`;
    case TieKind.FUNDING:
      return `${count} grants`;
    default:
      return `${count} relationships`;
  }
}

/** "Strength 4 of 5", "Trust 3 of 4", "Value 2 of 4": the scores a tie carries, in words. */
export function tieScores(tie: Tie): string[] {
  const scores: string[] = [];
  if (tie.strength != null) scores.push(`Strength ${tie.strength} of 5`);
  if (tie.trust != null) scores.push(`Trust ${tie.trust} of 4`);
  if (tie.value != null) scores.push(`Value ${tie.value} of 4`);
  return scores;
}

/** One organisation's profile: who it is, where, its people, partnerships, projects and ties. */
@Component({
  selector: 'cg-organisation-profile-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, OrganisationForm, PartnerForm, PartnerSuggestions, RecordPageState, RouterLink],
  providers: [OrganisationProfileStore, PartnerRelationshipsStore],
  templateUrl: './organisation-profile-page.html',
  styleUrl: './organisation-profile-page.scss',
})
export class OrganisationProfilePage {
  private readonly store = inject(OrganisationProfileStore);
  private readonly relationshipsStore = inject(PartnerRelationshipsStore);
  private readonly session = inject(SessionStore);
  private readonly names = inject(OrganisationNamesStore);
  private readonly editor = inject(OrganisationEditor);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly organisation = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.organisation : null;
  });
  protected readonly tieGroups = computed(() => groupTies(this.organisation()?.ties ?? []));

  /** Whether the user belongs to this organisation (in any role). */
  protected readonly isOwn = computed(() => {
    const id = this.organisation()?.id;
    return !!id && !!this.session.user()?.memberships.some((m) => m.organisationId === id);
  });
  /** Why the user may not change things here, in one line; null when they may. */
  protected readonly readOnlyReason = computed(() => whyReadOnly(this.session.user()));
  /** The user's organisations (where they are an administrator) that may record a tie to this one. */
  protected readonly actingFor = computed(() => {
    const id = this.organisation()?.id;
    const names = this.names.names();
    return administeredOrganisationIds(this.session.user())
      .filter((own) => own !== id)
      .map((own) => ({ id: own, name: names[own] ?? 'Your organisation' }));
  });
  protected readonly canAddPartner = computed(() => !this.isOwn() && this.actingFor().length > 0);
  protected readonly canEditDetails = computed(() => {
    const organisation = this.organisation();
    return !!organisation && canEditOrganisation(this.session.user(), organisation);
  });
  protected readonly relationshipsState = this.relationshipsStore.state;
  /** Relationships between this organisation and the user's that the user may change. */
  protected readonly myRelationships = computed(() => {
    const state = this.relationshipsState();
    const user = this.session.user();
    return state.status === 'ready' ? state.relationships.filter((r) => canEditRelationship(user, r)) : [];
  });

  /**
   * Place follows postcode: with no home place recorded, the local authority the postcode lies in
   * is offered to those who may change the details.
   */
  protected readonly suggestedHomePlace = computed(() => {
    const organisation = this.organisation();
    if (!organisation || organisation.homePlace || !this.canEditDetails()) return null;
    return organisation.postcodePlaces?.localAuthority ?? null;
  });
  protected readonly settingHomePlace = signal(false);
  protected readonly homePlaceProblem = signal<string | null>(null);
  protected readonly postcodeSentence = postcodePlacesSentence;

  /** 'new' while adding a partner, a relationship id while changing it, null otherwise. */
  protected readonly editingTie = signal<string | null>(null);
  protected readonly editingRelationship = computed(
    () => this.myRelationships().find((r) => r.id === this.editingTie()) ?? null,
  );
  protected readonly editingDetails = signal(false);
  /** Said once after a save, in a polite live region. */
  protected readonly announcement = signal('');

  protected readonly typeLabels = ORGANISATION_TYPE_LABELS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly sectorInWords = sectorInWords;
  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly partnershipStatusLabels = PARTNERSHIP_STATUS_LABELS;
  protected readonly projectStatusLabels = PROJECT_STATUS_LABELS;
  protected readonly relationshipLabels = RELATIONSHIP_TYPE_LABELS;
  protected readonly pounds = formatPounds;
  protected readonly date = formatUkDate;
  protected readonly count = formatCount;
  protected readonly tieCount = tieCount;

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => {
      const ids = administeredOrganisationIds(this.session.user());
      this.names.want(ids);
      this.relationshipsStore.load(this.id(), ids.filter((own) => own !== this.id()));
    });
    // A new page: no form left open from the last organisation.
    effect(() => {
      this.id();
      this.editingTie.set(null);
      this.editingDetails.set(false);
      this.announcement.set('');
    });
    // The route's title is the generic "Organisation – Common Ground"; once loaded, name it.
    const title = inject(Title);
    effect(() => {
      const organisation = this.organisation();
      if (!organisation) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([organisation.name, ...rest].join(' – '));
    });
  }

  protected startTie(id: string): void {
    this.announcement.set('');
    this.editingDetails.set(false);
    this.editingTie.set(id);
  }

  protected onTieSaved(event: { relationship: PartnerRelationship | null; ended: boolean }, name: string): void {
    const added = this.editingTie() === 'new';
    this.editingTie.set(null);
    this.announcement.set(
      event.ended ? `Relationship with ${name} ended.` : added ? `${name} added as a partner.` : `Relationship with ${name} saved.`,
    );
  }

  /** Sets the home place through the normal update, on the version the profile shows. */
  protected async useAsHomePlace(place: { id: string; name: string }): Promise<void> {
    const organisation = this.organisation();
    if (!organisation) return;
    this.settingHomePlace.set(true);
    this.homePlaceProblem.set(null);
    const result = await this.editor.update({ id: organisation.id, version: organisation.version, homePlaceId: place.id });
    this.settingHomePlace.set(false);
    if (result.ok) this.announcement.set(`${place.name} is now the home place.`);
    else this.homePlaceProblem.set(describeError(result.error).message);
  }

  protected startEditingDetails(): void {
    this.announcement.set('');
    this.editingTie.set(null);
    this.editingDetails.set(true);
  }

  protected onDetailsSaved(): void {
    this.editingDetails.set(false);
    this.announcement.set('Details saved.');
  }

  /** "Refers people to · Strength 4 of 5 · Trust 3 of 4", for the user's own ties. */
  protected relationshipSummary(relationship: PartnerRelationship): string {
    const type = RELATIONSHIP_TYPE_LABELS[relationship.type];
    const direction = relationship.directed
      ? `${type}, from ${relationship.fromOrganisation.name} to ${relationship.toOrganisation.name}`
      : `${type}, both ways`;
    const scores = [`Strength ${relationship.strength} of 5`];
    if (relationship.trust != null) scores.push(`Trust ${relationship.trust} of 4`);
    if (relationship.value != null) scores.push(`Value ${relationship.value} of 4`);
    const dates = relationship.fromDate ? [`since ${formatUkDate(relationship.fromDate)}`] : [];
    if (relationship.toDate) dates.push(`until ${formatUkDate(relationship.toDate)}`);
    return [direction, ...scores, ...dates].join(' · ');
  }

  protected placeNames(places: readonly { name: string }[]): string {
    return places.map((place) => place.name).join(', ');
  }

  protected websiteHref(website: string): string {
    return /^https?:\/\//i.test(website) ? website : `https://${website}`;
  }

  protected retry(): void {
    this.store.retry();
  }
}
