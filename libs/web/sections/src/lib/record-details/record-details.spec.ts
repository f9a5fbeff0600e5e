import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { PartnershipEditor, PartnershipStatus, Visibility } from '@cg/web/data-access';
import { datesInOrder, provideUkDates } from '@cg/web/ui';
import { of } from 'rxjs';
import { NameDescriptionStatusFields } from './name-description-status-fields';
import { recordDetailsControls } from './record-details.model';
import { RecordScopeFields } from './record-scope-fields';
import { VisibilityFieldset } from './visibility-fieldset';

const STATUS_OPTIONS = [
  [PartnershipStatus.FORMING, 'Forming'],
  [PartnershipStatus.ACTIVE, 'Active'],
] as const;

/** A form like the partnership's: the shared controls, the shared fields, and a rule across the dates. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NameDescriptionStatusFields, RecordScopeFields, VisibilityFieldset],
  template: `
    <form class="grid">
      <cg-name-description-status-fields
        what="partnership"
        [name]="form.controls.name"
        [description]="form.controls.purpose"
        descriptionLabel="Purpose"
        descriptionHint="What the partners want to change together."
        [status]="form.controls.status"
        [statusOptions]="statusOptions"
      />
      @if (withScope()) {
        <cg-record-scope-fields what="partnership" [controls]="form.controls" [group]="form" />
      }
      <cg-visibility-fieldset what="partnership" [control]="form.controls.visibility" />
    </form>
  `,
})
class Host {
  readonly withScope = signal(true);
  readonly statusOptions = STATUS_OPTIONS;
  readonly form = new FormGroup(recordDetailsControls<'purpose', PartnershipStatus>('purpose', PartnershipStatus.FORMING), {
    validators: datesInOrder('startDate', 'endDate'),
  });
}

describe('recordDetailsControls', () => {
  it('builds the shared controls under the form’s own word for the description, with their rules', () => {
    const controls = recordDetailsControls<'summary', PartnershipStatus>('summary', PartnershipStatus.ACTIVE);
    const form = new FormGroup(controls);
    expect(form.getRawValue()).toEqual({
      name: '',
      summary: null,
      status: PartnershipStatus.ACTIVE,
      startDate: null,
      endDate: null,
      places: [],
      themes: [],
      missions: [],
      visibility: Visibility.PUBLIC,
    });
    expect(controls.name.hasError('required')).toBe(true);
    controls.summary.setValue('x'.repeat(5001));
    expect(controls.summary.hasError('maxlength')).toBe(true);
  });
});

describe('the shared record fields', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideUkDates(), { provide: PartnershipEditor, useValue: { searchPlaces: () => of([]) } }],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, form: fixture.componentInstance.form };
  }

  it('names its fields by the record, opens on the name, and says what is missing once the form is touched', async () => {
    const { fixture, element, form } = await render();
    for (const id of ['partnership-name', 'partnership-purpose', 'partnership-status-select', 'partnership-start', 'partnership-end', 'partnership-places', 'partnership-themes', 'partnership-missions']) {
      expect(element.querySelector(`[data-testid="${id}"]`)).not.toBeNull();
    }
    expect(document.activeElement).toBe(element.querySelector('[data-testid="partnership-name"]'));
    expect(element.textContent).not.toContain('Enter the partnership’s name.');

    // The form's Save touches every control from outside the fields.
    form.markAllAsTouched();
    await fixture.whenStable();
    expect(element.textContent).toContain('Enter the partnership’s name.');
  });

  it('says when the end is before the start, and a change through a picker makes the form differ', async () => {
    const { fixture, element, form } = await render();
    form.controls.startDate.setValue(new Date(2026, 3, 1));
    form.controls.endDate.setValue(new Date(2025, 2, 31));
    form.controls.endDate.markAsTouched();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="date-order-error"]')?.textContent).toContain('The end date cannot be before the start date.');

    // Chips of a record loaded into the form show, and a new theme marks the form changed.
    form.reset({ ...form.getRawValue(), themes: ['food poverty'] });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="date-order-error"]')).toBeNull();
    expect(element.textContent).toContain('food poverty');
    const scope = fixture.debugElement.query((node) => node.componentInstance instanceof RecordScopeFields).componentInstance as RecordScopeFields;
    (scope as unknown as { set: (control: unknown, value: readonly string[]) => void }).set(form.controls.themes, ['food poverty', 'housing']);
    expect(form.controls.themes.value).toEqual(['food poverty', 'housing']);
    expect(form.dirty).toBe(true);
  });

  it('asks who can see the record, and shows a visibility loaded into the form', async () => {
    const { fixture, element, form } = await render();
    expect(element.querySelector('legend')?.textContent).toBe('Who can see this partnership');
    expect(element.querySelector('mat-radio-group')?.getAttribute('aria-label')).toBe('Who can see this partnership');
    const checked = () => element.querySelector<HTMLInputElement>('mat-radio-button input:checked')?.value;
    expect(checked()).toBe(Visibility.PUBLIC);
    form.controls.visibility.setValue(Visibility.PRIVATE);
    await fixture.whenStable();
    expect(checked()).toBe(Visibility.PRIVATE);
  });
});
