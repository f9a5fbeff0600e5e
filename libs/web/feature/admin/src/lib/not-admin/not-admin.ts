import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** What people who administer nothing see at /admin: an explanation, not an error. */
@Component({
  selector: 'cg-not-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section aria-labelledby="not-admin-heading" data-testid="not-admin">
      <h2 id="not-admin-heading" class="heading">Admin is for administrators</h2>
      <p>
        Only organisation administrators can manage users, send invitations and read the audit log. Your account
        can use everything else in Common Ground.
      </p>
      <p>
        If you need someone added to your organisation, or a different role yourself, ask one of your organisation’s
        administrators.
      </p>
      <p><a routerLink="/">Go to the home page</a></p>
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding: 1.5rem;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }

    .heading {
      margin: 0;
      font: var(--mat-sys-title-large);
    }

    p {
      margin: 0.5rem 0 0;
      max-inline-size: 40rem;
    }

    a {
      color: var(--mat-sys-primary);
    }
  `,
})
export class NotAdmin {}
