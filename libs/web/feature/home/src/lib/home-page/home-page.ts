import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { OverviewStore } from '@cg/web/data-access';
import { CountBreakdown, EmptyState, ErrorState, LoadingState, StatCard } from '@cg/web/ui';
import { toSectorRows } from '../sector-rows';

/** The home page: the instance's headline figures. */
@Component({
  selector: 'cg-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountBreakdown, EmptyState, ErrorState, LoadingState, MatButton, StatCard],
  // Provided here so the query starts with the page and stops when it is left.
  providers: [OverviewStore],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly store = inject(OverviewStore);

  protected readonly state = this.store.state;

  protected readonly overview = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.overview : null;
  });

  protected readonly organisationLabel = computed(() =>
    this.overview()?.organisationCount === 1 ? 'organisation' : 'organisations',
  );

  protected readonly sectorRows = computed(() => toSectorRows(this.overview()?.organisationsBySector ?? []));

  protected plural(count: number, one: string, many: string): string {
    return count === 1 ? one : many;
  }

  protected retry(): void {
    this.store.retry();
  }
}
