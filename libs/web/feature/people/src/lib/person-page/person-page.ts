import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { VISIBILITY_IN_WORDS } from '@cg/shared/domain';
import {
  OrganisationNamesStore,
  PersonDetail,
  PersonEditor,
  PersonPageStore,
  SessionStore,
  mayEditPerson,
  mayManagePersonalData,
  whyCannotEditPerson,
} from '@cg/web/data-access';
import { ErrorState, LoadingState, describeError, downloadFile, formatUkDate, todayInUk } from '@cg/web/ui';
import { firstValueFrom } from 'rxjs';
import { AffiliationsSection } from '../affiliations-section/affiliations-section';
import { ErasePersonDialog, ErasePersonDialogData } from '../erase-person-dialog';
import { lawfulBasisInWords, voiceInWords } from '../labels';
import { PersonForm, PersonSaved } from '../person-form/person-form';
import { personalDataFileName } from '../personal-data-file';

/**
 * One person: contact details, the voice they bring, consent and its lawful basis, private notes,
 * and their organisations. Those allowed may change them, archive or restore them, download their
 * data (UK GDPR subject access) and erase it.
 */
@Component({
  selector: 'cg-person-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AffiliationsSection, ErrorState, LoadingState, MatButton, PersonForm, RouterLink],
  providers: [PersonPageStore],
  templateUrl: './person-page.html',
  styleUrl: './person-page.scss',
})
export class PersonPage {
  private readonly store = inject(PersonPageStore);
  private readonly editor = inject(PersonEditor);
  private readonly session = inject(SessionStore);
  private readonly names = inject(OrganisationNamesStore);
  private readonly dialog = inject(MatDialog);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = this.store.state;
  protected readonly person = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.person : null;
  });
  protected readonly mayEdit = computed(() => {
    const person = this.person();
    return !!person && mayEditPerson(this.session.user(), person);
  });
  protected readonly mayManageData = computed(() => {
    const person = this.person();
    return !!person && mayManagePersonalData(this.session.user(), person);
  });
  protected readonly readOnlyReason = computed(() => {
    const person = this.person();
    return person ? whyCannotEditPerson(this.session.user(), person) : null;
  });
  protected readonly archived = computed(() => !!this.person()?.archivedAt);
  protected readonly primary = computed(
    () => this.person()?.affiliations.find((a) => a.isPrimary && !a.toDate) ?? null,
  );
  protected readonly ownerName = computed(() => {
    const owner = this.person()?.ownerOrganisationId;
    if (!owner) return 'No organisation';
    const own = this.session.user()?.memberships.find((m) => m.organisationId === owner)?.organisationName;
    return own ?? this.names.names()[owner] ?? 'Another organisation';
  });

  protected readonly editingDetails = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirmingArchive = signal(false);
  /** What the last archive, restore, export or erase did or why it failed, in words. */
  protected readonly announcement = signal('');
  protected readonly actionProblem = signal('');
  private readonly archiveConfirm = viewChild<ElementRef<HTMLElement>>('archiveConfirm');

  protected readonly date = formatUkDate;
  protected readonly lawfulBasis = lawfulBasisInWords;
  protected readonly voice = voiceInWords;
  protected readonly visibilityLabels = VISIBILITY_IN_WORDS;

  constructor() {
    effect(() => this.store.load(this.id()));
    effect(() => this.names.want([this.person()?.ownerOrganisationId]));
    // A new person arrives with a word from the form that added them.
    const state = inject(Location).getState() as { notice?: unknown } | null;
    if (typeof state?.notice === 'string') this.announcement.set(state.notice);
    effect(() => this.archiveConfirm()?.nativeElement.focus());
    const title = inject(Title);
    effect(() => {
      const person = this.person();
      if (!person) return;
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([person.fullName, ...rest].join(' – '));
    });
  }

  protected startEditing(): void {
    this.clearMessages();
    this.editingDetails.set(true);
  }

  protected onSaved(saved: PersonSaved): void {
    this.editingDetails.set(false);
    this.announcement.set(`${saved.person.fullName}: changes saved.`);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected async archive(person: PersonDetail): Promise<void> {
    await this.run(
      () => this.editor.archive(person),
      `${person.fullName} archived. They are hidden from lists until restored.`,
    );
    this.confirmingArchive.set(false);
  }

  protected async restore(person: PersonDetail): Promise<void> {
    await this.run(() => this.editor.restore(person), `${person.fullName} restored.`);
  }

  /** The subject access export, saved as a JSON file. */
  protected async download(person: PersonDetail): Promise<void> {
    const today = todayInUk();
    await this.run(async () => {
      const result = await this.editor.exportPersonalData(person.id);
      if (result.ok) downloadFile(result.value, personalDataFileName(person.fullName, today), 'application/json');
      return result;
    }, `Their data is downloading as a JSON file.`);
  }

  protected async erase(person: PersonDetail): Promise<void> {
    this.clearMessages();
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ErasePersonDialog, ErasePersonDialogData, boolean>(ErasePersonDialog, {
          data: { fullName: person.fullName },
          maxWidth: '36rem',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    await this.run(() => this.editor.erase(person), 'Their personal data has been erased.');
  }

  private async run(write: () => Promise<{ ok: boolean; error?: unknown }>, done: string): Promise<void> {
    if (this.busy()) return;
    this.clearMessages();
    this.busy.set(true);
    const result = await write();
    this.busy.set(false);
    if (result.ok) {
      this.announcement.set(done);
      return;
    }
    const problem = describeError(result.error);
    this.actionProblem.set(
      problem.code === 'CONFLICT'
        ? `${problem.message} The page now shows the latest; check it and try again.`
        : problem.message,
    );
    if (problem.code === 'CONFLICT') this.store.retry();
  }

  private clearMessages(): void {
    this.announcement.set('');
    this.actionProblem.set('');
  }
}
