import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionStore, whyNoNewOutcome } from '@cg/web/data-access';
import { OutcomeForm } from '../outcome-form/outcome-form';
import { ownerFromQuery } from '../outcome-form/outcome-fields';

/**
 * "New outcome" (`/outcomes/new`, optionally `?partnership=<id>` or `?project=<id>` to choose the
 * owner): the outcome's details; once created, its page opens to add indicators.
 */
@Component({
  selector: 'cg-outcome-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OutcomeForm, RouterLink],
  template: `
    <p class="back"><a routerLink="/outcomes">All outcomes</a></p>
    <h1 class="page-title">New outcome</h1>
    @if (reason(); as reason) {
      <p class="lead" data-testid="read-only-note">{{ reason }}</p>
    } @else {
      <p class="lead">
        Describe the change the partnership or project is working toward. You can add indicators, with a baseline and
        target, once it is created.
      </p>
      <section class="panel" aria-label="Outcome details">
        <cg-outcome-form [initialOwner]="owner()" (saved)="open($event)" (cancelled)="cancel()" />
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
      max-inline-size: 60rem;
    }
    .back {
      margin: 0;
    }
    a {
      color: var(--mat-sys-primary);
    }
    .page-title {
      margin: 0;
      font: var(--mat-sys-headline-large);
    }
    .lead {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .panel {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.75rem;
      background: var(--mat-sys-surface);
    }
  `,
})
export class OutcomeCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  /** `?partnership=<id>`: the partnership to own the outcome. */
  readonly partnership = input<string | undefined>();
  /** `?project=<id>`: the project to own the outcome. */
  readonly project = input<string | undefined>();

  protected readonly owner = computed(() => ownerFromQuery(this.partnership() ?? null, this.project() ?? null));
  protected readonly reason = computed(() => whyNoNewOutcome(this.session.user()));

  protected open(id: string): void {
    void this.router.navigate(['/outcomes', id]);
  }

  protected cancel(): void {
    const partnership = this.partnership();
    const project = this.project();
    void this.router.navigate(partnership ? ['/partnerships', partnership] : project ? ['/projects', project] : ['/outcomes']);
  }
}
