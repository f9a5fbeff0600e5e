import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Says plainly that there is nothing here yet; actions can be projected below. */
@Component({
  selector: 'cg-empty-state',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading">{{ heading() }}</h2>
    <p class="message">{{ message() }}</p>
    <ng-content />
  `,
  styleUrl: '../state-panel.scss',
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
