import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { OrganisationNamesStore, SessionStore, mayAddPeople } from '@cg/web/data-access';
import { PersonForm, PersonSaved } from '../person-form/person-form';

/**
 * "Add a person" (`/people/new`, or `/people/new?organisation=<id>` from an organisation's
 * profile, which asks for their role there too): the form, then the new person's page.
 */
@Component({
  selector: 'cg-person-create-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, PersonForm, RouterLink],
  template: `
    <p class="back">
      @if (organisation(); as id) {
        <a [routerLink]="['/organisations', id]">Back to {{ addedFrom()?.name ?? 'the organisation' }}</a>
      } @else {
        <a routerLink="/people">All people</a>
      }
    </p>
    <h1 class="page-title">Add a person</h1>
    @if (readOnlyReason(); as reason) {
      <p class="lead" data-testid="read-only-reason">{{ reason }}</p>
      <p><a mat-flat-button routerLink="/people">See all people</a></p>
    } @else {
      <p class="lead">
        A contact’s details are personal data under UK GDPR: record only what the work needs, and why you may hold it.
      </p>
      <section class="panel form-panel" aria-label="New person">
        <cg-person-form [organisation]="addedFrom()" (saved)="open($event)" (cancelled)="back()" />
      </section>
    }
  `,
  styleUrl: './person-create-page.scss',
})
export class PersonCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly names = inject(OrganisationNamesStore);

  /** `?organisation=` from the address: the organisation they are added from. */
  readonly organisation = input<string | undefined>();

  protected readonly addedFrom = computed(() => {
    const id = this.organisation();
    if (!id) return null;
    const own = this.session.user()?.memberships.find((m) => m.organisationId === id)?.organisationName;
    // Until its name arrives (or if it cannot be read), the form still works.
    return { id, name: own ?? this.names.names()[id] ?? 'this organisation' };
  });
  protected readonly readOnlyReason = computed(() =>
    mayAddPeople(this.session.user())
      ? null
      : 'Only an organisation’s administrators can add people; you can view them.',
  );

  constructor() {
    effect(() => this.names.want([this.organisation()]));
  }

  protected open(saved: PersonSaved): void {
    const notice = saved.affiliationProblem
      ? `${saved.person.fullName} added, but not their role at ${this.addedFrom()?.name}: ${saved.affiliationProblem} Add it under Organisations.`
      : `${saved.person.fullName} added.`;
    void this.router.navigate(['/people', saved.person.id], { state: { notice } });
  }

  protected back(): void {
    const id = this.organisation();
    void this.router.navigate(id ? ['/organisations', id] : ['/people']);
  }
}
