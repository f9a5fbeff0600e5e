import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ResultsColumn, ResultsTable } from './results-table';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ResultsTable],
  template: `
    <cg-results-table caption="Places, showing 1–1 of 1 places" [columns]="columns">
      <tr><th scope="row">Millbrook</th><td class="number">3</td></tr>
    </cg-results-table>
  `,
})
class Host {
  readonly columns: readonly ResultsColumn[] = [
    { label: 'Name' },
    { label: 'decile', numeric: true, abbreviation: { short: 'IMD', title: 'Index of Multiple Deprivation' } },
  ];
}

describe('ResultsTable', () => {
  it('heads the page’s rows with the columns and a caption for screen readers', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const table = (fixture.nativeElement as HTMLElement).querySelector('table[data-testid="results-table"]');
    expect(table?.querySelector('caption')?.textContent).toBe('Places, showing 1–1 of 1 places');
    const headings = Array.from(table?.querySelectorAll('thead th') ?? []);
    expect(headings.map((th) => th.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Name', 'IMD decile']);
    expect(headings[1].classList).toContain('number');
    expect(headings[1].querySelector('abbr')?.getAttribute('title')).toBe('Index of Multiple Deprivation');
    expect(table?.querySelector('tbody tr th')?.textContent).toBe('Millbrook');
  });
});
