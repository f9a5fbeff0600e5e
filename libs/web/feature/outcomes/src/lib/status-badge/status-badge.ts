import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { OUTCOME_STATUS_LABELS } from '@cg/shared/domain';
import { OutcomeStatus } from '@cg/web/data-access';

/** Symbols so the status is told by shape and words, never by colour alone. */
const SYMBOLS: Readonly<Record<OutcomeStatus, string>> = {
  [OutcomeStatus.ACHIEVED]: '★',
  [OutcomeStatus.ON_TRACK]: '✓',
  [OutcomeStatus.AT_RISK]: '!',
  [OutcomeStatus.OFF_TRACK]: '✕',
  [OutcomeStatus.NO_DATA]: '–',
};

/** An outcome's or indicator's status as a small labelled badge. */
@Component({
  selector: 'cg-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': 'statusClass()', '[attr.data-status]': 'status()' },
  template: `<span class="symbol" aria-hidden="true">{{ symbol() }}</span><span>{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .symbol {
      font-weight: 700;
    }
    :host(.on-track) {
      background: #e3f4e8;
      color: #14532d;
    }
    :host(.achieved) {
      background: #e0ecfb;
      color: #173f75;
    }
    :host(.at-risk) {
      background: #fff1d6;
      color: #6b3b00;
    }
    :host(.off-track) {
      background: #fde4e1;
      color: #8c1d18;
    }
    :host(.no-data) {
      background: #eeeeee;
      color: #3c4043;
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<OutcomeStatus>();
  protected readonly label = computed(() => OUTCOME_STATUS_LABELS[this.status()]);
  protected readonly symbol = computed(() => SYMBOLS[this.status()]);
  protected readonly statusClass = computed(() => this.status().toLowerCase().replace('_', '-'));
}
