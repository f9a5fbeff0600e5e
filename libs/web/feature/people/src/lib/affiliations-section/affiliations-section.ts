import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PersonAffiliation, PersonDetail, PersonEditor, SessionStore, mayEditAffiliation } from '@cg/web/data-access';
import {
  FormProblem,
  FormProblemNotice,
  describeError,
  fromIsoDate,
  provideUkDates,
  toIsoDate,
  todayInUk,
} from '@cg/web/ui';
import { affiliationPeriod, hasEnded, sortAffiliations } from '../affiliation-fields';
import { AffiliationForm } from '../affiliation-form/affiliation-form';

/** What the section is doing with one affiliation (or a new one), if anything. */
type Action = { readonly kind: 'add' } | { readonly kind: 'edit' | 'end' | 'remove'; readonly id: string };

/**
 * A person's organisations, current first: each linked to its profile, with title, period and
 * whether it is their main one; for those allowed, add, change, end and remove, all inline.
 */
@Component({
  selector: 'cg-affiliations-section',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AffiliationForm,
    FormProblemNotice,
    MatButton,
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
    RouterLink,
  ],
  providers: [provideUkDates()],
  templateUrl: './affiliations-section.html',
  styleUrl: './affiliations-section.scss',
})
export class AffiliationsSection {
  private readonly editor = inject(PersonEditor);
  private readonly session = inject(SessionStore);

  readonly person = input.required<PersonDetail>();
  /** Whether the person is archived: nothing can be changed then. */
  readonly readOnly = input(false);
  /** "Reload" after a conflict: the page should ask the server for the person again. */
  readonly reloadRequested = output<void>();

  private readonly today = todayInUk();
  protected readonly affiliations = computed(() => sortAffiliations(this.person().affiliations, this.today));
  protected readonly currentOrganisationIds = computed(() =>
    this.person()
      .affiliations.filter((a) => !hasEnded(a, this.today))
      .map((a) => a.organisationId),
  );
  /** Whether the user may add an affiliation: only those who may change the person (the API checks the organisation too). */
  protected readonly mayAdd = computed(() => !this.readOnly() && this.mayChange({ organisationId: '' }));

  protected readonly action = signal<Action | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly announcement = signal('');
  protected readonly endDate = new FormControl<Date | null>(fromIsoDate(this.today), Validators.required);
  protected readonly period = affiliationPeriod;
  private readonly confirmPanel = viewChild<ElementRef<HTMLElement>>('confirmPanel');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    // The end and remove questions take focus when they open, for keyboard and screen reader users.
    effect(() => this.confirmPanel()?.nativeElement.focus());
  }

  protected mayChange(affiliation: { readonly organisationId: string }): boolean {
    return !this.readOnly() && mayEditAffiliation(this.session.user(), this.person(), affiliation);
  }

  protected ended(affiliation: PersonAffiliation): boolean {
    return hasEnded(affiliation, this.today);
  }

  protected isDoing(kind: Action['kind'], affiliation?: PersonAffiliation): boolean {
    const action = this.action();
    return !!action && action.kind === kind && (!affiliation || ('id' in action && action.id === affiliation.id));
  }

  protected start(action: Action): void {
    this.announcement.set('');
    this.problem.set(null);
    this.endDate.reset(fromIsoDate(this.today));
    this.action.set(action);
  }

  protected onSaved(affiliation: PersonAffiliation, added: boolean): void {
    this.finish();
    this.announcement.set(
      added
        ? `Affiliation with ${affiliation.organisation.name} added.`
        : `Affiliation with ${affiliation.organisation.name} saved.`,
    );
  }

  protected async end(affiliation: PersonAffiliation, version = affiliation.version): Promise<void> {
    this.endDate.markAsTouched();
    const day = this.endDate.value;
    if (!day || this.endDate.invalid) return;
    await this.run(
      () => this.editor.endAffiliation(affiliation, toIsoDate(day), version),
      `Affiliation with ${affiliation.organisation.name} ended.`,
    );
  }

  protected async remove(affiliation: PersonAffiliation): Promise<void> {
    await this.run(
      () => this.editor.archiveAffiliation(this.person().id, affiliation),
      `Affiliation with ${affiliation.organisation.name} removed.`,
    );
  }

  /** "Keep mine" after a conflict while ending: end it on top of the current version. */
  protected async keepMine(affiliation: PersonAffiliation): Promise<void> {
    const version = this.problem()?.currentVersion;
    if (version != null) await this.end(affiliation, version);
  }

  protected reload(): void {
    this.problem.set(null);
    this.action.set(null);
    this.reloadRequested.emit();
  }

  private async run(write: () => Promise<{ ok: boolean; error?: unknown }>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    const result = await write();
    this.busy.set(false);
    if (!result.ok) {
      this.problem.set(describeError(result.error));
      return;
    }
    this.finish();
    this.announcement.set(done);
  }

  /** Closes the form or question; focus goes back to the section's heading rather than to nowhere. */
  private finish(): void {
    this.action.set(null);
    queueMicrotask(() => this.heading()?.nativeElement.focus());
  }
}
