import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PartnershipGapsGQL, PartnershipGapsQuery } from '@cg/web/data-access';
import { firstValueFrom } from 'rxjs';

type Gap = PartnershipGapsQuery['partnershipGaps'][number];

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly gaps: readonly Gap[] };

let nextId = 0;

/**
 * "Who is missing" from a partnership (issue #15): absent sectors, no community anchor, no
 * lived-experience seat, places with no member based there, each with up to three organisations
 * that would fill it. Fetches its own data, so the partnership page adds it with one tag.
 */
@Component({
  selector: 'cg-partnership-gaps',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  templateUrl: './partnership-gaps.html',
  styleUrl: '../partner-suggestions/partner-suggestions.scss',
  host: { role: 'region', '[attr.aria-labelledby]': 'headingId', 'data-testid': 'partnership-gaps', class: 'cg-own-layout' },
})
export class PartnershipGaps {
  private readonly gapsGql = inject(PartnershipGapsGQL);

  readonly partnershipId = input.required<string>();

  protected readonly headingId = `partnership-gaps-${++nextId}`;
  protected readonly state = signal<State>({ status: 'loading' });

  constructor() {
    effect(() => void this.load(this.partnershipId()));
  }

  protected async load(partnershipId = this.partnershipId()): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const result = await firstValueFrom(this.gapsGql.fetch({ variables: { partnershipId }, fetchPolicy: 'network-only' }));
      this.state.set({ status: 'ready', gaps: result.data?.partnershipGaps ?? [] });
    } catch {
      this.state.set({ status: 'error' });
    }
  }
}
