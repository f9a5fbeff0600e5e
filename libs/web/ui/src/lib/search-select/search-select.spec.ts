import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { SearchSelect, SearchSelectOption, unchosenText } from './search-select';

const MILLBROOK: SearchSelectOption = { id: 'w1', label: 'Millbrook', detail: 'Ward, in Northby' };

function render(selected: SearchSelectOption | null = null) {
  const fixture = TestBed.createComponent(SearchSelect);
  fixture.componentRef.setInput('label', 'Place');
  fixture.componentRef.setInput('searchWith', () => of([MILLBROOK]));
  fixture.componentRef.setInput('selected', selected);
  fixture.detectChanges();
  const input: HTMLInputElement = fixture.nativeElement.querySelector('input');
  return { fixture, input };
}

describe('SearchSelect', () => {
  it('counts only typed text, not a chosen option, as unchosen', () => {
    expect(unchosenText('  mill ')).toBe('mill');
    expect(unchosenText(MILLBROOK)).toBe('');
    expect(unchosenText(null)).toBe('');
  });

  it('shows a choice made outside, with its detail as the hint', async () => {
    const { fixture, input } = render(MILLBROOK);
    await fixture.whenStable();
    expect(input.value).toBe('Millbrook');
    expect(fixture.nativeElement.textContent).toContain('Ward, in Northby');
    expect(fixture.componentInstance.unresolved()).toBe('');
  });

  it('forgets the choice when the person types again, and says so until one is chosen', async () => {
    const { fixture, input } = render(MILLBROOK);
    await fixture.whenStable();
    input.value = 'Mill';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(fixture.componentInstance.selected()).toBeNull();
    expect(fixture.componentInstance.unresolved()).toBe('Mill');
    fixture.componentInstance.markAsTouched();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Choose from the list, or clear the box.');
  });

  it('clears the choice with the clear button', async () => {
    const { fixture } = render(MILLBROOK);
    await fixture.whenStable();
    const clear: HTMLButtonElement = fixture.nativeElement.querySelector('button[aria-label="Clear place"]');
    clear.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.selected()).toBeNull();
    expect(fixture.nativeElement.querySelector('input').value).toBe('');
  });
});
