import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ListResults, ListResultsSource } from './list-results';
import type { ConnectionPage, ConnectionPageState } from './url-list-page';

const PAGE: ConnectionPage = { nodes: [1, 2], totalCount: 5, pageInfo: { hasNextPage: true, endCursor: 'e', startCursor: 's' } };
const EMPTY: ConnectionPage = { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false } };

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListResults],
  template: `
    <cg-list-results [list]="list" what="partnerships">
      <a listEmptyAction href="/partnerships/new">New partnership</a>
      @if (noted()) {
        <p listNote data-testid="results-note">Best matches come first.</p>
      }
      <table data-testid="results-table"></table>
    </cg-list-results>
  `,
})
class Host {
  readonly state = signal<ConnectionPageState<ConnectionPage>>({ status: 'loading' });
  readonly page = signal<ConnectionPage | null>(null);
  readonly hasFilters = signal(false);
  readonly noted = signal(false);
  readonly said: string[] = [];
  readonly list: ListResultsSource = {
    state: this.state,
    page: this.page,
    pageNumber: signal(1),
    summary: signal('Showing 1–2 of 5 partnerships'),
    emptyMessage: computed(() => 'No partnerships have been recorded yet.'),
    hasFilters: this.hasFilters,
    retry: () => this.said.push('retry'),
    clearFilters: () => this.said.push('clear'),
    previousPage: () => this.said.push('previous'),
    nextPage: () => this.said.push('next'),
  };
}

describe('ListResults', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const host = fixture.componentInstance;
    const show = (state: ConnectionPageState<ConnectionPage>, page: ConnectionPage | null) => {
      host.state.set(state);
      host.page.set(page);
      fixture.detectChanges();
    };
    const button = (name: string) => Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    return { element, host, show, button };
  }

  it('says it is finding the results, then shows the summary, the page’s own table and the pager', () => {
    const { element, host, show, button } = render();
    expect(element.textContent).toContain('Finding partnerships…');
    expect(element.querySelector('[data-testid="results-table"]')).toBeNull();
    show({ status: 'ready', page: PAGE }, PAGE);
    expect(element.querySelector('[data-testid="results-summary"]')?.textContent).toBe('Showing 1–2 of 5 partnerships');
    expect(element.querySelector('[data-testid="results-table"]')).not.toBeNull();
    button('Next page')?.click();
    expect(host.said).toEqual(['next']);
    // The next page loading: the last stays, faded, under the spinner.
    show({ status: 'loading' }, PAGE);
    expect(element.querySelector('section')?.classList).toContain('stale');
    expect(element.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
  });

  it('puts the page’s note above the results, outside the part that fades', () => {
    const { element, host, show } = render();
    host.noted.set(true);
    show({ status: 'ready', page: PAGE }, PAGE);
    const note = element.querySelector('[data-testid="results-note"]');
    expect(note?.textContent).toBe('Best matches come first.');
    expect(note?.compareDocumentPosition(element.querySelector('[data-testid="results-summary"]') as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(note?.closest('.shown')).toBeNull();
  });

  it('offers "Try again" when the list cannot be reached', () => {
    const { element, host, show, button } = render();
    show({ status: 'error' }, null);
    expect(element.textContent).toContain('Partnerships unavailable');
    expect(element.textContent).toContain('We could not reach the server, so the partnerships cannot be shown.');
    button('Try again')?.click();
    expect(host.said).toEqual(['retry']);
  });

  it('when empty, offers to clear the filters, or without filters the page’s own action', () => {
    const { element, host, show, button } = render();
    show({ status: 'ready', page: EMPTY }, EMPTY);
    expect(element.textContent).toContain('No partnerships found');
    expect(element.textContent).toContain('No partnerships have been recorded yet.');
    expect(element.querySelector('[listEmptyAction]')?.textContent).toBe('New partnership');
    expect(button('Clear filters')).toBeUndefined();
    host.hasFilters.set(true);
    show({ status: 'ready', page: EMPTY }, EMPTY);
    expect(element.querySelector('[listEmptyAction]')).toBeNull();
    button('Clear filters')?.click();
    expect(host.said).toEqual(['clear']);
  });
});
