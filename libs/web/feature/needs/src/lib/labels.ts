import { NeedSource, Priority, Visibility } from '@cg/web/data-access';

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  [Priority.URGENT]: 'Urgent',
  [Priority.HIGH]: 'High',
  [Priority.MEDIUM]: 'Medium',
  [Priority.LOW]: 'Low',
};

/** Most urgent first. */
export const PRIORITY_OPTIONS: readonly Priority[] = [Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW];

export const SOURCE_LABELS: Readonly<Record<NeedSource, string>> = {
  [NeedSource.COMMUNITY]: 'The community',
  [NeedSource.ORGANISATION]: 'An organisation',
  [NeedSource.DATA]: 'Data',
};

export const SOURCE_OPTIONS: readonly NeedSource[] = [NeedSource.COMMUNITY, NeedSource.ORGANISATION, NeedSource.DATA];

export const VISIBILITY_OPTIONS: ReadonlyArray<readonly [Visibility, string, string]> = [
  [Visibility.PUBLIC, 'Public', 'everyone signed in to Common Ground can see it.'],
  [Visibility.PARTNERS, 'Partners', 'only members of partnerships your organisation belongs to can see it.'],
  [Visibility.PRIVATE, 'Private', 'only people in your organisation can see it.'],
];
