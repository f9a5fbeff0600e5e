import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { VISIBILITY_CHOICES } from '@cg/shared/domain';
import { Visibility } from '@cg/web/data-access';
import { redrawOnControlEvents } from './record-details.model';

/** "Who can see this partnership": the record's visibility, each choice with what it means. */
@Component({
  selector: 'cg-visibility-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioButton, MatRadioGroup, ReactiveFormsModule],
  template: `
    <fieldset class="visibility">
      <legend>{{ question() }}</legend>
      <mat-radio-group [formControl]="control()" class="choices" [attr.aria-label]="question()">
        @for (choice of choices; track choice[0]) {
          <mat-radio-button [value]="choice[0]">
            <span class="choice-label">{{ choice[1] }}</span>
            <span class="choice-hint">{{ choice[2] }}</span>
          </mat-radio-button>
        }
      </mat-radio-group>
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 1rem 0 0;
      padding: 0.75rem 1rem 1rem;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .choice-label {
      font-weight: 600;
      margin-inline-end: 0.5rem;
    }
    .choice-hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VisibilityFieldset {
  /** The kind of record: "partnership", "project", "funding". */
  readonly what = input.required<string>();
  readonly control = input.required<FormControl<Visibility>>();

  protected readonly choices = VISIBILITY_CHOICES;
  protected readonly question = computed(() => `Who can see this ${this.what()}`);

  constructor() {
    redrawOnControlEvents(() => [this.control()]);
  }
}
