import { OrganisationType, Visibility } from '@cg/web/data-access';
import {
  identifierMessage,
  splitIdentifiers,
  splitThemes,
  tidyPostcode,
  toCreateOrganisationInput,
  toOrganisationFields,
} from './organisation-fields';

describe('organisation form → API input', () => {
  it('trims the details, clears empty ones with null and splits themes', () => {
    expect(
      toOrganisationFields({
        name: '  Fenwick Refugee Trust ',
        type: OrganisationType.CHARITY,
        description: '   ',
        website: ' fenwick.org.uk ',
        email: '',
        phone: null,
        postcode: 'le1  5ws',
        themes: 'Housing, youth work , housing,,',
        visibility: Visibility.PARTNERS,
      }),
    ).toEqual({
      name: 'Fenwick Refugee Trust',
      type: OrganisationType.CHARITY,
      description: null,
      website: 'fenwick.org.uk',
      email: null,
      phone: null,
      postcode: 'LE1 5WS',
      themes: ['Housing', 'youth work'],
      visibility: Visibility.PARTNERS,
    });
  });

  it('writes postcodes as Royal Mail does', () => {
    expect(tidyPostcode('le15ws')).toBe('LE1 5WS');
    expect(tidyPostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(tidyPostcode(' ')).toBeNull();
  });

  it('splits themes on commas, semicolons and new lines', () => {
    expect(splitThemes('food;\nhealth, Food')).toEqual(['food', 'health']);
    expect(splitThemes(null)).toEqual([]);
  });

  it('reads several identifiers, in capitals, without repeats', () => {
    expect(splitIdentifiers(' gb-chc-1234567, GB-COH-01234567 gb-chc-1234567')).toEqual(['GB-CHC-1234567', 'GB-COH-01234567']);
  });

  it('leaves empty optional fields out of a new organisation', () => {
    expect(
      toCreateOrganisationInput({ name: ' New Group ', type: OrganisationType.COMMUNITY_GROUP, postcode: '', website: null, identifiers: ' ' }),
    ).toEqual({ name: 'New Group', type: OrganisationType.COMMUNITY_GROUP });
    expect(
      toCreateOrganisationInput({
        name: 'New Group',
        type: OrganisationType.CHARITY,
        postcode: 'le1 5ws',
        website: 'example.org',
        identifiers: 'gb-chc-1234567',
      }),
    ).toEqual({ name: 'New Group', type: OrganisationType.CHARITY, postcode: 'LE1 5WS', website: 'example.org', identifiers: ['GB-CHC-1234567'] });
  });

  it('says plainly that another organisation holds a duplicate identifier, and keeps format messages as written', () => {
    expect(identifierMessage({ identifier: 'Another record already has this identifier.' }, 'CONFLICT')).toMatch(
      /^Another organisation already holds this identifier/,
    );
    expect(identifierMessage({ identifiers: 'GB-XYZ is not a known org-id list.' }, 'BAD_USER_INPUT')).toBe(
      'GB-XYZ is not a known org-id list.',
    );
    expect(identifierMessage({ name: 'Too long.' }, 'BAD_USER_INPUT')).toBeNull();
  });
});
