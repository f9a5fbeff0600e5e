import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InjectionToken,
  afterRenderEffect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import type { DrawnChart } from './render-chart';

/** Draws a chart on a canvas; the default loads Chart.js only when the first chart is drawn. */
export type GrowthChartRenderer = (canvas: HTMLCanvasElement, config: ChartConfiguration<'line'>) => Promise<DrawnChart>;

export const GROWTH_CHART_RENDERER = new InjectionToken<GrowthChartRenderer>('GROWTH_CHART_RENDERER', {
  providedIn: 'root',
  factory: () => (canvas, config) => import('./render-chart').then((m) => m.renderChart(canvas, config)),
});

/** One line chart of a partnership's growth; the words for it are the caller's (`label`, and a table). */
@Component({
  selector: 'cg-growth-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="canvas-box" [class.hidden]="failed()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
    @if (failed()) {
      <p class="failed">The chart could not be drawn, but the figures are in the table below.</p>
    }
  `,
  styles: `
    :host { display: block; min-inline-size: 0; }
    .canvas-box { position: relative; block-size: 15rem; min-inline-size: 0; }
    .canvas-box.hidden { display: none; }
    .failed { margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class GrowthChart {
  private readonly render = inject(GROWTH_CHART_RENDERER);

  readonly config = input.required<ChartConfiguration<'line'>>();
  /** What the chart shows, in words, for screen readers. */
  readonly label = input.required<string>();

  protected readonly failed = signal(false);
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
            // New figures may have arrived while Chart.js loaded.
            if (this.config() !== config) chart.update(this.config());
          },
          () => this.failed.set(true),
        );
      },
    });
  }
}
