import { SECTOR_LABELS } from '@cg/shared/domain';
import type { Overview } from '@cg/web/data-access';
import type { CountRow } from '@cg/web/ui';

/** Turns the API's sector counts into rows with human labels, keeping the API's order. */
export function toSectorRows(sectors: Overview['organisationsBySector']): CountRow[] {
  return sectors.map(({ sector, count }) => ({ label: SECTOR_LABELS[sector], count }));
}
