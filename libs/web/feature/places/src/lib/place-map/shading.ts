import {
  COLD_SPOT_WORDS,
  FUNDING_IN_PLACE_WORDS,
  FUNDING_PER_HEAD_WORDS,
  PORTFOLIO_PLACE_WORDS,
} from '@cg/shared/domain';
import { PlaceLevel, type PlaceShapeData } from '@cg/web/data-access';
import { formatCount, formatPounds, formatPoundsPerHead } from '@cg/web/ui';

/**
 * Viridis in ten steps, darkest first: perceptually even and readable with every common kind of
 * colour blindness. Decile 1 (the most deprived tenth) is the darkest.
 */
export const SEQUENTIAL = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const;
export const NO_DATA = '#d9d9d9';

export interface LegendEntry {
  readonly colour: string;
  readonly label: string;
  /** Drawn with the cold-spot hatching over the colour. */
  readonly hatched?: boolean;
}

/** The hatching that marks a cold spot: white stripes with a dark edge, readable over every decile colour. */
export const HATCH_ID = 'cold-spot-hatch';

/** What the figures beyond the shapes' own need: the cold spots of the view and the funder chosen. */
export interface ShadingContext {
  /** Cold spots on show by place id, with why each is one; null while they load. */
  readonly coldSpots: ReadonlyMap<
    string,
    { readonly noActivePartnership: boolean; readonly lowFunding: boolean }
  > | null;
  readonly funder: FunderFunding | null;
}

/** One funder's funding by local authority (its grants spread by population), for the funder shading. */
export interface FunderFunding {
  readonly name: string;
  readonly byPlace: ReadonlyMap<string, { readonly fundingTotal: number; readonly grantCount: number }>;
}

export const NO_CONTEXT: ShadingContext = { coldSpots: null, funder: null };

/**
 * One way to shade the map, built from the shapes on show (and the cold spots or the funder's
 * funding where it needs them).
 */
export interface Shading {
  readonly id: ShadingId;
  readonly label: string;
  /** How a title names it: "shaded by deprivation (IMD decile)". */
  readonly noun: string;
  readonly colour: (shape: PlaceShapeData) => string;
  /** True for areas drawn hatched over their colour (the cold spots). */
  readonly hatched: (shape: PlaceShapeData) => boolean;
  /** The figure in words, for the area's accessible name and the list. */
  readonly describe: (shape: PlaceShapeData) => string;
  readonly legend: readonly LegendEntry[];
  readonly legendTitle: string;
  /** How the figure was worked out, in the words the API uses, under the legend. */
  readonly definition?: string;
}

export type ShadingId = 'imd' | 'population' | 'funding-per-head' | 'cold-spots' | 'funder';

export const SHADING_OPTIONS: readonly { readonly id: ShadingId; readonly label: string }[] = [
  { id: 'imd', label: 'Deprivation (IMD decile)' },
  { id: 'cold-spots', label: 'Cold spots' },
  { id: 'funding-per-head', label: 'Funding per head' },
  { id: 'population', label: 'Population' },
];

/** The options, with the chosen funder's funding when there is one. */
export function shadingOptions(funderName: string | null): { readonly id: ShadingId; readonly label: string }[] {
  return funderName
    ? [...SHADING_OPTIONS, { id: 'funder', label: `Funding from ${funderName}` }]
    : [...SHADING_OPTIONS];
}

export function shadingFor(
  id: ShadingId,
  shapes: readonly PlaceShapeData[],
  context: ShadingContext = NO_CONTEXT,
): Shading {
  switch (id) {
    case 'population':
      return populationShading(shapes);
    case 'funding-per-head':
      return fundingPerHeadShading(shapes);
    case 'cold-spots':
      return coldSpotShading(context.coldSpots);
    case 'funder':
      return context.funder ? funderShading(shapes, context.funder) : IMD_SHADING;
    default:
      return IMD_SHADING;
  }
}

const never = () => false;

const IMD_LEGEND: readonly LegendEntry[] = [
  ...SEQUENTIAL.map((colour, i) => ({
    colour,
    label: i === 0 ? '1 most deprived' : i === 9 ? '10 least deprived' : String(i + 1),
  })),
  { colour: NO_DATA, label: 'Not known' },
];
const imdColour = (shape: PlaceShapeData) => (shape.imdDecile ? SEQUENTIAL[shape.imdDecile - 1] : NO_DATA);
const imdWords = (shape: PlaceShapeData) =>
  shape.imdDecile ? `IMD decile ${shape.imdDecile}` : 'IMD decile not known';

const IMD_SHADING: Shading = {
  id: 'imd',
  label: 'Deprivation (IMD decile)',
  noun: 'deprivation (IMD decile)',
  legendTitle: 'IMD 2019 decile (1 = most deprived 10%)',
  colour: imdColour,
  hatched: never,
  describe: imdWords,
  legend: IMD_LEGEND,
};

/** Cold spots hatched over the deprivation shading, so both read at once and neither relies on colour. */
function coldSpotShading(spots: ShadingContext['coldSpots']): Shading {
  const why = (flags: { noActivePartnership: boolean; lowFunding: boolean }) =>
    [flags.noActivePartnership && 'no active partnership', flags.lowFunding && 'no funding'].filter(Boolean).join(', ');
  return {
    id: 'cold-spots',
    label: 'Cold spots',
    noun: 'deprivation, cold spots hatched',
    legendTitle: 'Cold spots (hatched) over IMD 2019 decile (1 = most deprived 10%)',
    colour: imdColour,
    hatched: (shape) => !!spots?.has(shape.id),
    describe: (shape) => {
      if (!spots) return `${imdWords(shape)}, cold spots loading`;
      const flags = spots.get(shape.id);
      return flags ? `${imdWords(shape)}, cold spot (${why(flags)})` : `${imdWords(shape)}, not a cold spot`;
    },
    legend: [{ colour: SEQUENTIAL[0], label: 'Cold spot', hatched: true }, ...IMD_LEGEND],
    definition: COLD_SPOT_WORDS,
  };
}

