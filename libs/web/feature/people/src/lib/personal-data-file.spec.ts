import { personalDataFileName } from './personal-data-file';

describe('personalDataFileName', () => {
  it('names the file after the person and the day, in plain letters', () => {
    expect(personalDataFileName('Zoë O’Brien-Smith', '2026-05-01')).toBe(
      'personal-data-zoe-o-brien-smith-2026-05-01.json',
    );
  });

  it('still names a file when the name has no letters to use', () => {
    expect(personalDataFileName('  —  ', '2026-05-01')).toBe('personal-data-person-2026-05-01.json');
  });
});
