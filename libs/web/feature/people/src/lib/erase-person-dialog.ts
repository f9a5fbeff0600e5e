import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

export interface ErasePersonDialogData {
  readonly fullName: string;
}

/** Asks before erasing someone's personal data, saying exactly what goes and what stays; closes with true to go ahead. */
@Component({
  selector: 'cg-erase-person-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  template: `
    <h2 mat-dialog-title>Erase {{ data.fullName }}’s personal data?</h2>
    <mat-dialog-content>
      <p>This is their right to erasure under UK GDPR, and it cannot be undone.</p>
      <ul>
        <li>Their name becomes “Erased person”; their email, phone, consent details and private notes are deleted.</li>
        <li>
          Their job titles are deleted, their stories are archived without their name or words, and the change history
          about them is blanked.
        </li>
        <li>Anonymous counts stay, such as how many people came to a meeting or hold a seat with lived experience.</li>
      </ul>
      <p>If they asked for a copy of their data, download it first.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>Keep their data</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" data-testid="confirm-erase">
        Erase their data
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      margin: 0 0 0.75rem;
    }

    ul {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.25rem;
    }

    li + li {
      margin-block-start: 0.375rem;
    }

    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ErasePersonDialog {
  protected readonly data = inject<ErasePersonDialogData>(MAT_DIALOG_DATA);
}
