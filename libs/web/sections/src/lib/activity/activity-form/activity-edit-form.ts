import { ChangeDetectionStrategy, Component, ElementRef, OnInit, afterNextRender, inject, input, output, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivityEditor, ActivityEntry } from '@cg/web/data-access';
import { FormProblem, FormProblemNotice, PickerOption, SearchSelectOption, applyFieldErrors, describeError } from '@cg/web/ui';
import { ActivityFields } from './activity-fields';
import { activityChoices, activityFormValue, createActivityForm, toActivityFields } from './activity-form.model';

/**
 * Changes a logged activity: the same fields and rules as logging one, filled in. Saves with
 * the version it was opened at, so someone else's change in between is never overwritten
 * unknowingly: it offers "reload" (theirs) or "keep mine" (save on top).
 */
@Component({
  selector: 'cg-activity-edit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActivityFields, FormProblemNotice, MatButton, ReactiveFormsModule],
  template: `
    <form class="edit-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="saving()" data-testid="activity-edit-form">
      <cg-form-problem [problem]="problem()" what="activity" [busy]="saving()" (reload)="reload()" (keepMine)="keepMine()" />
      <cg-activity-fields
        [form]="form"
        [participants]="participants()"
        [problem]="problem()"
        [(organisations)]="organisations"
        [(people)]="people"
        [(place)]="place"
      />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="activity-edit-save">{{ saving() ? 'Saving…' : 'Save changes' }}</button>
        <button mat-stroked-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .edit-form {
      display: grid;
      gap: 0.75rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class ActivityEditForm implements OnInit {
  private readonly editor = inject(ActivityEditor);

  readonly activity = input.required<ActivityEntry>();
  /** Organisations offered before anything is typed. */
  readonly participants = input<readonly PickerOption[]>([]);
  readonly saved = output<ActivityEntry>();
  readonly cancelled = output<void>();

  protected readonly form = createActivityForm();
  protected readonly organisations = signal<readonly PickerOption[]>([]);
  protected readonly people = signal<readonly PickerOption[]>([]);
  protected readonly place = signal<SearchSelectOption | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  private readonly fields = viewChild.required(ActivityFields);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The version the answers are saved on top of: the one opened, or the current one after "keep mine". */
  private version = 0;

  constructor() {
    afterNextRender(() => this.fields().focusTitle());
  }

  ngOnInit(): void {
    this.fill(this.activity());
  }

  protected async submit(): Promise<void> {
    if (!this.fields().check()) {
      this.problem.set(null);
      return;
    }
    await this.save(this.version);
  }

  /** "Keep mine": the same answers again, on top of the version someone else saved. */
  protected async keepMine(): Promise<void> {
    const version = this.problem()?.currentVersion;
    if (version != null) await this.save(version);
  }

  /** "Reload": drop my answers and show what is saved now. */
  protected async reload(): Promise<void> {
    this.saving.set(true);
    const result = await this.editor.current(this.activity().id);
    this.saving.set(false);
    if (!result.ok) {
      this.problem.set(describeError(result.error));
      return;
    }
    this.problem.set(null);
    this.fill(result.value);
    this.fields().focusTitle();
  }

  private async save(version: number): Promise<void> {
    this.saving.set(true);
    this.problem.set(null);
    const choices = { organisations: this.organisations(), people: this.people(), place: this.place() };
    const result = await this.editor.update({ id: this.activity().id, version, ...toActivityFields(this.form.getRawValue(), choices) });
    this.saving.set(false);
    if (result.ok) {
      this.saved.emit(result.value);
      return;
    }
    const problem = describeError(result.error);
    this.problem.set(problem);
    applyFieldErrors(this.form, problem);
    // The notice is the next thing to read: take the focus there, not back to the top of the page.
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[role="alert"] button, [role="alert"]')?.focus());
  }

  private fill(entry: ActivityEntry): void {
    this.version = entry.version;
    this.form.reset(activityFormValue(entry));
    const choices = activityChoices(entry);
    this.organisations.set(choices.organisations);
    this.people.set(choices.people);
    this.place.set(choices.place);
  }
}
