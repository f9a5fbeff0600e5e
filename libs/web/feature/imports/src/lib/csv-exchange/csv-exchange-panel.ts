import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  CSV_KINDS,
  CsvExchangeStore,
  OrganisationRole,
  SessionStore,
  Visibility,
  archiveUrl,
  csvErrorFileUrl,
  dryRunErrorFile,
} from '@cg/web/data-access';
import { ErrorState, LoadingState, SearchSelect, SearchSelectOption, downloadFile } from '@cg/web/ui';
import { formatUkDateTime } from '../import-progress';
import { ownerSearch } from '../owner-search';
import { grantProgress } from '../grant-import/grant-import-words';
import { CsvReport } from './csv-report';
import { countsSentence } from './csv-words';

const VISIBILITIES = [
  { value: Visibility.PRIVATE, label: 'Private: your organisation only' },
  { value: Visibility.PARTNERS, label: 'Partners: your partnerships and funders too' },
  { value: Visibility.PUBLIC, label: 'Public: everyone signed in' },
];

/**
 * Records in and out as CSV (issue #12): choose a file and what it holds, check it (a dry run
 * that keeps nothing), adjust the column mapping and confirm near names, import, and read the
 * result; past imports with their error files; the archive of everything the organisation owns.
 * For an organisation's admins and coordinators; viewers are told who can.
 */
@Component({
  selector: 'cg-csv-exchange-panel',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CsvReport,
    ErrorState,
    FormsModule,
    LoadingState,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    SearchSelect,
  ],
  providers: [CsvExchangeStore],
  templateUrl: './csv-exchange-panel.html',
  styleUrl: './csv-exchange-panel.scss',
})
export class CsvExchangePanel {
  private readonly session = inject(SessionStore);
  protected readonly store = inject(CsvExchangeStore);

  protected readonly kinds = CSV_KINDS;
  protected readonly visibilities = VISIBILITIES;
  protected readonly when = formatUkDateTime;
  protected readonly archiveUrl = archiveUrl;
  protected readonly errorFileUrl = csvErrorFileUrl;

  /** The organisations the user may import into: those they administer or coordinate. */
  protected readonly organisations = computed(() =>
    (this.session.user()?.memberships ?? []).filter((m) => m.role !== OrganisationRole.VIEWER),
  );
  /** Organisations whose archive the user may download: those they administer. */
  protected readonly administered = computed(() =>
    (this.session.user()?.memberships ?? []).filter(
      (m) => m.role === OrganisationRole.ORG_ADMIN || this.session.user()?.isInstanceAdmin,
    ),
  );
  protected readonly isInstanceAdmin = computed(() => !!this.session.user()?.isInstanceAdmin);
  /**
   * Who may import: an organisation's admins and coordinators into it, and instance admins into
   * any organisation they choose (imported records always have an owning organisation, so an
   * instance admin with no membership picks the one they import for).
   */
  protected readonly canImport = computed(() => this.organisations().length > 0 || this.isInstanceAdmin());
  protected readonly searchOrganisations = ownerSearch();
  /** The instance admin's choice of owning organisation. */
  protected readonly owner = signal<SearchSelectOption | null>(null);

  protected readonly kind = signal<string>('organisations');
  protected readonly organisationId = signal<string>('');
  protected readonly source = signal<string>('');
  protected readonly visibility = signal<string>(Visibility.PRIVATE);
  protected readonly file = signal<File | null>(null);
  private confirmations: Record<string, string> = {};

  protected readonly flow = this.store.flow;
  protected readonly report = computed(() => {
    const flow = this.flow();
    return flow.status === 'reviewed' || flow.status === 'done' ? flow.report : null;
  });
  /** The background import's progress bar: rows of rows and rows a second, once the server has queued it. */
  protected readonly importProgress = computed(() => {
    const flow = this.flow();
    return flow.status === 'importing' && flow.job ? grantProgress(flow.job, 'rows') : null;
  });
  protected readonly importable = computed(() => {
    const report = this.report();
    return !!report && report.dryRun && !report.problem && report.counts.created + report.counts.updated > 0;
  });
  protected readonly resultSentence = computed(() => {
    const report = this.report();
    return report && !report.dryRun ? countsSentence(report) : '';
  });

  constructor() {
    let loaded = false;
    effect(() => {
      const mine = this.organisations();
      if (this.isInstanceAdmin()) this.organisationId.set(this.owner()?.id ?? '');
      else if (mine.length > 0 && !untracked(this.organisationId)) this.organisationId.set(mine[0].organisationId);
      if (this.canImport() && !loaded) {
        loaded = true;
        untracked(() => {
          void this.store.loadHistory();
          void this.store.resume();
        });
      }
    });
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    if (file && !this.source()) this.source.set(file.name.replace(/\.csv$/i, ''));
  }

  protected check(): void {
    const file = this.file();
    if (!file) return;
    this.confirmations = {};
    void this.store.check({
      kind: this.kind(),
      file,
      organisationId: this.organisationId(),
      source: this.source().trim() || file.name,
      visibility: this.visibility(),
      mapping: null,
      confirmations: {},
    });
  }

  protected remap(mapping: Record<string, string>): void {
    void this.store.recheck({ mapping, confirmations: this.confirmations });
  }

  protected confirmMatch({ key, id }: { key: string; id: string }): void {
    this.confirmations = { ...this.confirmations, [key]: id };
    void this.store.recheck({ mapping: this.report()?.mapping ?? null, confirmations: this.confirmations });
  }

  protected importNow(): void {
    void this.store.confirm();
  }

  protected startAgain(): void {
    this.file.set(null);
    this.store.reset();
  }

  protected async downloadDryRunErrors(): Promise<void> {
    const report = this.report();
    if (!report) return;
    const blob = await dryRunErrorFile(report);
    if (blob) downloadFile(blob, `${report.fileName.replace(/\.csv$/i, '')}-errors.csv`);
  }

  protected retryHistory(): void {
    void this.store.loadHistory();
  }
}
