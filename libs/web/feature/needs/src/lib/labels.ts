import { NeedSource, Priority } from '@cg/web/data-access';

/** Most urgent first. */
export const PRIORITY_OPTIONS: readonly Priority[] = [Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW];

export const SOURCE_OPTIONS: readonly NeedSource[] = [NeedSource.COMMUNITY, NeedSource.ORGANISATION, NeedSource.DATA];

