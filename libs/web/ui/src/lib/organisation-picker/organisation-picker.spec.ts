import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Observable, of } from 'rxjs';
import { OrganisationChoice, OrganisationPicker } from './organisation-picker';

const TRUST: OrganisationChoice = { id: 'o1', name: 'Fenwick Trust', detail: 'Charity, Fenwick' };
const TAKEN: OrganisationChoice = { id: 'o2', name: 'Fenwick Homes' };

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OrganisationPicker],
  template: `
    <cg-organisation-picker testId="org" [control]="form.controls.organisationId" [searchWith]="search" [leaveOut]="['o2']" [(chosen)]="chosen" />
  `,
})
class Host {
  readonly form = new FormGroup({ organisationId: new FormControl<string | null>(null, Validators.required) });
  readonly chosen = signal<OrganisationChoice | null>(null);
  readonly searched: string[] = [];
  readonly search = (text: string): Observable<readonly OrganisationChoice[] | null> => {
    this.searched.push(text);
    return of(text === 'broken' ? null : [TRUST, TAKEN]);
  };
  readonly picker = viewChild.required(OrganisationPicker);
}

/** What the picker holds that the template shows (its list and its message). */
type PickerInside = { options(): readonly OrganisationChoice[] | null; error(): string | null; pick(event: unknown): void };

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const host = fixture.componentInstance;
  const input: HTMLInputElement = fixture.nativeElement.querySelector('[data-testid="org"]');
  const inside = host.picker() as unknown as PickerInside;
  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(200);
    fixture.detectChanges();
  };
  return { fixture, host, input, inside, type };
}

describe('OrganisationPicker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('searches once typing pauses, leaving out the organisations already taken', () => {
    const { host, inside, type } = render();
    type('Fen');
    expect(host.searched).toEqual(['Fen']);
    expect(inside.options()).toEqual([TRUST]);
    type('broken');
    // null says the search failed, so the list can say so rather than "no matches".
    expect(inside.options()).toBeNull();
  });

  it('puts the picked organisation in the form, and forgets it when the person types again', async () => {
    const { fixture, host, input, inside, type } = render();
    type('Fen');
    inside.pick({ option: { value: TRUST } });
    fixture.detectChanges();
    // The autocomplete writes the box's text a tick later.
    await Promise.resolve();
    expect(host.form.controls.organisationId.value).toBe('o1');
    expect(host.chosen()).toEqual(TRUST);
    expect(input.value).toBe('Fenwick Trust');
    type('Fenwick T');
    expect(host.form.controls.organisationId.value).toBeNull();
    expect(host.chosen()).toBeNull();
  });

  it('shows a choice made outside (the record being edited)', async () => {
    const { fixture, host, input } = render();
    host.chosen.set(TRUST);
    fixture.detectChanges();
    await Promise.resolve();
    expect(input.value).toBe('Fenwick Trust');
  });

  it('says to choose from the list once the form has been touched, as on Save', () => {
    const { fixture, host } = render();
    expect(fixture.nativeElement.textContent).not.toContain('Choose an organisation from the list.');
    host.form.markAllAsTouched();
    host.picker().ownControls().forEach((control) => control.markAsTouched());
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Choose an organisation from the list.');
  });
});
