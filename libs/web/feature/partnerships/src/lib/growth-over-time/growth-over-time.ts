import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PartnershipGrowthStore } from '@cg/web/data-access';
import { ErrorState, LineChart, LoadingState } from '@cg/web/ui';
import { CHARTED_INDICES, countLines, growthChartConfig, growthRows, growthSummary, shareLines } from './growth-series';

/**
 * "Growth over time": a partnership's members, sectors, ties and indices at each month end, as
 * its records stood then, as two line charts with the same figures in a table.
 */
@Component({
  selector: 'cg-partnership-growth',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, LineChart, LoadingState, MatButton],
  providers: [PartnershipGrowthStore],
  templateUrl: './growth-over-time.html',
  styleUrl: './growth-over-time.scss',
})
export class PartnershipGrowth {
  private readonly store = inject(PartnershipGrowthStore);

  readonly partnershipId = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly points = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.points : [];
  });
  /** Nothing to chart: no month had a member. */
  protected readonly empty = computed(() => this.points().every((p) => p.memberCount === 0));
  protected readonly summary = computed(() => growthSummary(this.points()));
  protected readonly counts = computed(() => growthChartConfig(this.points(), countLines(this.points()), false));
  protected readonly shares = computed(() => growthChartConfig(this.points(), shareLines(this.points()), true));
  protected readonly rows = computed(() => growthRows(this.points()));
  protected readonly indexHeadings = CHARTED_INDICES.map((index) => index.label);

  constructor() {
    effect(() => this.store.load(this.partnershipId()));
  }

  protected retry(): void {
    this.store.retry();
  }
}
