import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatCount } from '../format/format-count';
import { formatMoneyHeadline } from '../format/format-money';

/** A headline figure: a large number with what it counts beside it. */
@Component({
  selector: 'cg-stat-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- &ngsp; keeps a real space, so it reads "12 organisations", not "12organisations". -->
    <p class="stat-card">
      <span class="value" [attr.data-testid]="valueTestId()">{{ formattedValue() }}</span>&ngsp;<span
        class="label"
        >{{ label() }}</span
      >
    </p>
  `,
  styleUrl: './stat-card.scss',
})
export class StatCard {
  readonly value = input.required<number>();
  readonly label = input.required<string>();
  /** A count (12,345) or an amount in pounds (£1.2M). */
  readonly format = input<'count' | 'money'>('count');
  /** Lets browser tests find the bare number without depending on layout. */
  readonly valueTestId = input<string>();

  protected readonly formattedValue = computed(() =>
    this.format() === 'money' ? formatMoneyHeadline(this.value()) : formatCount(this.value()),
  );
}
