import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

/**
 * Says that someone else saved the record while this person was editing it (a CONFLICT on a
 * stale version) and offers the two ways on: reload theirs, or keep mine (save again on top
 * of the current version).
 */
@Component({
  selector: 'cg-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  host: { role: 'alert', class: 'cg-form-notice cg-form-notice--warning', 'data-testid': 'conflict-notice' },
  template: `
    <p class="title">Someone changed this</p>
    <p class="message">
      {{ message() || 'Someone else saved changes to this ' + what() + ' after you opened it.' }}
      Reload to see their version, or keep yours and save it on top of theirs.
    </p>
    <div class="actions">
      <button mat-stroked-button type="button" (click)="reload.emit()">Reload</button>
      <button mat-flat-button type="button" [disabled]="busy()" (click)="keepMine.emit()">Keep mine</button>
    </div>
  `,
  styleUrl: './form-notice.scss',
})
export class ConflictNotice {
  /** What was changed, in words: "membership", "activity". */
  readonly what = input('record');
  /** The server's own sentence, when it is worth showing instead of the default. */
  readonly message = input('');
  /** While the form saves again. */
  readonly busy = input(false);
  readonly reload = output<void>();
  readonly keepMine = output<void>();
}
