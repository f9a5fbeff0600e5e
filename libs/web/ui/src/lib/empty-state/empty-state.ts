import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Says plainly that there is nothing here yet; actions can be projected below. */
@Component({
  selector: 'cg-empty-state',
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
