/** One kind of official place data, as a step of the Imports screen. */
export interface ImportStep {
  /** The API's kind: `POST /imports/places/<kind>`. */
  readonly kind: string;
  readonly title: string;
  /** One sentence: which file it takes and what it brings. */
  readonly file: string;
  /** Where to download it (official or the maintained open-data source). */
  readonly source: { readonly name: string; readonly url: string };
  /** File types the picker offers first (any file can still be chosen). */
  readonly accept: string;
}

/**
 * The kinds in the order a fresh instance needs them: boundaries make the councils' places, code
 * changes and the council list add their former and register codes, the IoD LSOA files bring the
 * small areas that the LSOA lookup then moves under today's councils (the lookup only moves areas
 * already imported), and postcodes come last so that they resolve to all of them.
 */
export const IMPORT_STEPS: readonly ImportStep[] = [
  {
    kind: 'boundaries',
    title: 'Boundaries',
    file: 'The ONS boundaries as TopoJSON (topo.json): countries, regions, counties and local authorities with their shapes, for the place map.',
    source: { name: 'ONSvisual uk-topojson (output/topo.json)', url: 'https://onsvisual.github.io/uk-topojson' },
    accept: '.json,.topojson,.geojson,application/json',
  },
  {
    kind: 'code-changes',
    title: 'Code changes',
    file: 'The changes.csv of the same boundaries: where councils merged or were recoded, the former code becomes an alias of today’s place.',
    source: { name: 'ONSvisual uk-topojson (input/changes.csv)', url: 'https://onsvisual.github.io/uk-topojson' },
    accept: '.csv,text/csv',
  },
  {
    kind: 'councils',
    title: 'Councils',
    file: 'mySociety’s list of UK councils (uk_local_authorities.csv): types, regions, counties, population and former codes.',
    source: {
      name: 'mySociety, UK local authority names and codes',
      url: 'https://mysociety.github.io/uk_local_authority_names_and_codes/',
    },
    accept: '.csv,text/csv',
  },
  {
    kind: 'iod-lsoa',
    title: 'Deprivation by small area (IoD 2019)',
    file: 'File 1, 2 or 6 of the English Indices of Deprivation 2019 as CSV (gzip or not), one upload each: every LSOA with its IMD rank and decile, domains or population.',
    source: {
      name: 'GOV.UK, English indices of deprivation 2019',
      url: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
    },
    accept: '.csv,.gz,text/csv,application/gzip',
  },
  {
    kind: 'lsoa-councils',
    title: 'Small areas to councils',
    file: 'mySociety’s LSOA lookup (lookup_lsoa_to_registry.csv), which moves each small area imported above under its current council.',
    source: {
      name: 'mySociety, UK local authority names and codes',
      url: 'https://mysociety.github.io/uk_local_authority_names_and_codes/',
    },
    accept: '.csv,text/csv',
  },
  {
    kind: 'iod-lad',
    title: 'Deprivation by local authority',
    file: 'The local authority summaries of the Indices of Deprivation (IoD2019_lad19.csv or IoD2025_lad24.csv), kept apart by year.',
    source: { name: 'Trafford Data Lab’s CSVs of MHCLG’s tables', url: 'https://www.trafforddatalab.io/open_data/' },
    accept: '.csv,text/csv',
  },
  {
    kind: 'postcodes',
    title: 'Postcodes',
    file: 'The ONS National Statistics Postcode Lookup (NSPL) CSV, so that an organisation’s postcode finds its LSOA, ward and local authority.',
    source: {
      name: 'ONS Open Geography Portal, National Statistics Postcode Lookup',
      url: 'https://geoportal.statistics.gov.uk/search?collection=Dataset&sort=-created&tags=all(PRD_NSPL)',
    },
    accept: '.csv,text/csv',
  },
  {
    kind: 'hex-layout',
    title: 'Hex layout',
    file: 'An equal-area hex layout of local authorities as HexJSON (uk-local-authority-districts-2023.hexjson), for the place map’s Hex view.',
    source: { name: 'Open Innovations, UK hex maps', url: 'https://open-innovations.org/projects/hexmaps/' },
    accept: '.hexjson,.json,application/json',
  },
];

/** The imports that are not place data, which the recent imports list shows beside the steps. */
const OTHER_IMPORTS: Readonly<Record<string, string>> = {
  csv: 'Records from a spreadsheet',
  '360giving': '360Giving grants',
  'charity-links': 'Charity and company links',
};

/** What a job brought in, in words: the step's title, or the kind itself for one this screen does not know. */
export function stepTitle(kind: string): string {
  return IMPORT_STEPS.find((step) => step.kind === kind)?.title ?? OTHER_IMPORTS[kind] ?? kind;
}
