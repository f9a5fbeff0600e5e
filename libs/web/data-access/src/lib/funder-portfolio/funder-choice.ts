/** An organisation whose funding a screen may show. */
export interface FunderChoice {
  readonly id: string;
  readonly name: string;
}

interface Reader {
  readonly isInstanceAdmin: boolean;
  readonly memberships: readonly { readonly organisationId: string; readonly organisationName: string }[];
}

/**
 * Whose funding a reader may pick on the funder screens: their own organisations, and every
 * funder (organisations of type FUNDER they can see) when they are an instance admin.
 */
export function funderChoices(reader: Reader | null, funders: readonly FunderChoice[]): FunderChoice[] {
  const own = (reader?.memberships ?? []).map((m) => ({ id: m.organisationId, name: m.organisationName }));
  if (!reader?.isInstanceAdmin) return own;
  const seen = new Set(own.map((o) => o.id));
  return [...own, ...funders.filter((o) => !seen.has(o.id))];
}

/** The reader's own organisation that is a funder, if any: the funder screens start from it. */
export function ownFunder(reader: Reader | null, funders: readonly FunderChoice[]): string | null {
  const isFunder = new Set(funders.map((o) => o.id));
  return (reader?.memberships ?? []).find((m) => isFunder.has(m.organisationId))?.organisationId ?? null;
}
