import type { PartnerScore } from '@cg/web/data-access';

/** The PARTNER tool's four-point scale, in its words. */
export const SCORE_LABELS: ReadonlyArray<readonly [PartnerScore, string]> = [
  [1, 'Not at all'],
  [2, 'A small amount'],
  [3, 'A fair amount'],
  [4, 'A great deal'],
];
