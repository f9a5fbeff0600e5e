import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatCount } from '../format/format-count';

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
  /** Lets browser tests find the bare number without depending on layout. */
  readonly valueTestId = input<string>();

  protected readonly formattedValue = computed(() => formatCount(this.value()));
}
