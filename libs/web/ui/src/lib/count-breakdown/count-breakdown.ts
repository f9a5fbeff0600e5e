import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatCount } from '../format/format-count';

export interface CountRow {
  readonly label: string;
  readonly count: number;
}

/**
 * A table of counts with a bar for each row. The bars are decoration: the
 * numbers in the table carry the meaning for everyone.
 */
@Component({
  selector: 'cg-count-breakdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './count-breakdown.html',
  styleUrl: './count-breakdown.scss',
})
export class CountBreakdown {
  readonly rows = input.required<readonly CountRow[]>();
  readonly labelHeading = input.required<string>();
  readonly countHeading = input.required<string>();
  /** Id of the visible heading that names this table. */
  readonly labelledBy = input<string>();

  protected readonly displayRows = computed(() => {
    const rows = this.rows();
    const largest = Math.max(1, ...rows.map((row) => row.count));
    return rows.map((row) => ({
      label: row.label,
      count: formatCount(row.count),
      barPercent: (row.count / largest) * 100,
    }));
  });
}
