import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/**
 * The frame of a "New …" page: the way back to the list, the title, then either why this person
 * may not add one (with a way back) or a line of lead text and the form (projected; the page
 * leaves it out while `readOnlyReason` is set, so it never loads in vain).
 */
@Component({
  selector: 'cg-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  template: `
    <p class="back"><a [routerLink]="listLink()">All {{ plural() }}</a></p>
    <h1 class="page-title">New {{ what() }}</h1>
    @if (readOnlyReason(); as reason) {
      <p class="lead" data-testid="read-only-reason">{{ reason }}</p>
      <p><a mat-flat-button [routerLink]="listLink()">See all {{ plural() }}</a></p>
    } @else {
      <p class="lead">{{ lead() }}</p>
      <section class="panel" [attr.aria-label]="'New ' + what()">
        <ng-content />
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
export class CreatePage {
  /** What is made, lower case: "partnership". */
  readonly what = input.required<string>();
  /** The list, for "All partnerships": its plural and its address. */
  readonly plural = input.required<string>();
  readonly listLink = input.required<string>();
  /** Why this person may not add one; null when they may. */
  readonly readOnlyReason = input<string | null>(null);
  /** A line above the form: who will own the record, what comes next. */
  readonly lead = input.required<string>();
}
