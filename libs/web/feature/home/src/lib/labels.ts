import { TieKind } from '@cg/web/data-access';

/** How a partner is tied to the organisation, in words for a list. */
export const TIE_KIND_WORDS: Readonly<Record<TieKind, string>> = {
  [TieKind.CO_MEMBERSHIP]: 'partnerships',
  [TieKind.JOINT_PROJECT]: 'joint projects',
  [TieKind.FUNDING]: 'funding',
  [TieKind.RELATIONSHIP]: 'working relationship',
};
