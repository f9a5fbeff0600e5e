import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Sector } from '@cg/shared/domain';
import { NetworkData } from '@cg/web/data-access';
import { formatCount } from '@cg/web/ui';
import { SECTOR_LABELS } from '../palette';
import { TableColumn, TableSort, nextSort, sortedOrder } from '../table-rows';

const PAGE_SIZE = 50;

const COLUMNS: ReadonlyArray<{ readonly column: TableColumn; readonly label: string; readonly numeric: boolean }> = [
  { column: 'name', label: 'Organisation', numeric: false },
  { column: 'sector', label: 'Sector', numeric: false },
  { column: 'degree', label: 'Degree', numeric: true },
  { column: 'betweenness', label: 'Betweenness', numeric: true },
  { column: 'eigenvector', label: 'Eigenvector', numeric: true },
  { column: 'community', label: 'Community', numeric: true },
];

const sectorLabel = (sector: string) => SECTOR_LABELS[sector as Sector] ?? sector;

/**
 * The map as a table, for screen readers and keyboards (the canvas cannot be read): every
 * organisation on the map with its measures, sortable by any column, fifty to a page.
 */
@Component({
  selector: 'cg-network-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  templateUrl: './network-table.html',
  styleUrl: './network-table.scss',
})
export class NetworkTable {
  readonly network = input.required<NetworkData>();
  /** The organisation selected on the map, marked in the table. */
  readonly selectedId = input<string | null>(null);
  /** "Show on map" was pressed for this organisation. */
  readonly showOnMap = output<string>();

  protected readonly columns = COLUMNS;
  protected readonly sort = signal<TableSort>({ column: 'degree', direction: 'descending' });
  /** Back to the first page whenever another network (other filters) arrives. */
  protected readonly page = linkedSignal({ source: this.network, computation: () => 0 });

  private readonly order = computed(() => sortedOrder(this.network().nodes, this.sort(), sectorLabel));
  protected readonly pageCount = computed(() => Math.max(1, Math.ceil(this.network().nodes.ids.length / PAGE_SIZE)));

  /** Only this page's rows are built, whatever the size of the network. */
  protected readonly rows = computed(() => {
    const { nodes } = this.network();
    const order = this.order();
    const start = this.page() * PAGE_SIZE;
    return Array.from(order.subarray(start, start + PAGE_SIZE), (i) => ({
      id: nodes.ids[i],
      name: nodes.names[i],
      sector: sectorLabel(nodes.sectors[i]),
      degree: formatCount(nodes.degree[i]),
      betweenness: nodes.betweenness[i].toFixed(3),
      eigenvector: nodes.eigenvector[i].toFixed(3),
      community: nodes.community[i] + 1,
    }));
  });

  protected readonly caption = computed(() => {
    const total = this.network().nodes.ids.length;
    const first = this.page() * PAGE_SIZE + 1;
    const last = Math.min(first + PAGE_SIZE - 1, total);
    const sort = this.sort();
    const column = COLUMNS.find((c) => c.column === sort.column)?.label.toLowerCase();
    return `Organisations ${formatCount(first)} to ${formatCount(last)} of ${formatCount(total)}, sorted by ${column}, ${sort.direction}`;
  });

  protected sortBy(column: TableColumn): void {
    this.sort.update((current) => nextSort(current, column));
    this.page.set(0);
  }

  protected ariaSort(column: TableColumn): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort.column === column ? sort.direction : null;
  }

  protected previous(): void {
    this.page.update((page) => Math.max(0, page - 1));
  }

  protected next(): void {
    this.page.update((page) => Math.min(this.pageCount() - 1, page + 1));
  }
}
