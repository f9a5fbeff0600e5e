import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import { LINE_CHART_RENDERER, LineChart } from './line-chart';

const config = (label: string): ChartConfiguration<'line'> => ({ type: 'line', data: { datasets: [{ label, data: [1, 2] }] } });

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LineChart],
  template: `<cg-line-chart [config]="config()" label="Members by month" figures="readings" (failedToDraw)="failed = true" />`,
})
class Host {
  readonly config = signal(config('first'));
  failed = false;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('LineChart', () => {
  function setUp(renderer: unknown) {
    TestBed.configureTestingModule({ providers: [{ provide: LINE_CHART_RENDERER, useValue: renderer }] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return fixture;
  }

  it('draws once, then updates the drawn chart as the config changes, and destroys it', async () => {
    const drawn: string[] = [];
    const destroy = jest.fn();
    const fixture = setUp(async (canvas: HTMLCanvasElement, first: ChartConfiguration<'line'>) => {
      drawn.push(`draw ${first.data.datasets[0].label} on ${canvas.getAttribute('aria-label')}`);
      return { update: (next: ChartConfiguration<'line'>) => drawn.push(`update ${next.data.datasets[0].label}`), destroy };
    });
    await settle();
    fixture.componentInstance.config.set(config('second'));
    fixture.detectChanges();
    await settle();
    expect(drawn).toEqual(['draw first on Members by month', 'update second']);
    fixture.destroy();
    expect(destroy).toHaveBeenCalled();
  });

  it('says the figures are in the table when the chart cannot be drawn', async () => {
    const fixture = setUp(() => Promise.reject(new Error('no canvas')));
    await settle();
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent;
    expect(text).toContain('The chart could not be drawn, but the readings are in the table below.');
    expect(fixture.componentInstance.failed).toBe(true);
  });
});
