import { TestBed } from '@angular/core/testing';
import { CountBreakdown } from './count-breakdown';

describe('CountBreakdown', () => {
  it('renders one row per entry, in the order given, with formatted counts', async () => {
    const fixture = TestBed.createComponent(CountBreakdown);
    fixture.componentRef.setInput('labelHeading', 'Sector');
    fixture.componentRef.setInput('countHeading', 'Organisations');
    fixture.componentRef.setInput('rows', [
      { label: 'Voluntary and community', count: 1500 },
      { label: 'Public', count: 20 },
    ]);
    await fixture.whenStable();

    const rows = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr'),
      (row) => [row.querySelector('th')?.textContent?.trim(), row.querySelector('.number')?.textContent?.trim()],
    );
    expect(rows).toEqual([
      ['Voluntary and community', '1,500'],
      ['Public', '20'],
    ]);
  });
});
