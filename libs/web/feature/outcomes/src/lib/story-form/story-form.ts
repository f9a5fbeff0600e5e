import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { OutcomeDetailStore, OutcomeStory } from '@cg/web/data-access';
import {
  RecordForm,
  RecordSave,
  focusFirstInvalid,
  fromIsoDate,
  provideUkDates,
  serverError,
  toIsoDate,
  todayInUk,
} from '@cg/web/ui';

interface StoryFormValue {
  readonly title: string;
  readonly body: string;
  readonly quote: string | null;
  readonly attribution: string | null;
  readonly consentGiven: boolean;
  readonly consentDate: Date | null;
}

/**
 * Adds a story (narrative evidence, with an optional quote) to an outcome, or, given `story`,
 * changes one (a stale version offers "Reload" or "Keep mine"). Stories are published
 * only with the teller's consent, so the form asks for it and when it was given.
 */
@Component({
  selector: 'cg-story-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RecordForm,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    ReactiveFormsModule,
  ],
  providers: [provideUkDates()],
  templateUrl: './story-form.html',
  styleUrl: '../form.scss',
})
export class StoryForm {
  private readonly store = inject(OutcomeDetailStore);

  readonly outcomeId = input.required<string>();
  /** The story to change; leave out to add one. */
  readonly story = input<OutcomeStory | null>(null);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly serverError = serverError;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10000)] }),
    quote: new FormControl<string | null>(null, Validators.maxLength(2000)),
    attribution: new FormControl<string | null>(null, Validators.maxLength(200)),
    consentGiven: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
    consentDate: new FormControl<Date | null>(fromIsoDate(todayInUk()), Validators.required),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly flow = new RecordSave<unknown>({
    form: this.form,
    openedVersion: () => this.story()?.version ?? 0,
    save: (version) => {
      const story = this.story();
      const fields = storyFields(this.form.getRawValue());
      return story ? this.store.updateStory({ id: story.id, version, ...fields }) : this.store.addStory({ outcomeId: this.outcomeId(), ...fields });
    },
    saved: () => {
      this.saved.emit(this.form.controls.title.value.trim());
      // A new story's form empties for the next one, keeping the day consent was given.
      if (!this.story()) this.formDirective().resetForm({ consentDate: this.form.controls.consentDate.value });
    },
    refetch: () => this.store.retry(),
    focusFirstInvalid: () => focusFirstInvalid(this.host.nativeElement),
  });

  constructor() {
    effect(() => {
      const story = this.story();
      if (story && this.flow.takesLoadedRecord()) {
        this.form.reset({
          title: story.title,
          body: story.body,
          quote: story.quote ?? null,
          attribution: story.attribution ?? null,
          consentGiven: story.consentGiven,
          consentDate: fromIsoDate((story.consentDate as string | null) ?? null) ?? fromIsoDate(todayInUk()),
        });
      }
    });
  }
}

/** The form's answers as the API takes them. */
function storyFields(value: StoryFormValue) {
  return {
    title: value.title.trim(),
    body: value.body.trim(),
    quote: value.quote?.trim() || null,
    attribution: value.attribution?.trim() || null,
    consentGiven: value.consentGiven,
    consentDate: value.consentDate ? toIsoDate(value.consentDate) : null,
  };
}
