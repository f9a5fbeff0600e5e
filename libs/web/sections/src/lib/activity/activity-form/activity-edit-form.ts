import { ChangeDetectionStrategy, Component, ElementRef, OnInit, afterNextRender, inject, input, output, signal, viewChild } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivityEditor, ActivityEntry } from '@cg/web/data-access';
import { FormProblemNotice, PickerOption, RecordSave, SearchSelectOption, describeError } from '@cg/web/ui';
import { ActivityFields } from './activity-fields';
import { activityChoices, activityFormValue, createActivityForm, toActivityFields } from './activity-form.model';

/**
 * Changes a logged activity: the same fields and rules as logging one, filled in. Saves with
 * the version it was opened at, so someone else's change in between is never overwritten
 * unknowingly: it offers "reload" (theirs) or "keep mine" (save on top).
 */
@Component({
  selector: 'cg-activity-edit-form',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
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
  private readonly fields = viewChild.required(ActivityFields);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** The version the form was filled from (the one opened, or the one "Reload" brought). */
  private version = 0;
  private readonly flow = new RecordSave<ActivityEntry>({
    form: this.form,
    // The fields check what lies beyond the group too (a place typed but not picked), and focus it.
    incomplete: () => !this.fields().check(),
    focusFirstInvalid: () => void this.fields().check(),
    openedVersion: () => this.version,
    save: (version) => {
      const choices = { organisations: this.organisations(), people: this.people(), place: this.place() };
      return this.editor.update({ id: this.activity().id, version, ...toActivityFields(this.form.getRawValue(), choices) });
    },
    saved: (entry) => this.saved.emit(entry),
    refetch: () => void this.fetchCurrent(),
    // The notice is the next thing to read: take the focus there, not back to the top of the page.
    failed: () => queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[role="alert"] button, [role="alert"]')?.focus()),
  });
  protected readonly saving = this.flow.saving;
  protected readonly problem = this.flow.problem;

  constructor() {
    afterNextRender(() => this.fields().focusTitle());
  }

  ngOnInit(): void {
    this.fill(this.activity());
  }

  protected submit(): Promise<void> {
    return this.flow.submit();
  }

  /** "Keep mine": the same answers again, on top of the version someone else saved. */
  protected keepMine(): Promise<void> {
    return this.flow.keepMine();
  }

  /** "Reload": drop my answers and show what is saved now. */
  protected reload(): void {
    this.flow.reload();
  }

  private async fetchCurrent(): Promise<void> {
    this.saving.set(true);
    const result = await this.editor.current(this.activity().id);
    this.saving.set(false);
    if (!result.ok) {
      this.problem.set(describeError(result.error));
      return;
    }
    this.fill(result.value);
    this.fields().focusTitle();
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
