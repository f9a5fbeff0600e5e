import { levelOfGssCode, pathLabel } from './gss-code';
import { PlaceLevel } from './records';

describe('levelOfGssCode', () => {
  it.each([
    ['E92000001', PlaceLevel.COUNTRY],
    ['E12000004', PlaceLevel.REGION],
    ['E06000016', PlaceLevel.LOCAL_AUTHORITY],
    ['E47000001', PlaceLevel.COMBINED_AUTHORITY],
    ['E61000001', PlaceLevel.COMBINED_AUTHORITY],
    ['S12000049', PlaceLevel.LOCAL_AUTHORITY],
    ['E05012345', PlaceLevel.WARD],
    ['E02002345', PlaceLevel.MSOA],
    ['E01012345', PlaceLevel.LSOA],
  ])('%s is a %s', (code, level) => expect(levelOfGssCode(code)).toBe(level));

  it('rejects codes of the wrong shape or an unknown entity', () => {
    expect(levelOfGssCode('E0600001')).toBeUndefined();
    expect(levelOfGssCode('X06000016')).toBeUndefined();
    expect(levelOfGssCode('E99000001')).toBeUndefined();
  });
});

describe('pathLabel', () => {
  it('keeps codes usable as ltree labels', () => expect(pathLabel('custom-estate.1')).toBe('custom_estate_1'));
});
