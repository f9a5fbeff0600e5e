import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  DismissPartnerSuggestionGQL,
  OrganisationRole,
  PartnerSuggestionsGQL,
  PartnerSuggestionsQuery,
  RestorePartnerSuggestionGQL,
  SessionStore,
} from '@cg/web/data-access';
import { firstValueFrom } from 'rxjs';

type Suggestion = PartnerSuggestionsQuery['partnerSuggestions'][number];

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly suggestions: readonly Suggestion[] };

/** The organisation's admins and coordinators (and instance admins) may say "Not now". */
export function mayDismiss(
  user: { isInstanceAdmin: boolean; memberships: readonly { organisationId: string; role: OrganisationRole }[] } | null | undefined,
  organisationId: string,
): boolean {
  if (!user) return false;
  return (
    user.isInstanceAdmin ||
    user.memberships.some(
      (m) => m.organisationId === organisationId && (m.role === OrganisationRole.ORG_ADMIN || m.role === OrganisationRole.COORDINATOR),
    )
  );
}

let nextId = 0;

/**
 * "Suggested partners" for one organisation (issue #15): organisations it has no tie with yet,
 * each with the reason in words, a link, and "Not now" (undoable) for those who may decide.
 * Fetches its own data, so a page adds it with one tag; the page's class styles the host.
 */
@Component({
  selector: 'cg-partner-suggestions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  templateUrl: './partner-suggestions.html',
  styleUrl: './partner-suggestions.scss',
  host: { role: 'region', '[attr.aria-labelledby]': 'headingId', 'data-testid': 'partner-suggestions', class: 'cg-own-layout' },
})
export class PartnerSuggestions {
  private readonly suggestionsGql = inject(PartnerSuggestionsGQL);
  private readonly dismissGql = inject(DismissPartnerSuggestionGQL);
  private readonly restoreGql = inject(RestorePartnerSuggestionGQL);
  private readonly session = inject(SessionStore);

  readonly organisationId = input.required<string>();
  /** How many to show. */
  readonly first = input(5);

  protected readonly headingId = `partner-suggestions-${++nextId}`;
  protected readonly state = signal<State>({ status: 'loading' });
  /** The organisation just dismissed, offered back until the next change. */
  protected readonly dismissed = signal<Suggestion | null>(null);
  protected readonly problem = signal('');
  protected readonly busy = signal(false);
  protected readonly canDismiss = computed(() => mayDismiss(this.session.user(), this.organisationId()));
  /** Whether the reader belongs to the organisation, so the reasons' "your" is theirs. */
  protected readonly isOwn = computed(() => !!this.session.user()?.memberships.some((m) => m.organisationId === this.organisationId()));

  constructor() {
    effect(() => void this.load(this.organisationId()));
  }

  /** Loads the suggestions; `quietly` keeps the list on screen meanwhile (after a dismissal or an undo). */
  protected async load(organisationId = this.organisationId(), quietly = false): Promise<void> {
    if (!quietly) this.state.set({ status: 'loading' });
    try {
      const result = await firstValueFrom(
        this.suggestionsGql.fetch({ variables: { organisationId, first: this.first() }, fetchPolicy: 'network-only' }),
      );
      this.state.set({ status: 'ready', suggestions: result.data?.partnerSuggestions ?? [] });
    } catch {
      this.state.set({ status: 'error' });
    }
  }

  protected async dismiss(suggestion: Suggestion): Promise<void> {
    await this.change(async (organisationId) => {
      await firstValueFrom(this.dismissGql.mutate({ variables: { organisationId, suggestedOrganisationId: suggestion.organisation.id } }));
      this.dismissed.set(suggestion);
      // Gone at once; the next one moves up when the list comes back.
      const current = this.state();
      if (current.status === 'ready')
        this.state.set({ ...current, suggestions: current.suggestions.filter((s) => s.organisation.id !== suggestion.organisation.id) });
    });
  }

  protected async undo(): Promise<void> {
    const suggestion = this.dismissed();
    if (!suggestion) return;
    await this.change(async (organisationId) => {
      await firstValueFrom(this.restoreGql.mutate({ variables: { organisationId, suggestedOrganisationId: suggestion.organisation.id } }));
      this.dismissed.set(null);
    });
  }

  private async change(work: (organisationId: string) => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set('');
    try {
      await work(this.organisationId());
      await this.load(this.organisationId(), true);
    } catch {
      this.problem.set('That did not work. Please try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
