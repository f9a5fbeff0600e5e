import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, input, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { SelectChoices, SelectField, serverError } from '@cg/web/ui';
import { redrawOnControlEvents } from './record-details.model';

/**
 * The first fields of a partnership's or a project's form: its name, a few lines on what it is
 * for (the partnership's purpose, the project's summary) and its status. Drawn into the form's
 * grid (the host takes no box of its own); the form opens with the focus on the name.
 */
@Component({
  selector: 'cg-name-description-status-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, SelectField],
  template: `
    <mat-form-field class="wide" appearance="outline" subscriptSizing="dynamic">
      <mat-label>Name</mat-label>
      <input #nameInput matInput type="text" [formControl]="name()" [attr.data-testid]="what() + '-name'" required />
      @if (name().hasError('required')) {
        <mat-error>Enter the {{ what() }}’s name.</mat-error>
      } @else if (name().hasError('maxlength')) {
        <mat-error>Keep the name under 200 characters.</mat-error>
      } @else if (serverError(name()); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>

    <mat-form-field class="wide" appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ descriptionLabel() }}</mat-label>
      <textarea matInput rows="3" [formControl]="description()" [attr.data-testid]="what() + '-' + descriptionWord()"></textarea>
      <mat-hint>{{ descriptionHint() }}</mat-hint>
      @if (description().hasError('maxlength')) {
        <mat-error>Keep the {{ descriptionWord() }} under 5,000 characters.</mat-error>
      } @else if (serverError(description()); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>

    <cg-select-field label="Status" [control]="status()" [options]="statusOptions()" [testId]="what() + '-status-select'" />
  `,
  styles: `
    :host {
      display: contents;
    }
    .wide {
      grid-column: 1 / -1;
    }
    mat-form-field {
      inline-size: 100%;
    }
  `,
})
export class NameDescriptionStatusFields {
  /** The kind of record, as its messages and test ids name it: "partnership", "project". */
  readonly what = input.required<string>();
  readonly name = input.required<FormControl<string>>();
  readonly description = input.required<FormControl<string | null>>();
  /** "Purpose", "Summary". */
  readonly descriptionLabel = input.required<string>();
  readonly descriptionHint = input.required<string>();
  readonly status = input.required<FormControl<unknown>>();
  readonly statusOptions = input.required<SelectChoices<unknown>>();

  protected readonly serverError = serverError;
  protected readonly descriptionWord = computed(() => this.descriptionLabel().toLowerCase());
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');

  constructor() {
    redrawOnControlEvents(() => [this.name(), this.description()]);
    effect(() => this.nameInput()?.nativeElement.focus());
  }
}
