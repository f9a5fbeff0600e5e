import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FailedEmailsStore } from '@cg/web/data-access';
import { ErrorState, LoadingState, describeError } from '@cg/web/ui';
import { formatUkDateTime } from '../audit-labels';

/**
 * Emails that gave up after their retries (the server tries five more times over about
 * fifteen minutes), so an instance admin can tell people their invitation did not arrive.
 */
@Component({
  selector: 'cg-failed-emails',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorState, LoadingState],
  providers: [FailedEmailsStore],
  template: `
    <section class="failed-emails" aria-labelledby="failed-emails-heading" data-testid="failed-emails">
      <h2 id="failed-emails-heading">Emails that could not be sent</h2>
      @switch (state().status) {
        @case ('loading') {
          <cg-loading-state label="Loading failed emails" />
        }
        @case ('error') {
          <cg-error-state heading="Failed emails could not be loaded" [message]="errorText()" />
        }
        @default {
          @if (emails().length === 0) {
            <p>None: every invitation and password reset was delivered to the mail server.</p>
          } @else {
            <p>
              These were tried several times and then given up. Check the mail settings, then invite the person again or
              ask them to reset their password.
            </p>
            <ul class="rows">
              @for (email of emails(); track email.id) {
                <li>
                  <strong>{{ email.to }}</strong
                  >: {{ email.subject }}
                  <br />
                  <span class="detail">
                    Tried {{ email.attempts }} times, last {{ when(email.failedAt ?? email.queuedAt) }}.
                    @if (email.lastError) {
                      The mail server said: {{ email.lastError }}
                    }
                  </span>
                </li>
              }
            </ul>
          }
        }
      }
    </section>
  `,
  styles: `
    .failed-emails {
      margin-top: 2rem;
    }
    .rows {
      padding-left: 1.25rem;
    }
    .rows li {
      margin-bottom: 0.75rem;
    }
    .detail {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FailedEmails {
  private readonly store = inject(FailedEmailsStore);
  protected readonly state = this.store.state;

  protected emails() {
    const state = this.state();
    return state.status === 'ready' ? state.emails : [];
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? describeError(state.error).message : '';
  }

  protected when(iso: unknown): string {
    return formatUkDateTime(iso);
  }
}
