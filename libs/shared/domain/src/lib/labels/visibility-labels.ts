import { Visibility } from '../visibility';

export const VISIBILITY_LABELS: Readonly<Record<Visibility, string>> = {
  [Visibility.PUBLIC]: 'Public',
  [Visibility.PARTNERS]: 'Partners',
  [Visibility.PRIVATE]: 'Private',
};

/** Who may see a record at each visibility (docs/domain.md#records), as a sentence. */
export const VISIBILITY_HINTS: Readonly<Record<Visibility, string>> = {
  [Visibility.PUBLIC]: 'Everyone signed in to Common Ground can see it.',
  [Visibility.PARTNERS]: 'Only members of partnerships the owning organisation belongs to can see it.',
  [Visibility.PRIVATE]: 'Only people in the organisation that owns the record can see it.',
};

/** The same three choices, label and hint, on every form; most open first. */
export const VISIBILITY_CHOICES: ReadonlyArray<readonly [Visibility, string, string]> = [
  Visibility.PUBLIC,
  Visibility.PARTNERS,
  Visibility.PRIVATE,
].map((v) => [v, VISIBILITY_LABELS[v], VISIBILITY_HINTS[v]] as const);

/** "Private: only people in the organisation that owns the record can see it.", for a record's details. */
export const VISIBILITY_IN_WORDS: Readonly<Record<Visibility, string>> = {
  [Visibility.PUBLIC]: inWords(Visibility.PUBLIC),
  [Visibility.PARTNERS]: inWords(Visibility.PARTNERS),
  [Visibility.PRIVATE]: inWords(Visibility.PRIVATE),
};

function inWords(visibility: Visibility): string {
  const hint = VISIBILITY_HINTS[visibility];
  return `${VISIBILITY_LABELS[visibility]}: ${hint[0].toLowerCase()}${hint.slice(1)}`;
}
