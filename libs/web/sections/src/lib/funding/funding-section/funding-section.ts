import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FUNDING_STATUS_LABELS, FUNDING_TYPE_LABELS } from '@cg/shared/domain';
import { FundingRecipient, FundingRow, RecipientFundingStore, SessionStore } from '@cg/web/data-access';
import { MatButton } from '@angular/material/button';
import { formatPounds, formatUkDate } from '@cg/web/ui';
import { FundingForm } from '../funding-form/funding-form';
import { canEditFunding, whyCannotRecordFunding } from '../permissions';

/** The funding panel of a partnership or project page: the rows, "Record funding" and "Change". */
@Component({
  selector: 'cg-funding-section',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FundingForm, MatButton, RouterLink],
  providers: [RecipientFundingStore],
  templateUrl: './funding-section.html',
  styleUrl: './funding-section.scss',
})
export class FundingSection {
  private readonly store = inject(RecipientFundingStore);
  private readonly session = inject(SessionStore);

  readonly recipient = input.required<FundingRecipient>();
  /** "partnership" or "project", for sentences. */
  protected readonly what = computed(() => this.recipient().kind);

  protected readonly state = this.store.state;
  protected readonly readOnlyReason = computed(() => whyCannotRecordFunding(this.session.user()));
  /** 'new' while recording, a funding id while changing it, null otherwise. */
  protected readonly editing = signal<string | null>(null);
  protected readonly editingRow = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? (state.rows.find((r) => r.id === this.editing()) ?? null) : null;
  });
  protected readonly announcement = signal('');

  protected readonly money = formatPounds;
  protected readonly date = formatUkDate;
  protected readonly typeLabels = FUNDING_TYPE_LABELS;
  protected readonly statusLabels = FUNDING_STATUS_LABELS;

  constructor() {
    effect(() => this.store.load(this.recipient()));
  }

  protected canEdit(row: FundingRow): boolean {
    return canEditFunding(this.session.user(), row);
  }

  protected start(id: string): void {
    this.announcement.set('');
    this.editing.set(id);
  }

  protected onSaved(row: FundingRow, added: boolean): void {
    this.editing.set(null);
    this.announcement.set(added ? `Recorded ${formatPounds(row.amount)} from ${row.funder.name}.` : `Funding from ${row.funder.name} saved.`);
  }

  protected retry(): void {
    this.store.retry();
  }

  /** After a clash, someone chose to see what was saved: fetch it and close the form. */
  protected showLatest(): void {
    this.editing.set(null);
    this.announcement.set('Showing the funding as it is saved now.');
    this.store.retry();
  }
}
