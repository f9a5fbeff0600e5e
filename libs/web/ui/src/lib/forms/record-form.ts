import { ChangeDetectionStrategy, Component, Signal, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FormProblemNotice } from './form-problem';
import type { FormProblem } from './graphql-problem';

/** What the frame reads from a form's save flow (a RecordSave). */
export interface RecordFormFlow {
  readonly saving: Signal<boolean>;
  readonly problem: Signal<FormProblem | null>;
  reload(): void;
  keepMine(): void;
}

/**
 * The frame of a record form, on the `<form>` itself (so the fields stay in the form's own
 * template, under its `formGroup`): what went wrong with the last save at the top, the fields,
 * then Save ("Saving…" while it saves), Cancel and any element marked `formAction` ("Archive").
 * The form still handles `ngSubmit`.
 *
 * `<form cgRecordForm="partnership" [flow]="flow" saveLabel="Create partnership" [formGroup]="form" (ngSubmit)="flow.submit()">`
 */
@Component({
  // On the <form> itself, so that the projected fields find its formGroup.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'form[cgRecordForm]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormProblemNotice, MatButton, RouterLink],
  host: { '[attr.aria-busy]': 'flow().saving()' },
  template: `
    <cg-form-problem
      [problem]="flow().problem()"
      [what]="what()"
      [busy]="flow().saving()"
      (reload)="flow().reload(); reloaded.emit()"
      (keepMine)="flow().keepMine()"
    />
    <ng-content />
    <div class="actions">
      <button mat-flat-button type="submit" [disabled]="flow().saving()" [attr.data-testid]="saveTestId() || null">
        {{ flow().saving() ? 'Saving…' : saveLabel() }}
      </button>
      @if (cancelLink(); as link) {
        <a mat-stroked-button [routerLink]="link">Cancel</a>
      } @else {
        <button mat-stroked-button type="button" (click)="cancelled.emit()">Cancel</button>
      }
      <ng-content select="[formAction]" />
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cg-form-actions-gap, 0.75rem);
      margin-block-start: var(--cg-form-actions-space, 0);
    }
  `,
})
export class RecordForm {
  /** What the form saves, in words: "partnership", "membership". */
  readonly what = input.required<string>({ alias: 'cgRecordForm' });
  readonly flow = input.required<RecordFormFlow>();
  /** "Save changes", "Create partnership". */
  readonly saveLabel = input.required<string>();
  readonly saveTestId = input('');
  /** Where Cancel goes, for a form that is a page of its own; otherwise it emits `cancelled`. */
  readonly cancelLink = input<string | null>(null);
  readonly cancelled = output<void>();
  /** After "Reload" (the flow has forgotten the answers), for what the form keeps beside them. */
  readonly reloaded = output<void>();
}
