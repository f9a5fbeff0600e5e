import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InjectionToken,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { OutcomeIndicator } from '@cg/web/data-access';
import { formatUkDate } from '@cg/web/ui';
import { indicatorChartConfig } from './chart-config';
import { chartSummary, formatIndicatorValue, toIndicatorSeries } from './indicator-series';
import type { DrawnChart } from './render-chart';

/** Draws a chart on a canvas; the default loads Chart.js only when the first chart is drawn. */
export type ChartRenderer = (canvas: HTMLCanvasElement, config: ChartConfiguration<'line'>) => Promise<DrawnChart>;

export const CHART_RENDERER = new InjectionToken<ChartRenderer>('CHART_RENDERER', {
  providedIn: 'root',
  factory: () => (canvas, config) => import('./render-chart').then((m) => m.renderChart(canvas, config)),
});

/**
 * One indicator's readings as a line chart against its baseline, target and plan, with the same
 * in words (a summary sentence, and the readings as a table) for anyone who cannot see the chart.
 */
@Component({
  selector: 'cg-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-chart.html',
  styleUrl: './indicator-chart.scss',
})
export class IndicatorChart {
  private readonly render = inject(CHART_RENDERER);

  readonly indicator = input.required<OutcomeIndicator>();

  protected readonly series = computed(() => toIndicatorSeries(this.indicator()));
  protected readonly summary = computed(() => chartSummary(this.indicator()));
  protected readonly config = computed(() => indicatorChartConfig(this.series(), this.indicator().unit));
  /** Readings newest first, for the table. */
  protected readonly rows = computed(() => [...this.series().readings].reverse());
  protected readonly failed = signal(false);
  protected readonly value = (value: number) => formatIndicatorValue(value, this.indicator().unit);
  protected readonly date = formatUkDate;

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: DrawnChart | null = null;
  private drawing = false;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    afterRenderEffect({
      write: () => {
        const config = this.config();
        if (this.chart) {
          this.chart.update(config);
          return;
        }
        if (this.drawing) return;
        this.drawing = true;
        this.render(this.canvas().nativeElement, config).then(
          (chart) => {
            if (this.destroyed) return chart.destroy();
            this.chart = chart;
            // New readings may have arrived while Chart.js loaded.
            if (this.config() !== config) chart.update(this.config());
          },
          () => this.failed.set(true),
        );
      },
    });
  }
}
