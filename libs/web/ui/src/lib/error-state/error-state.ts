import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Explains a failure; `role="alert"` so screen readers announce it when it appears. */
@Component({
  selector: 'cg-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', class: 'error cg-own-layout' },
  template: `
    <h2 class="heading">{{ heading() }}</h2>
    <p class="message">{{ message() }}</p>
    <ng-content />
  `,
  styleUrl: '../state-panel.scss',
})
export class ErrorState {
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
