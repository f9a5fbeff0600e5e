import { TestBed } from '@angular/core/testing';
import { ListPager } from './list-pager';

describe('ListPager', () => {
  function render(pageNumber: number, hasNextPage: boolean) {
    const fixture = TestBed.createComponent(ListPager);
    fixture.componentRef.setInput('pageNumber', pageNumber);
    fixture.componentRef.setInput('hasNextPage', hasNextPage);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const [previous, next] = Array.from(element.querySelectorAll('button'));
    return { fixture, element, previous, next };
  }

  it('on the first page offers only the next, and says which page it is', () => {
    const { element, previous, next } = render(1, true);
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages of results');
    expect(element.querySelector('.page-number')?.textContent).toBe('Page 1');
    expect(previous.textContent?.trim()).toBe('Previous page');
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
  });

  it('tells the list which way to go, and offers no next page after the last', () => {
    const { fixture, previous, next } = render(3, false);
    const moves: string[] = [];
    fixture.componentInstance.previous.subscribe(() => moves.push('previous'));
    fixture.componentInstance.next.subscribe(() => moves.push('next'));
    expect(next.disabled).toBe(true);
    previous.click();
    expect(moves).toEqual(['previous']);
  });
});
