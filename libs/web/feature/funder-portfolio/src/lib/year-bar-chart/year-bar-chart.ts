import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatPounds } from '@cg/web/ui';

export interface YearBar {
  readonly year: number;
  readonly amount: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 72 };

/** A round step for the axis: 1, 2 or 5 times a power of ten, giving about four ticks. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = rough / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * Money by year as a bar chart, drawn as plain SVG (a handful of bars needs no chart library).
 * The chart is one image with a summary for screen readers; the page shows the same figures in a table.
 */
@Component({
  selector: 'cg-year-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" class="chart" data-testid="year-chart">
      @for (tick of ticks(); track tick.value) {
        <line [attr.x1]="margin.left" [attr.x2]="width - margin.right" [attr.y1]="tick.y" [attr.y2]="tick.y" class="grid" />
        <text [attr.x]="margin.left - 6" [attr.y]="tick.y + 4" text-anchor="end" class="tick">{{ tick.text }}</text>
      }
      @for (bar of bars(); track bar.year) {
        <rect [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.width" [attr.height]="bar.height" class="bar" />
        <text [attr.x]="bar.x + bar.width / 2" [attr.y]="height - 8" text-anchor="middle" class="tick">{{ bar.year }}</text>
      }
    </svg>
  `,
  styles: `
    .chart { width: 100%; max-width: 48rem; height: auto; display: block; }
    .bar { fill: #1d4f91; }
    .grid { stroke: #e0e0e0; }
    .tick { font: 12px sans-serif; fill: #3c4043; }
  `,
})
export class YearBarChart {
  readonly data = input.required<readonly YearBar[]>();
  /** What the bars are, for the summary read to screen readers. */
  readonly measure = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly margin = MARGIN;

  private readonly max = computed(() => {
    const top = Math.max(0, ...this.data().map((d) => d.amount));
    const step = niceStep(top);
    return Math.max(step, Math.ceil(top / step) * step);
  });

  private readonly y = (value: number) =>
    HEIGHT - MARGIN.bottom - (value / this.max()) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  protected readonly ticks = computed(() => {
    const step = niceStep(this.max());
    const ticks = [];
    for (let value = 0; value <= this.max() + step / 2; value += step) {
      ticks.push({ value, y: this.y(value), text: formatPounds(value) });
    }
    return ticks;
  });

  protected readonly bars = computed(() => {
    const data = this.data();
    const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, data.length);
    const width = Math.min(48, slot * 0.7);
    return data.map((d, i) => ({
      year: d.year,
      x: MARGIN.left + slot * i + (slot - width) / 2,
      y: this.y(d.amount),
      width,
      height: Math.max(0, this.y(0) - this.y(d.amount)),
    }));
  });

  protected readonly label = computed(() => {
    const data = this.data();
    if (!data.length) return `${this.measure()}: no years with money.`;
    const largest = data.reduce((a, b) => (b.amount > a.amount ? b : a));
    return `Bar chart of ${this.measure()}, ${data[0].year} to ${data[data.length - 1].year}; the largest year is ${largest.year} with ${formatPounds(largest.amount)}. The table below gives every year.`;
  });
}
