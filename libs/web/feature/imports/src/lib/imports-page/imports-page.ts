import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ImportJobStatus, PlaceImportsStore, SessionStore } from '@cg/web/data-access';
import { ErrorState, LoadingState, formatCount } from '@cg/web/ui';
import { STATUS_WORDS, failureSentence, formatUkDateTime } from '../import-progress';
import { IMPORT_STEPS, stepTitle } from '../import-steps';
import { GrantImport } from '../grant-import/grant-import';
import { ImportStepCard } from '../import-step/import-step';
import { CsvExchangePanel } from '../csv-exchange/csv-exchange-panel';

/**
 * Imports and exports: instance admins bring in official place data step by step (boundaries to
 * postcodes), watch each import's progress and read its report; everyone else is told who can.
 * Records in and out as CSV, and the archive, are the CSV exchange panel's.
 */
@Component({
  selector: 'cg-imports-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CsvExchangePanel, ErrorState, GrantImport, ImportStepCard, LoadingState, MatButton],
  providers: [PlaceImportsStore],
  templateUrl: './imports-page.html',
  styleUrl: './imports-page.scss',
})
export class ImportsPage {
  private readonly session = inject(SessionStore);
  protected readonly store = inject(PlaceImportsStore);

  /** undefined while the session is being checked. */
  protected readonly isAdmin = computed(() => {
    const user = this.session.user();
    return user === undefined ? undefined : !!user?.isInstanceAdmin;
  });
  protected readonly steps = IMPORT_STEPS.map((step, index) => ({
    step,
    position: index + 1,
    state: this.store.step(step.kind),
  }));
  protected readonly recent = this.store.recent;
  protected readonly statusWords = STATUS_WORDS;
  protected readonly failed = ImportJobStatus.FAILED;
  protected readonly stepTitle = stepTitle;
  protected readonly when = formatUkDateTime;
  protected readonly count = formatCount;
  protected readonly failureSentence = failureSentence;

  constructor() {
    let loaded = false;
    effect(() => {
      if (this.isAdmin() && !loaded) {
        loaded = true;
        untracked(() => void this.store.loadRecent());
      }
    });
  }

  protected upload(kind: string, file: File): void {
    void this.store.upload(kind, file);
  }

  protected retry(): void {
    void this.store.loadRecent();
  }
}
