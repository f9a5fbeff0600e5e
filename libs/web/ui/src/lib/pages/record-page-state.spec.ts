import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RecordPageState, RecordPageStatus } from './record-page-state';

function render(status: RecordPageStatus) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(RecordPageState);
  fixture.componentRef.setInput('status', status);
  fixture.componentRef.setInput('what', 'partnership');
  fixture.componentRef.setInput('plural', 'partnerships');
  fixture.componentRef.setInput('listLink', '/partnerships');
  fixture.componentRef.setInput('notFound', 'There is no partnership at this address.');
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('RecordPageState', () => {
  it('says it is loading the record, under the way back to the list', () => {
    const { element } = render('loading');
    expect(element.querySelector('.back a')?.textContent).toBe('All partnerships');
    expect(element.textContent).toContain('Loading the partnership…');
  });

  it('says the record is not found, with a way to the list', () => {
    const { element } = render('not-found');
    expect(element.querySelector('h1')?.textContent).toBe('Partnership not found');
    expect(element.querySelector('[data-testid="not-found"]')?.textContent).toBe('There is no partnership at this address.');
    expect(element.textContent).toContain('See all partnerships');
  });

  it('offers "Try again" when the server cannot be reached, and nothing once the record is there', () => {
    const { fixture, element } = render('error');
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    expect(element.textContent).toContain('Partnership unavailable');
    Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Try again')?.click();
    expect(retried).toBe(1);
    fixture.componentRef.setInput('status', 'ready');
    fixture.detectChanges();
    expect(element.querySelector('h1')).toBeNull();
  });
});
