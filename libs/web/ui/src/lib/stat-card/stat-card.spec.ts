import { TestBed } from '@angular/core/testing';
import { StatCard } from './stat-card';

describe('StatCard', () => {
  it('shows the formatted value and its label', async () => {
    const fixture = TestBed.createComponent(StatCard);
    fixture.componentRef.setInput('value', 12345);
    fixture.componentRef.setInput('label', 'organisations');
    fixture.componentRef.setInput('valueTestId', 'organisation-count');
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="organisation-count"]')?.textContent).toBe('12,345');
    expect(element.textContent?.trim()).toBe('12,345 organisations');
  });
});
