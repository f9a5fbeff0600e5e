import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InjectionToken,
  afterRenderEffect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import type { DrawnChart } from './render-chart';

export type { DrawnChart } from './render-chart';

/** Draws a chart on a canvas; the default loads Chart.js only when the first chart is drawn. */
export type LineChartRenderer = (canvas: HTMLCanvasElement, config: ChartConfiguration<'line'>) => Promise<DrawnChart>;

export const LINE_CHART_RENDERER = new InjectionToken<LineChartRenderer>('LINE_CHART_RENDERER', {
  providedIn: 'root',
  factory: () => (canvas, config) => import('./render-chart').then((m) => m.renderChart(canvas, config)),
});

/**
 * A Chart.js line chart on a canvas, drawn once Chart.js has loaded and updated in place as the
 * config changes. The words for it are the caller's: `label` for screen readers, and the same
 * figures as a table beside it; if the chart cannot be drawn it says so and `failedToDraw` fires.
 */
@Component({
  selector: 'cg-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="canvas-box" [class.hidden]="failed()" [style.block-size]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
    @if (failed()) {
      <p class="failed">The chart could not be drawn, but the {{ figures() }} are in the table below.</p>
    }
  `,
  styles: `
    :host { display: block; min-inline-size: 0; }
    .canvas-box { position: relative; min-inline-size: 0; }
    .canvas-box.hidden { display: none; }
    .failed { margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LineChart {
  private readonly render = inject(LINE_CHART_RENDERER);

  readonly config = input.required<ChartConfiguration<'line'>>();
  /** What the chart shows, in words, for screen readers. */
  readonly label = input.required<string>();
  /** What the table beside it holds ("readings", "figures"), for the message when drawing fails. */
  readonly figures = input('figures');
  readonly height = input('15rem');
  readonly failedToDraw = output<void>();

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
          () => {
            this.failed.set(true);
            this.failedToDraw.emit();
          },
        );
      },
    });
  }
}
