import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { DateField } from './date-field';
import { SelectField } from './select-field';
import { provideUkDates } from './uk-dates';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateField, SelectField],
  providers: [provideUkDates()],
  template: `
    <cg-date-field label="End date" [control]="end" testId="end" hint="Leave empty if it has no end." [invalid]="true" />
    <cg-select-field label="Status" [control]="status" [options]="statuses" testId="status" hint="Where it stands." />
  `,
})
class Host {
  readonly end = new FormControl<Date | null>(null);
  readonly status = new FormControl('ACTIVE', { nonNullable: true });
  readonly statuses = [
    ['ACTIVE', 'Active'],
    ['CLOSED', 'Closed'],
  ] as const;
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  return { fixture, host: fixture.componentInstance, element: fixture.nativeElement as HTMLElement };
}

describe('record form fields', () => {
  it('a date field reads a UK date into its control, with its label, hint and test id', () => {
    const { fixture, host, element } = render();
    const input = element.querySelector('[data-testid="end"]') as HTMLInputElement;
    expect(element.textContent).toContain('End date');
    expect(element.textContent).toContain('Leave empty if it has no end.');
    input.value = '31/03/2026';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(host.end.value).toEqual(new Date(2026, 2, 31));
  });

  it('a date field says when the text is not a real date, and shows the server’s message', () => {
    const { fixture, host, element } = render();
    const input = element.querySelector('[data-testid="end"]') as HTMLInputElement;
    input.value = '31/02/2026';
    input.dispatchEvent(new Event('input'));
    host.end.markAsTouched();
    fixture.detectChanges();
    expect(element.textContent).toContain('Enter a real date as dd/mm/yyyy.');
    host.end.setValue(new Date(2026, 2, 31));
    host.end.setErrors({ server: 'The end is after the partnership closed.' });
    fixture.detectChanges();
    expect(element.textContent).toContain('The end is after the partnership closed.');
  });

  it('a select field shows the chosen label and its hint', async () => {
    const { fixture, element } = render();
    await fixture.whenStable();
    fixture.detectChanges();
    const select = element.querySelector('[data-testid="status"]');
    expect(select?.textContent).toContain('Active');
    expect(element.textContent).toContain('Where it stands.');
  });
});
