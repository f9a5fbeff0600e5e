import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';

interface Drawn {
  destroy(): void;
}

/**
 * A small line chart of one measure across rounds (Chart.js, loaded on first use like the
 * outcome charts). Decorative beside the figures in words, so hidden from screen readers.
 */
@Component({
  selector: 'cg-health-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="box"><canvas #canvas aria-hidden="true"></canvas></div>`,
  styles: `.box { position: relative; height: 56px; width: 100%; }`,
})
export class HealthSparkline {
  readonly labels = input.required<readonly string[]>();
  readonly values = input.required<readonly (number | null)[]>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Drawn | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    afterRenderEffect({
      write: () => {
        const labels = [...this.labels()];
        const data = [...this.values()];
        void import('chart.js').then(({ Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale }) => {
          if (this.destroyed) return;
          Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
          this.chart?.destroy();
          this.chart = new Chart(this.canvas().nativeElement, {
            type: 'line',
            data: { labels, datasets: [{ data, borderColor: '#1d4f91', backgroundColor: '#1d4f91', pointRadius: 3, spanGaps: true }] },
            options: {
              responsive: true,
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { display: false }, tooltip: { enabled: false } },
              scales: { x: { display: false }, y: { display: false } },
            },
          });
        });
      },
    });
  }
}
