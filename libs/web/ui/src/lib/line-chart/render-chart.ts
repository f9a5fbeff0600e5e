import type { ChartConfiguration } from 'chart.js';
import { Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

// Only what a line chart on linear scales needs, so the lazy chunk stays small. Loaded by
// LineChart on the first chart drawn, never in the initial bundle.
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

/** A drawn chart the component can update with new data, and must destroy. */
export interface DrawnChart {
  update(config: ChartConfiguration<'line'>): void;
  destroy(): void;
}

/** Draws a line chart on the canvas with Chart.js. */
export function renderChart(canvas: HTMLCanvasElement, config: ChartConfiguration<'line'>): DrawnChart {
  const chart = new Chart(canvas, config);
  return {
    update(next) {
      chart.data = next.data;
      chart.options = next.options ?? {};
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
