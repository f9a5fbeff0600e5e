import { NetworkData } from '@cg/web/data-access';

export type TableColumn = 'name' | 'sector' | 'degree' | 'betweenness' | 'eigenvector' | 'community';
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: TableColumn;
  readonly direction: SortDirection;
}

/**
 * Node positions in the order the table shows them, sorted straight from the API's arrays (no row
 * objects for 20,000 organisations). Ties in the sorted column fall back to the name.
 */
export function sortedOrder(nodes: NetworkData['nodes'], sort: TableSort, sectorLabel: (sector: string) => string): Uint32Array {
  const order = new Uint32Array(nodes.ids.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const byName = (a: number, b: number) => nodes.names[a].localeCompare(nodes.names[b], 'en-GB');
  const sign = sort.direction === 'ascending' ? 1 : -1;
  let compare: (a: number, b: number) => number;
  switch (sort.column) {
    case 'name':
      compare = byName;
      break;
    case 'sector':
      compare = (a, b) => sectorLabel(nodes.sectors[a]).localeCompare(sectorLabel(nodes.sectors[b]), 'en-GB');
      break;
    default: {
      const values = nodes[sort.column];
      compare = (a, b) => values[a] - values[b];
    }
  }
  return order.sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/** The sort after a column heading is pressed: the same column flips, a new one starts descending for numbers. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'name' || column === 'sector' ? 'ascending' : 'descending' };
}
