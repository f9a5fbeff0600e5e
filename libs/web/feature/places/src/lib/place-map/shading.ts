import type { PlaceShapeData } from '@cg/web/data-access';
import { formatCount } from '@cg/web/ui';

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
}

/**
 * One way to shade the map. The seam for more: the place analytics (funding per head, cold spots…)
 * become options here, each built from the shapes on show.
 */
export interface Shading {
  readonly id: ShadingId;
  readonly label: string;
  /** How a title names it: "shaded by deprivation (IMD decile)". */
  readonly noun: string;
  readonly colour: (shape: PlaceShapeData) => string;
  /** The figure in words, for the area's accessible name and the list. */
  readonly describe: (shape: PlaceShapeData) => string;
  readonly legend: readonly LegendEntry[];
  readonly legendTitle: string;
}

export type ShadingId = 'imd' | 'population';

export const SHADING_OPTIONS: readonly { readonly id: ShadingId; readonly label: string }[] = [
  { id: 'imd', label: 'Deprivation (IMD decile)' },
  { id: 'population', label: 'Population' },
];

export function shadingFor(id: ShadingId, shapes: readonly PlaceShapeData[]): Shading {
  return id === 'population' ? populationShading(shapes) : IMD_SHADING;
}

const IMD_SHADING: Shading = {
  id: 'imd',
  label: 'Deprivation (IMD decile)',
  noun: 'deprivation (IMD decile)',
  legendTitle: 'IMD 2019 decile (1 = most deprived 10%)',
  colour: (shape) => (shape.imdDecile ? SEQUENTIAL[shape.imdDecile - 1] : NO_DATA),
  describe: (shape) => (shape.imdDecile ? `IMD decile ${shape.imdDecile}` : 'IMD decile not known'),
  legend: [
    ...SEQUENTIAL.map((colour, i) => ({
      colour,
      label: i === 0 ? '1 most deprived' : i === 9 ? '10 least deprived' : String(i + 1),
    })),
    { colour: NO_DATA, label: 'Not known' },
  ],
};

/** Five classes of equal count (quintiles) of the populations on show, largest darkest. */
function populationShading(shapes: readonly PlaceShapeData[]): Shading {
  const values = shapes
    .map((shape) => shape.population)
    .filter((value): value is number => value != null)
    .sort((a, b) => a - b);
  const colours = [SEQUENTIAL[8], SEQUENTIAL[6], SEQUENTIAL[4], SEQUENTIAL[2], SEQUENTIAL[0]];
  const breaks = [1, 2, 3, 4].map((k) => values[Math.floor((k * values.length) / 5)] ?? Infinity);
  const classOf = (value: number) => breaks.filter((limit) => value >= limit).length;
  // Each class present, labelled with the smallest and largest population in it.
  const legend: LegendEntry[] = colours
    .map((colour, k) => ({ colour, members: values.filter((value) => classOf(value) === k) }))
    .filter(({ members }) => members.length > 0)
    .map(({ colour, members }) => {
      const [low, high] = [members[0], members[members.length - 1]];
      return { colour, label: low === high ? formatCount(low) : `${formatCount(low)} to ${formatCount(high)}` };
    });
  return {
    id: 'population',
    label: 'Population',
    noun: 'population',
    legendTitle: 'Population (five equal groups of the areas on show)',
    colour: (shape) => (shape.population == null ? NO_DATA : colours[classOf(shape.population)]),
    describe: (shape) =>
      shape.population == null ? 'population not known' : `population ${formatCount(shape.population)}`,
    legend: [...legend, { colour: NO_DATA, label: 'Not known' }],
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
