import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** A spinner with words, in a polite live region so the wait is announced once. */
@Component({
  selector: 'cg-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinner],
  host: { role: 'status' },
  template: `
    <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 1.5rem 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class LoadingState {
  readonly label = input('Loading…');
}