const CLASS_COLOURS = [SEQUENTIAL[8], SEQUENTIAL[6], SEQUENTIAL[4], SEQUENTIAL[2], SEQUENTIAL[0]];

/**
 * Up to five classes of equal count (quintiles) of the values, largest darkest, each legend entry
 * labelled with the smallest and largest value in it.
 */
function quintiles(unsorted: readonly number[], format: (value: number) => string) {
  const values = [...unsorted].sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4].map((k) => values[Math.floor((k * values.length) / 5)] ?? Infinity);
  const classOf = (value: number) => breaks.filter((limit) => value >= limit).length;
  const legend: LegendEntry[] = CLASS_COLOURS.map((colour, k) => ({
    colour,
    members: values.filter((value) => classOf(value) === k),
  }))
    .filter(({ members }) => members.length > 0)
    .map(({ colour, members }) => {
      const [low, high] = [members[0], members[members.length - 1]];
      return { colour, label: low === high ? format(low) : `${format(low)} to ${format(high)}` };
    });
  return { colourOf: (value: number) => CLASS_COLOURS[classOf(value)], legend };
}

/** Five classes of equal count (quintiles) of the populations on show, largest darkest. */
function populationShading(shapes: readonly PlaceShapeData[]): Shading {
  const values = shapes.map((shape) => shape.population).filter((value): value is number => value != null);
  const classes = quintiles(values, formatCount);
  return {
    id: 'population',
    label: 'Population',
    noun: 'population',
    legendTitle: 'Population (five equal groups of the areas on show)',
    colour: (shape) => (shape.population == null ? NO_DATA : classes.colourOf(shape.population)),
    hatched: never,
    describe: (shape) =>
      shape.population == null ? 'population not known' : `population ${formatCount(shape.population)}`,
    legend: [...classes.legend, { colour: NO_DATA, label: 'Not known' }],
  };
}

/** Colour for places with no funding at all: the lightest step, a class of its own. */
const NONE = SEQUENTIAL[9];

/** Pounds per resident, largest darkest in five equal groups of the funded areas, none in a class of its own. */
function perHeadClasses(values: readonly number[]) {
  const classes = quintiles(
    values.filter((value) => value > 0),
    formatPoundsPerHead,
  );
  return {
    colourOf: (value: number | null | undefined) =>
      value == null ? NO_DATA : value > 0 ? classes.colourOf(value) : NONE,
    legend: (none: string): LegendEntry[] => [
      ...classes.legend,
      { colour: NONE, label: none },
      { colour: NO_DATA, label: 'Population not known' },
    ],
  };
}

function fundingPerHeadShading(shapes: readonly PlaceShapeData[]): Shading {
  const perHead = (shape: PlaceShapeData) => shape.analytics?.fundingPerHead ?? null;
  const classes = perHeadClasses(shapes.map(perHead).filter((value): value is number => value !== null));
  return {
    id: 'funding-per-head',
    label: 'Funding per head',
    noun: 'funding per head',
    legendTitle: 'Funding per resident (five equal groups of the funded areas on show)',
    colour: (shape) => classes.colourOf(perHead(shape)),
    hatched: never,
    describe: (shape) => {
      const analytics = shape.analytics;
      if (!analytics) return 'funding not known';
      const value = analytics.fundingPerHead;
      const total = `funding ${formatPounds(analytics.fundingTotal)}`;
      return value === null ? `${total}, population not known` : `${total}, ${formatPoundsPerHead(value)} a head`;
    },
    legend: classes.legend('No funding'),
    definition: `${FUNDING_PER_HEAD_WORDS} ${FUNDING_IN_PLACE_WORDS}`,
  };
}

/** The funder's share in each local authority, per resident; smaller places have no share of their own. */
function funderShading(shapes: readonly PlaceShapeData[], funder: FunderFunding): Shading {
  const total = (shape: PlaceShapeData) => funder.byPlace.get(shape.id)?.fundingTotal ?? 0;
  const perHead = (shape: PlaceShapeData) =>
    shape.level !== PlaceLevel.LOCAL_AUTHORITY || !shape.population ? null : total(shape) / shape.population;
  const classes = perHeadClasses(shapes.map(perHead).filter((value): value is number => value !== null));
  return {
    id: 'funder',
    label: `Funding from ${funder.name}`,
    noun: `funding from ${funder.name}`,
    legendTitle: `Funding from ${funder.name} per resident (five equal groups of the funded areas on show)`,
    colour: (shape) => classes.colourOf(perHead(shape)),
    hatched: never,
    describe: (shape) => {
      if (shape.level !== PlaceLevel.LOCAL_AUTHORITY) return `funding from ${funder.name} is mapped by local authority`;
      if (total(shape) === 0) return `nothing from ${funder.name}`;
      const value = perHead(shape);
      const sum = `${formatPounds(total(shape))} from ${funder.name}`;
      return value === null ? `${sum}, population not known` : `${sum}, ${formatPoundsPerHead(value)} a head`;
    },
    legend: classes.legend(`Nothing from ${funder.name}`),
    definition: PORTFOLIO_PLACE_WORDS,
  };
}

/** Black or white, whichever reads better on the colour (for labels on hexes). */
export function inkOn(colour: string): string {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(colour.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
