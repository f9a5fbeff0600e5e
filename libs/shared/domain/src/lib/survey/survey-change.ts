import { CollaborationIndexKey } from '../network/indices';
import { SurveyResults } from './survey-results';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
const oneDecimal = (v: number) => v.toFixed(1);
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** "trust up from 2.6 to 3.1"; nothing when it did not move as shown, or either round lacks it. */
function movement(name: string, before: number | null, after: number | null, format: (v: number) => string): string | null {
  if (before === null || after === null) return null;
  const [b, a] = [format(before), format(after)];
  if (a === b) return null;
  return `${name} ${after > before ? 'up' : 'down'} from ${b} to ${a}`;
}

function sectorChange(before: readonly string[], after: readonly string[]): string[] {
  const joined = after.filter((s) => !before.includes(s)).length;
  const left = before.filter((s) => !after.includes(s)).length;
  const words: string[] = [];
  if (joined) words.push(`${inWords(joined)} ${joined === 1 ? 'sector' : 'sectors'} joined`);
  if (left) words.push(`${inWords(left)} ${left === 1 ? 'sector' : 'sectors'} left`);
  return words;
}

/** Leadership concentration (HHI) moves by at least this much before the words say so. */
const CONCENTRATION_STEP = 0.01;

function leadershipChange(before: SurveyResults, after: SurveyResults): string | null {
  const of = (r: SurveyResults) => r.indices.find((i) => i.key === CollaborationIndexKey.LEADERSHIP_CONCENTRATION)?.value ?? null;
  const [b, a] = [of(before), of(after)];
  if (b === null || a === null || Math.abs(a - b) < CONCENTRATION_STEP) return null;
  return a > b ? 'leadership more concentrated' : 'leadership more shared';
}

/**
 * The change from one round to the next in words, for the health panel:
 * "trust up from 2.6 to 3.1; two sectors joined; leadership more concentrated".
 */
export function describeRoundChange(before: SurveyResults, after: SurveyResults): string {
  const parts = [
    movement('trust', before.meanTrust, after.meanTrust, oneDecimal),
    movement('value', before.meanValue, after.meanValue, oneDecimal),
    movement('response rate', before.responseRate, after.responseRate, percent),
    movement('density', before.density, after.density, (v) => v.toFixed(2)),
    ...sectorChange(before.memberSectors, after.memberSectors),
    leadershipChange(before, after),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'No change since the round before.';
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}
