/** What several record families share: organisation groups, scaling, names and money. */

import { OrganisationType } from '@cg/shared/domain';
import { Money } from '../tables';

export const T = OrganisationType;

/** Voluntary, community and faith organisations: the usual grant recipients. */
export const VCS = [T.CHARITY, T.COMMUNITY_GROUP, T.SOCIAL_ENTERPRISE, T.FAITH_GROUP, T.OTHER, T.HOUSING_ASSOCIATION];

export const GRASSROOTS = [T.COMMUNITY_GROUP, T.FAITH_GROUP];

/** What the generator makes, as counts at the demo size (160 organisations) and per organisation beyond it. */
export const DEMO_ORGANISATIONS = 160;

/** Pence as exact pounds: 123456 → "1234.56". */
export function money(pence: number): Money {
  const whole = Math.round(pence);
  return `${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

/**
 * `base`, or `base (II)`, `base (III)`, ... whichever is free. `seen` maps each name
 * taken to how many times its base has been asked for, so numbering carries on
 * without rescanning, and a numbered name is never handed out twice.
 */
export function uniqueName(seen: Map<string, number>, base: string, suffix: (k: number) => string = (k) => ` (${romanNumeral(k)})`): string {
  let repeats = seen.get(base) ?? 0;
  let name = repeats === 0 ? base : `${base}${suffix(repeats + 1)}`;
  while (repeats > 0 && seen.has(name)) name = `${base}${suffix(++repeats + 1)}`;
  seen.set(base, repeats + 1);
  if (name !== base) seen.set(name, 1);
  return name;
}

export function romanNumeral(n: number): string {
  // Beyond small numbers a plain number reads better than long numerals.
  const small = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return n < small.length ? small[n] : String(n);
}

export function slug(text: string): string {
  return ascii(text.replace(/&/g, ' and ')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase();
}

export function scaled(organisations: number, atDemoSize: number, perOrganisation: number): number {
  if (organisations <= DEMO_ORGANISATIONS) return Math.round((atDemoSize * organisations) / DEMO_ORGANISATIONS);
  return atDemoSize + Math.round((organisations - DEMO_ORGANISATIONS) * perOrganisation);
}
