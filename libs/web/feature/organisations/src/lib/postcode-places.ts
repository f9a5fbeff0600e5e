import type { PostcodeLookupState, PostcodePlaces } from '@cg/web/data-access';

/**
 * "In LSOA Westminster 018A (IMD decile 7), ward St James's, local authority Westminster.", or the
 * API's own sentence when the lookup does not have the postcode. Names where places were imported,
 * codes where only the lookup knows them; the IMD decile needs the IoD LSOA import, the NSPL's rank
 * stands in until then.
 */
export function postcodePlacesSentence(places: PostcodePlaces): string {
  if (!places.found) return places.message ?? `We do not have ${places.postcode} in the postcode lookup.`;
  const parts: string[] = [];
  const lsoa = places.lsoa?.name ?? places.lsoaCode;
  if (lsoa) {
    const imd =
      places.imdDecile != null
        ? ` (IMD decile ${places.imdDecile})`
        : places.imdRank != null
          ? ` (IMD rank ${places.imdRank.toLocaleString('en-GB')})`
          : '';
    parts.push(`LSOA ${lsoa}${imd}`);
  }
  const ward = places.ward?.name ?? places.wardCode;
  if (ward) parts.push(`ward ${ward}`);
  const authority = places.localAuthority?.name ?? places.localAuthorityCode;
  if (authority) parts.push(`local authority ${authority}`);
  const where = parts.length
    ? `In ${parts.join(', ')}.`
    : `${places.postcode} is in the postcode lookup, without its areas.`;
  return places.message ? `${where} ${places.message}` : where;
}

/** What the form says under the postcode field while and after it looks the postcode up. */
export function postcodeLookupLine(state: PostcodeLookupState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'looking':
      return `Looking up ${state.postcode}…`;
    case 'error':
      return `We could not look up ${state.postcode} just now; it will still be saved.`;
    case 'ready':
      return postcodePlacesSentence(state.places);
  }
}
