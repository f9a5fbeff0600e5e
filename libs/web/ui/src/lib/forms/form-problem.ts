import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ConflictNotice } from './conflict-notice';
import { FormProblem, isVersionConflict } from './graphql-problem';

/**
 * The top-of-form message after a failed save: plain words for every error, and the
 * "reload / keep mine" choice for a stale version. Shows nothing when there is no problem.
 */
@Component({
  selector: 'cg-form-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice],
  template: `
    @if (problem(); as problem) {
      @if (conflict()) {
        <cg-conflict-notice [what]="what()" [busy]="busy()" (reload)="reload.emit()" (keepMine)="keepMine.emit()" />
      } @else {
        <div class="cg-form-notice cg-form-notice--error" role="alert" data-testid="form-problem">
          <p class="title">{{ title() }}</p>
          <p class="message">{{ problem.message }}</p>
        </div>
      }
    }
  `,
  styleUrl: './form-notice.scss',
})
export class FormProblemNotice {
  readonly problem = input<FormProblem | null>(null);
  readonly what = input('record');
  readonly busy = input(false);
  readonly reload = output<void>();
  readonly keepMine = output<void>();

  protected readonly conflict = computed(() => isVersionConflict(this.problem()));
  protected readonly title = computed(() => {
    switch (this.problem()?.code) {
      case 'FORBIDDEN':
        return 'Not allowed';
      case 'BAD_USER_INPUT':
        return 'Check your answers';
      case 'NETWORK':
        return 'Not saved: no connection';
      default:
        return 'Not saved';
    }
  });
}
