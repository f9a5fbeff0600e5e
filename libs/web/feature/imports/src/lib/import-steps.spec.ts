import { IMPORT_STEPS, stepTitle } from './import-steps';

describe('IMPORT_STEPS', () => {
  it('offers every kind the API takes, once each, in the order a fresh instance needs them', () => {
    expect(IMPORT_STEPS.map((step) => step.kind)).toEqual([
      'boundaries',
      'code-changes',
      'councils',
      // The LSOA lookup only moves small areas already imported, so the IoD LSOA files come first.
      'iod-lsoa',
      'lsoa-councils',
      'iod-lad',
      'postcodes',
      // Hexes are drawn for councils, so they come after the boundaries and the council list.
      'hex-layout',
    ]);
  });

  it('says in one sentence what each step takes, and links to where to download it', () => {
    for (const step of IMPORT_STEPS) {
      expect(step.file).toMatch(/^[A-Za-z][^]*\.$/);
      expect(step.file.split(/\.\s/).length).toBe(1);
      expect(step.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('stepTitle', () => {
  it('names a job by its step, and falls back to the kind', () => {
    expect(stepTitle('postcodes')).toBe('Postcodes');
    expect(stepTitle('something-new')).toBe('something-new');
  });

  it('names the imports that are not place data in words, not by their kind', () => {
    expect(stepTitle('csv')).toBe('Records from a spreadsheet');
    expect(stepTitle('360giving')).toBe('360Giving grants');
  });
});
