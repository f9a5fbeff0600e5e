import { TestBed } from '@angular/core/testing';
import { EmptyState } from './empty-state';

describe('EmptyState', () => {
  it('shows its heading and message', async () => {
    const fixture = TestBed.createComponent(EmptyState);
    fixture.componentRef.setInput('heading', 'No organisations yet');
    fixture.componentRef.setInput('message', 'Add or import organisations to see them here.');
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent).toBe('No organisations yet');
    expect(element.querySelector('p')?.textContent).toBe('Add or import organisations to see them here.');
  });
});
