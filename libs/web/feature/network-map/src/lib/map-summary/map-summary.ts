import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NetworkSummary } from '@cg/web/data-access';
import { formatCount } from '@cg/web/ui';

interface Measure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly definition: string;
}

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Formats the network's whole-graph measures (docs/domain.md#measures-without-ego-silo-or-logo) with a definition for each. */
export function summaryMeasures(summary: NetworkSummary): Measure[] {
  const score = (value: number | null) => (value === null ? 'Not rated' : `${DECIMAL.format(value)} of 4`);
  return [
    { key: 'nodes', label: 'Organisations', value: formatCount(summary.nodeCount), definition: 'Organisations on the map.' },
    {
      key: 'edges',
      label: 'Tied pairs',
      value: formatCount(summary.edgeCount),
      definition: 'Pairs of organisations tied by at least one tie; several kinds of tie between one pair count once.',
    },
    {
      key: 'density',
      label: 'Density',
      value: PERCENT.format(summary.density),
      definition: 'Ties present out of all the ties there could be, 2m ÷ (n(n − 1)).',
    },
    {
      key: 'components',
      label: 'Components',
      value: formatCount(summary.components),
      definition: `Separate groups with no tie between them (each isolate is one); the largest holds ${formatCount(summary.largestComponent)} organisations.`,
    },
    { key: 'isolates', label: 'Isolates', value: formatCount(summary.isolates), definition: 'Organisations with no tie on the map.' },
    {
      key: 'communities',
      label: 'Communities',
      value: formatCount(summary.communities),
      definition: 'Clusters more tied among themselves than to others (Louvain method, fixed seed so they stay the same).',
    },
    {
      key: 'centralization',
      label: 'Centralization',
      value: DECIMAL.format(summary.degreeCentralization),
      definition: 'Freeman degree centralization: 1 when one organisation holds every tie (a star), 0 when all have the same number. Lower is more shared.',
    },
    {
      key: 'cross-sector',
      label: 'Cross-sector ties',
      value: summary.crossSectorTieShare === null ? 'None' : PERCENT.format(summary.crossSectorTieShare),
      definition: 'Share of tied pairs whose two organisations are in different sectors: working across silos.',
    },
    {
      key: 'trust',
      label: 'Mean trust',
      value: score(summary.meanTrust),
      definition: 'PARTNER-tool trust, 1 (not at all) to 4 (a great deal), averaged over the working relationships that record it.',
    },
    {
      key: 'value',
      label: 'Mean value',
      value: score(summary.meanValue),
      definition: 'PARTNER-tool value, 1 to 4: how much partners say each relationship is worth to them, averaged as for trust.',
    },
  ];
}

/** The strip of whole-network measures above the map, with their definitions one click away. */
@Component({
  selector: 'cg-map-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="strip" data-testid="map-summary">
      @for (m of measures(); track m.key) {
        <div class="measure" [attr.data-testid]="'summary-' + m.key">
          <dt>{{ m.label }}</dt>
          <dd>{{ m.value }}</dd>
        </div>
      }
    </dl>
    <details class="definitions">
      <summary>What these measures mean</summary>
      <dl>
        @for (m of measures(); track m.key) {
          <dt>{{ m.label }}</dt>
          <dd>{{ m.definition }}</dd>
        }
        @if (summary().betweennessSampled) {
          <dt>Betweenness</dt>
          <dd>Estimated from {{ sampledSources() }} sampled organisations, as this network is large.</dd>
        }
      </dl>
    </details>
  `,
  styleUrl: './map-summary.scss',
})
export class MapSummary {
  readonly summary = input.required<NetworkSummary>();
  protected readonly measures = computed(() => summaryMeasures(this.summary()));
  protected readonly sampledSources = computed(() => formatCount(this.summary().betweennessSources));
}
