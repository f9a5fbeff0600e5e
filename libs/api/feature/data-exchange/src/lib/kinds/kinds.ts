import { RecordEntity } from '@cg/api/core/database';
import { ACTIVITIES } from './activities.kind';
import { CsvKind, CsvKindSpec, FieldSpec } from './kind-spec';
import { MEASUREMENTS } from './measurements.kind';
import { MEMBERSHIPS } from './memberships.kind';
import { ORGANISATIONS } from './organisations.kind';
import { PEOPLE } from './people.kind';
import { RELATIONSHIPS } from './relationships.kind';

/** Every kind may say who reads each record; without the column the import's chosen visibility applies. */
export const VISIBILITY_FIELD: FieldSpec = {
  name: 'visibility',
  label: 'Visibility',
  hint: 'PUBLIC, PARTNERS or PRIVATE',
};

/** Every kind, in the order an archive imports them: what others point at comes first. */
export const KINDS: Record<CsvKind, CsvKindSpec<RecordEntity>> = {
  organisations: withVisibility(ORGANISATIONS),
  people: withVisibility(PEOPLE),
  relationships: withVisibility(RELATIONSHIPS),
  memberships: withVisibility(MEMBERSHIPS),
  activities: withVisibility(ACTIVITIES),
  measurements: withVisibility(MEASUREMENTS),
};

function withVisibility<E extends RecordEntity>(spec: CsvKindSpec<E>): CsvKindSpec<RecordEntity> {
  return { ...spec, fields: [...spec.fields, VISIBILITY_FIELD] } as unknown as CsvKindSpec<RecordEntity>;
}
