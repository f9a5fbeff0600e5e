import { PostcodePlaces } from '@cg/web/data-access';
import { postcodeLookupLine, postcodePlacesSentence } from './postcode-places';

function places(overrides: Partial<PostcodePlaces> = {}): PostcodePlaces {
  return {
    postcode: 'WC2N 5DU',
    found: true,
    message: null,
    lsoaCode: 'E01004736',
    wardCode: 'E05000644',
    localAuthorityCode: 'E09000033',
    imdRank: 20123,
    imdDecile: null,
    terminated: null,
    lsoa: null,
    ward: null,
    localAuthority: { id: 'p-1', name: 'Westminster', code: 'E09000033' },
    ...overrides,
  } as PostcodePlaces;
}

describe('postcodePlacesSentence', () => {
  it('names the LSOA, ward and local authority, by code where no place was imported, with the NSPL’s IMD rank', () => {
    expect(postcodePlacesSentence(places())).toBe(
      'In LSOA E01004736 (IMD rank 20,123), ward E05000644, local authority Westminster.',
    );
  });

  it('gives the IMD decile once the LSOA is imported', () => {
    const lsoa = { id: 'l-1', name: 'Westminster 018A', code: 'E01004736' };
    expect(postcodePlacesSentence(places({ lsoa, imdDecile: 7 }))).toBe(
      'In LSOA Westminster 018A (IMD decile 7), ward E05000644, local authority Westminster.',
    );
  });

  it('says the API’s sentence when the lookup does not have the postcode', () => {
    const message = 'We do not have ZZ9 9ZZ in the postcode lookup; import the ONS postcode lookup (NSPL) to add it.';
    expect(postcodePlacesSentence(places({ found: false, message, postcode: 'ZZ9 9ZZ' }))).toBe(message);
  });

  it('adds a terminated postcode’s warning', () => {
    expect(postcodePlacesSentence(places({ message: 'WC2N 5DU was terminated in 06/2020.' }))).toMatch(
      /Westminster\. WC2N 5DU was terminated/,
    );
  });
});

describe('postcodeLookupLine', () => {
  it('is empty with no postcode, and says when it is looking or could not look', () => {
    expect(postcodeLookupLine({ status: 'idle' })).toBe('');
    expect(postcodeLookupLine({ status: 'looking', postcode: 'WC2N 5DU' })).toBe('Looking up WC2N 5DU…');
    expect(postcodeLookupLine({ status: 'error', postcode: 'WC2N 5DU' })).toMatch(/could not look up WC2N 5DU/);
  });
});
