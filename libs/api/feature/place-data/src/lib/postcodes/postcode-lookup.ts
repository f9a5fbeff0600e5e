import { formatPostcode, looksLikePostcode, normalisePostcode } from './normalise-postcode';
import { PostcodeAreas } from './postcode-areas.loader';
import { PostcodeLookup } from './postcode-lookup.type';

/** The answer for one postcode: where it lies, or a sentence saying why we cannot tell. */
export function toPostcodeLookup(text: string, areas: PostcodeAreas | null): PostcodeLookup {
  const postcode = formatPostcode(text);
  const empty = {
    postcode,
    lsoaCode: null,
    wardCode: null,
    localAuthorityCode: null,
    lsoa: null,
    ward: null,
    localAuthority: null,
    imdRank: null,
    imdDecile: null,
    latitude: null,
    longitude: null,
    terminated: null,
  };
  if (!looksLikePostcode(text)) {
    return { ...empty, found: false, message: `“${text.trim()}” is not a UK postcode; postcodes look like SW1A 1AA.` };
  }
  if (!areas) {
    return {
      ...empty,
      found: false,
      message: `We do not have ${postcode} in the postcode lookup; import the ONS postcode lookup (NSPL) to add it.`,
    };
  }
  const row = areas.postcode;
  return {
    postcode: row.display,
    found: true,
    message: row.terminated
      ? `${row.display} was terminated in ${row.terminated.slice(4)}/${row.terminated.slice(0, 4)}; it may now be part of another postcode.`
      : null,
    lsoaCode: row.lsoaCode,
    wardCode: row.wardCode,
    localAuthorityCode: row.localAuthorityCode,
    lsoa: areas.lsoa,
    ward: areas.ward,
    localAuthority: areas.localAuthority,
    imdRank: row.imdRank,
    imdDecile: areas.lsoa?.imdDecile ?? null,
    latitude: row.latitude,
    longitude: row.longitude,
    terminated: row.terminated,
  };
}

export { normalisePostcode };
