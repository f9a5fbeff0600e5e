import { PlaceEntity, PostcodeEntity } from '@cg/api/core/database';
import { defineLoader } from '@cg/api/core/graphql';
import { In } from 'typeorm';
import { RESOLVE_CODES_SQL } from '../import/code-resolver';

/** A postcode of the lookup with the places its area codes name (those the reader may see). */
export interface PostcodeAreas {
  postcode: PostcodeEntity;
  lsoa: PlaceEntity | null;
  ward: PlaceEntity | null;
  localAuthority: PlaceEntity | null;
}

/**
 * Postcodes (normalised) → their row of the lookup and places, for any number of postcodes in
 * three queries: the rows, the codes resolved through aliases (a council's former code leads to
 * today's), and the places, read under the request's row-level security.
 */
export const postcodeAreas = defineLoader<string, PostcodeAreas | null>('postcodeAreas', (db) => async (postcodes) => {
  const rows = await db.getRepository(PostcodeEntity).findBy({ postcode: In([...postcodes]) });
  const codes = [
    ...new Set(
      rows
        .flatMap((row) => [row.lsoaCode, row.wardCode, row.localAuthorityCode])
        .filter((code): code is string => !!code),
    ),
  ];
  const resolved: { asked: string; id: string }[] = codes.length ? await db.query(RESOLVE_CODES_SQL, [codes]) : [];
  const places = resolved.length
    ? await db.getRepository(PlaceEntity).findBy({ id: In(resolved.map((row) => row.id)) })
    : [];
  const placeById = new Map(places.map((place) => [place.id, place]));
  const placeOf = new Map(resolved.map((row) => [row.asked, placeById.get(row.id) ?? null]));
  const at = (code: string | null) => (code ? (placeOf.get(code) ?? null) : null);
  const byPostcode = new Map(rows.map((row) => [row.postcode, row]));
  return postcodes.map((postcode) => {
    const row = byPostcode.get(postcode);
    return row
      ? { postcode: row, lsoa: at(row.lsoaCode), ward: at(row.wardCode), localAuthority: at(row.localAuthorityCode) }
      : null;
  });
});
