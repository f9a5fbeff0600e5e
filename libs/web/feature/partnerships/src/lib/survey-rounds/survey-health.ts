import { CollaborationIndexKey, SurveyResults } from '@cg/shared/domain';
import type { SurveyRoundView } from '@cg/web/data-access';

/** One measure of partnership health, read from a closed round's results. */
export interface HealthMeasure {
  readonly key: string;
  readonly name: string;
  /** How to show a value: a share as a percentage, a score to one decimal, an index to two. */
  readonly format: 'percent' | 'score' | 'index';
  readonly read: (results: SurveyResults) => number | null;
}

const index = (key: CollaborationIndexKey) => (r: SurveyResults) => r.indices.find((i) => i.key === key)?.value ?? null;

export const HEALTH_MEASURES: readonly HealthMeasure[] = [
  { key: 'trust', name: 'Mean trust (1–4)', format: 'score', read: (r) => r.meanTrust },
  { key: 'value', name: 'Mean value (1–4)', format: 'score', read: (r) => r.meanValue },
  { key: 'success', name: 'Success at shared outcomes (1–4)', format: 'score', read: (r) => r.meanSuccess },
  { key: 'response', name: 'Response rate', format: 'percent', read: (r) => r.responseRate },
  { key: 'density', name: 'Density of reported ties', format: 'index', read: (r) => r.density },
  { key: 'leadership', name: 'Leadership concentration (ego)', format: 'index', read: index(CollaborationIndexKey.LEADERSHIP_CONCENTRATION) },
  { key: 'sectors', name: 'Sector diversity (silo)', format: 'index', read: index(CollaborationIndexKey.SECTOR_DIVERSITY) },
  { key: 'outcomes', name: 'Jointly owned outcomes (logo)', format: 'percent', read: index(CollaborationIndexKey.JOINT_OUTCOMES) },
];

export function formatMeasure(value: number | null, format: HealthMeasure['format']): string {
  if (value === null) return '–';
  if (format === 'percent') return `${Math.round(value * 100)}%`;
  return format === 'score' ? value.toFixed(1) : value.toFixed(2);
}

/** A closed round with results, as the health panel reads it. */
export interface ClosedRound {
  readonly id: string;
  readonly closesOn: string;
  readonly results: SurveyResults;
}

/** Closed rounds, oldest first: the order of the charts. */
export function closedRounds(rounds: readonly SurveyRoundView[]): ClosedRound[] {
  return rounds
    .filter((r) => r.status === 'CLOSED' && r.results)
    .map((r) => ({ id: r.id, closesOn: String(r.closesOn), results: r.results as unknown as SurveyResults }))
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn));
}

/** Each measure's value per closed round, oldest first. */
export function healthSeries(rounds: readonly ClosedRound[]): { measure: HealthMeasure; values: (number | null)[] }[] {
  return HEALTH_MEASURES.map((measure) => ({ measure, values: rounds.map((r) => measure.read(r.results)) }));
}
