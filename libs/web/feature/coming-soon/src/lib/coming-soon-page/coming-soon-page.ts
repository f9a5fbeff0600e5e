import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyState } from '@cg/web/ui';

/**
 * Stands in for a screen that is not built yet. The route's `data` supplies
 * `heading` and `summary` (bound to the inputs by `withComponentInputBinding()`).
 */
@Component({
  selector: 'cg-coming-soon-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState],
  template: `
    <h1 class="page-title">{{ heading() }}</h1>
    <cg-empty-state heading="Coming soon" [message]="summary()" />
  `,
  styles: `
    :host {
      display: grid;
      gap: 1.5rem;
      max-inline-size: 60rem;
    }

    .page-title {
      margin: 0;
      font: var(--mat-sys-headline-large);
    }
  `,
})
export class ComingSoonPage {
  readonly heading = input.required<string>();
  /** One sentence on what the screen will do. */
  readonly summary = input.required<string>();
}
