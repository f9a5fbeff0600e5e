import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { PartnershipFields, SessionStore, whyCannotCreate } from '@cg/web/data-access';
import { PartnershipForm } from '../partnership-form/partnership-form';

/** "New partnership": the form, then the new partnership's page. */
@Component({
  selector: 'cg-partnership-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, PartnershipForm, RouterLink],
  template: `
    <p class="back"><a routerLink="/partnerships">All partnerships</a></p>
    <h1 class="page-title">New partnership</h1>
    @if (readOnlyReason(); as reason) {
      <p class="lead" data-testid="read-only-reason">{{ reason }}</p>
      <p><a mat-flat-button routerLink="/partnerships">See all partnerships</a></p>
    } @else {
      <p class="lead">Your organisation will own the record; add the other members on the partnership’s page.</p>
      <section class="panel" aria-label="New partnership">
        <cg-partnership-form (saved)="open($event)" (cancelled)="back()" />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 60rem;
    }
    .back {
      margin: 0 0 0.5rem;
    }
    .page-title {
      margin: 0 0 0.25rem;
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
    }
    .panel {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 1rem;
      background: var(--mat-sys-surface);
    }
  `,
})
export class PartnershipCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly readOnlyReason = computed(() => whyCannotCreate(this.session.user()));

  protected open(partnership: PartnershipFields): void {
    void this.router.navigate(['/partnerships', partnership.id]);
  }

  protected back(): void {
    void this.router.navigate(['/partnerships']);
  }
}
