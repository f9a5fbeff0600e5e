import { CONTRIBUTION_LABELS, DIMENSION_LABELS, PartnerDimension, SurveyResults } from '@cg/shared/domain';
import { stringify } from 'csv-stringify/sync';

const round2 = (v: number | null) => (v === null ? '' : String(Math.round(v * 100) / 100));

/**
 * A closed round's results as CSV, one row per figure (section, measure, value, note): the same
 * anonymised aggregates the screen shows, never who rated whom. Spreadsheet formulas are not
 * possible: csv-stringify quotes every text cell and organisation names are prefixed when they
 * start with =, +, - or @.
 */
export function resultsCsv(results: SurveyResults, closesOn: string): string {
  const safe = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
  const rows: (string | number)[][] = [
    ['section', 'measure', 'value', 'note'],
    ['round', 'closing date', closesOn, ''],
    ['response', 'invited organisations', results.invitedCount, ''],
    ['response', 'organisations that answered', results.respondentCount, ''],
    ['response', 'response rate', round2(results.responseRate), 'share of invited organisations, 0–1'],
    ['network', 'ties reported', results.tiesReported, `of ${results.possibleTies} possible pairs`],
    ['network', 'density', round2(results.density), 'ties reported over possible pairs'],
    ['trust', 'mean trust', round2(results.meanTrust), '1–4'],
    ['value', 'mean value', round2(results.meanValue), '1–4'],
    ...results.dimensions.map((d) => [
      ['reliability', 'missionSupport', 'openness'].includes(d.dimension) ? 'trust' : 'value',
      DIMENSION_LABELS[d.dimension as PartnerDimension] ?? d.dimension,
      round2(d.mean),
      '1–4',
    ]),
    ['success', 'mean success at shared outcomes', round2(results.meanSuccess), `${results.successAnswers} answers, 1–4`],
    ...results.contributions.map((c) => ['contributions', CONTRIBUTION_LABELS[c.contribution] ?? c.contribution, c.count, 'times ticked']),
    ...results.indices.map((i) => [`index (${i.dimension.toLowerCase()})`, i.name, round2(i.value), i.explanation]),
    ...results.organisations.map((o) => [
      'organisation',
      safe(o.name),
      o.trust === null ? '' : `trust ${round2(o.trust)}; value ${round2(o.value)}`,
      o.hiddenReason ?? `rated by ${o.raters} others`,
    ]),
  ];
  return stringify(rows, { quoted_string: true });
}
