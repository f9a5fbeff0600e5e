import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { GrantImportStore, GrantUploadChoice, ImportJobStatus, SessionStore } from '@cg/web/data-access';
import { SearchSelect, SearchSelectOption } from '@cg/web/ui';
import { ownerSearch } from '../owner-search';
import { grantOutcome, grantProgress } from './grant-import-words';

/**
 * The 360Giving step of Imports and exports: an organisation's admins upload a funder's grants
 * (JSON or flat CSV), which become funding their organisation owns at the visibility they
 * choose (an instance admin picks any organisation to import for); a progress bar with grants a second follows the background job, then its report,
 * listing any rows that stopped it by line and reason. Reloading the page picks the newest
 * import up again.
 */
@Component({
  selector: 'cg-grant-import',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar, SearchSelect],
  providers: [GrantImportStore],
  templateUrl: './grant-import.html',
  styleUrl: './grant-import.scss',
})
export class GrantImport implements OnInit {
  private readonly session = inject(SessionStore);
  protected readonly store = inject(GrantImportStore);

  /** The organisations the user administers: grants are imported for one of them. */
  protected readonly organisations = computed(() =>
    (this.session.user()?.memberships ?? []).filter((m) => m.role === 'ORG_ADMIN'),
  );
  protected readonly isInstanceAdmin = computed(() => !!this.session.user()?.isInstanceAdmin);
  protected readonly canImport = computed(() => this.organisations().length > 0 || this.isInstanceAdmin());
  protected readonly searchOrganisations = ownerSearch();
  /** The instance admin's choice of owning organisation. */
  protected readonly owner = signal<SearchSelectOption | null>(null);
  protected readonly chosenOrganisation = signal<string | null>(null);
  protected readonly organisationId = computed(() =>
    this.isInstanceAdmin()
      ? (this.owner()?.id ?? null)
      : (this.chosenOrganisation() ?? this.organisations()[0]?.organisationId ?? null),
  );
  protected readonly visibility = signal<GrantUploadChoice['visibility']>('PUBLIC');
  protected readonly file = signal<File | null>(null);

  protected readonly job = computed(() => {
    const state = this.store.state();
    return state.status === 'tracking' ? state.job : null;
  });
  protected readonly busy = computed(() => {
    const state = this.store.state();
    const status = state.status === 'tracking' ? state.job.status : null;
    return state.status === 'uploading' || status === ImportJobStatus.QUEUED || status === ImportJobStatus.RUNNING;
  });
  protected readonly progress = computed(() => {
    const job = this.job();
    return job ? grantProgress(job) : null;
  });
  protected readonly outcome = computed(() => {
    const job = this.job();
    return job && !this.busy() ? grantOutcome(job) : null;
  });
  protected readonly succeeded = computed(() => this.job()?.status === ImportJobStatus.SUCCEEDED);

  ngOnInit(): void {
    void this.store.resume();
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected chooseOrganisation(event: Event): void {
    this.chosenOrganisation.set((event.target as HTMLSelectElement).value);
  }

  protected chooseVisibility(event: Event): void {
    this.visibility.set((event.target as HTMLSelectElement).value as GrantUploadChoice['visibility']);
  }

  /** A dry run that is finished and found nothing to refuse: the same file may now be imported. */
  protected readonly checked = computed(() => {
    const job = this.job();
    return !!job?.report?.dryRun && job.status === ImportJobStatus.SUCCEEDED && job.report.unmatchedCount === 0;
  });

  /** Sends the file: to check it first (a dry run, nothing kept), or to import it. */
  protected send(dryRun = false): void {
    const file = this.file();
    const organisationId = this.organisationId();
    if (file && organisationId && !this.busy())
      void this.store.upload(file, { organisationId, visibility: this.visibility(), dryRun });
  }
}
