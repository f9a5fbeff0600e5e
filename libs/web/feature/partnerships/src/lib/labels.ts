import { CollaborationDimension } from '@cg/web/data-access';

/** "Without ego, silo or logo": what each group of measures asks. */
export const DIMENSION_HEADINGS: ReadonlyArray<readonly [CollaborationDimension, string, string]> = [
  [CollaborationDimension.EGO, 'Ego: shared leadership', 'Is leadership shared, or held by one organisation?'],
  [CollaborationDimension.SILO, 'Silo: working across sectors', 'Do members come from different sectors, and does the community hold seats?'],
  [CollaborationDimension.LOGO, 'Logo: shared credit', 'Are outcomes and projects owned jointly?'],
];

/** Index values: shares and concentrations to two places, as the API's explanations put them. */
export function formatIndex(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'Not enough data';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}
