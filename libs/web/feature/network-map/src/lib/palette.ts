import { SECTOR_LABELS, Sector } from '@cg/shared/domain';
import { TieKind } from '@cg/web/data-access';

export { SECTOR_LABELS };

/**
 * Sector colours from the Okabe–Ito palette, which stays distinct with every common form of
 * colour blindness; the darker members come first so nodes stand out on the light background.
 */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  [Sector.PUBLIC]: '#0072B2',
  [Sector.PRIVATE]: '#E69F00',
  [Sector.VOLUNTARY_AND_COMMUNITY]: '#009E73',
  [Sector.GRASSROOTS_COMMUNITY]: '#CC79A7',
  [Sector.ACADEMIC]: '#56B4E9',
  [Sector.FUNDER]: '#D55E00',
};

/** Sectors in legend order. */
export const SECTOR_ORDER: readonly Sector[] = [
  Sector.VOLUNTARY_AND_COMMUNITY,
  Sector.GRASSROOTS_COMMUNITY,
  Sector.PUBLIC,
  Sector.PRIVATE,
  Sector.ACADEMIC,
  Sector.FUNDER,
];

export interface TieStyle {
  readonly label: string;
  /** What the tie means, for the legend. */
  readonly description: string;
  /**
   * The line on the map, opaque: sigma blends as if colours were premultiplied by their alpha, so
   * translucent ones came out in false colours (grey as cyan). These are the old translucent shades
   * as they looked over white.
   */
  readonly colour: string;
  /** A darker shade of the same, for the legend's sample line and for hairlines on large networks. */
  readonly swatch: string;
  /** Line thickness in pixels. */
  readonly size: number;
  /** Funding and typed relationships run from one organisation to another. */
  readonly arrow: boolean;
}

/** Ties differ by shade, thickness and arrowheads, so the legend reads without colour. */
export const TIE_STYLES: Readonly<Record<TieKind, TieStyle>> = {
  [TieKind.RELATIONSHIP]: {
    label: 'Working relationship',
    description: 'a tie someone recorded: funds, delivers for, refers to, shares data, an agreement and so on',
    colour: '#8f8f8f',
    swatch: '#595959',
    size: 1.6,
    arrow: false,
  },
  [TieKind.CO_MEMBERSHIP]: {
    label: 'Partnership co-members',
    description: 'both are current members of the same partnership',
    colour: '#d6d6d6',
    swatch: '#a6a6a6',
    size: 0.8,
    arrow: false,
  },
  [TieKind.JOINT_PROJECT]: {
    label: 'Joint project',
    description: 'both take part in the same project',
    colour: '#8cc0dc',
    swatch: '#4c9ccb',
    size: 1.2,
    arrow: false,
  },
  [TieKind.FUNDING]: {
    label: 'Funding',
    description: 'money from a funder to the organisation (the arrow points to who receives it)',
    colour: '#e69e66',
    swatch: '#d55e00',
    size: 1.4,
    arrow: true,
  },
};

export const TIE_KIND_ORDER: readonly TieKind[] = [
  TieKind.RELATIONSHIP,
  TieKind.CO_MEMBERSHIP,
  TieKind.JOINT_PROJECT,
  TieKind.FUNDING,
];

/** Drawn behind everything when an organisation or its neighbours are highlighted. */
export const FADED_NODE_COLOUR = '#d9d9d9';
export const FADED_EDGE_COLOUR = '#f2f2f2';
