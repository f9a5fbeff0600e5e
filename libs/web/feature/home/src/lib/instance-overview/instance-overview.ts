import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { OverviewStore } from '@cg/web/data-access';
import { CountBreakdown, EmptyState, ErrorState, LoadingState, StatCard } from '@cg/web/ui';
import { toSectorRows } from '../sector-rows';

/** The instance's headline figures: organisations, live partnerships and projects, activity, funding. */
@Component({
  selector: 'cg-instance-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountBreakdown, EmptyState, ErrorState, LoadingState, MatButton, StatCard],
  // Provided here so the query starts with the figures and stops when they are left.
  providers: [OverviewStore],
  templateUrl: './instance-overview.html',
  styleUrl: './instance-overview.scss',
})
export class InstanceOverview {
  private readonly store = inject(OverviewStore);

  /** The section's heading (an h2), e.g. "Across Common Ground". */
  readonly heading = input('Across Common Ground');
  /** Whether to show organisations by sector under the figures. */
  readonly showSectors = input(true);

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
