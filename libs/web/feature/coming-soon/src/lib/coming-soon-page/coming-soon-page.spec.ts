import { TestBed } from '@angular/core/testing';
import { ComingSoonPage } from './coming-soon-page';

describe('ComingSoonPage', () => {
  it('names the screen, says plainly it is coming soon, and what it will do', async () => {
    const fixture = TestBed.createComponent(ComingSoonPage);
    fixture.componentRef.setInput('heading', 'Place map');
    fixture.componentRef.setInput('summary', 'Shade areas by deprivation.');
    await fixture.whenStable();

    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Place map');
    expect(page.querySelector('h2')?.textContent).toBe('Coming soon');
    expect(page.textContent).toContain('Shade areas by deprivation.');
  });
});
