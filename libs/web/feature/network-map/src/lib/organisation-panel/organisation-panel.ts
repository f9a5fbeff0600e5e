import { ChangeDetectionStrategy, Component, ElementRef, computed, input, output, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Sector, sectorInWords } from '@cg/shared/domain';
import { OrganisationMeasuresState } from '@cg/web/data-access';
import { formatCount } from '@cg/web/ui';
import { SECTOR_COLOURS } from '../palette';

export interface PanelOrganisation {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
}

const DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** The side panel: the selected organisation's measures in the network on show, and a link to its profile. */
@Component({
  selector: 'cg-organisation-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  templateUrl: './organisation-panel.html',
  styleUrl: './organisation-panel.scss',
})
export class OrganisationPanel {
  readonly organisation = input.required<PanelOrganisation>();
  readonly measures = input.required<OrganisationMeasuresState>();
  readonly closed = output<void>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly sectorLabel = computed(() => sectorInWords(this.organisation().sector));
  protected readonly sectorColour = computed(() => SECTOR_COLOURS[this.organisation().sector]);

  protected readonly rows = computed(() => {
    const state = this.measures();
    if (state.status !== 'ready') return [];
    const m = state.measures;
    return [
      { key: 'degree', label: 'Degree', value: formatCount(m.degree), note: 'organisations it is tied to' },
      { key: 'betweenness', label: 'Betweenness', value: DECIMAL.format(m.betweenness), note: 'share of shortest paths through it, 0 to 1' },
      { key: 'eigenvector', label: 'Eigenvector', value: DECIMAL.format(m.eigenvector), note: 'tied to the well tied' },
      {
        key: 'community',
        label: 'Community',
        value: m.community === null ? '—' : String(m.community + 1),
        note: 'the cluster it belongs to',
      },
      {
        key: 'brokerage',
        label: 'Brokerage',
        value: formatCount(m.brokerage),
        note: 'pairs of its partners in different sectors, not tied to each other, that it bridges',
      },
    ];
  });

  /** Moves keyboard focus to the panel, so people using a keyboard or screen reader land on it. */
  focus(): void {
    this.heading().nativeElement.focus();
  }
}
