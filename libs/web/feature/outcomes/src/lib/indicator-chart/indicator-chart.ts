import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { OutcomeIndicator } from '@cg/web/data-access';
import { LineChart, formatUkDate } from '@cg/web/ui';
import { indicatorChartConfig } from './chart-config';
import { chartSummary, formatIndicatorValue, toIndicatorSeries } from './indicator-series';

/**
 * One indicator's readings as a line chart against its baseline, target and plan, with the same
 * in words (a summary sentence, and the readings as a table) for anyone who cannot see the chart.
 */
@Component({
  selector: 'cg-indicator-chart',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LineChart],
  templateUrl: './indicator-chart.html',
  styleUrl: './indicator-chart.scss',
})
export class IndicatorChart {
  readonly indicator = input.required<OutcomeIndicator>();

  protected readonly series = computed(() => toIndicatorSeries(this.indicator()));
  protected readonly summary = computed(() => chartSummary(this.indicator()));
  protected readonly config = computed(() => indicatorChartConfig(this.series(), this.indicator().unit));
  /** Readings newest first, for the table. */
  protected readonly rows = computed(() => [...this.series().readings].reverse());
  /** When the chart cannot be drawn, the table opens in its place. */
  protected readonly failed = signal(false);
  protected readonly value = (value: number) => formatIndicatorValue(value, this.indicator().unit);
  protected readonly date = formatUkDate;
}
