/**
 * org-id.guide identifiers ("GB-CHC-1234567"): a list prefix, then the identifier
 * within that list. The schemes below are the UK lists the product meets most; each
 * has the shape of its register so typing mistakes are caught at entry.
 */
export const ORG_ID_SCHEMES: Readonly<Record<string, { label: string; pattern: RegExp; example: string }>> = {
  'GB-CHC': { label: 'Charity Commission (England and Wales)', pattern: /^\d{6,7}$/, example: 'GB-CHC-1234567' },
  'GB-SC': { label: 'Scottish Charity Regulator', pattern: /^SC\d{6}$/, example: 'GB-SC-SC012345' },
  'GB-NIC': { label: 'Charity Commission for Northern Ireland', pattern: /^\d{5,6}$/, example: 'GB-NIC-100123' },
  'GB-COH': { label: 'Companies House', pattern: /^(\d{8}|[A-Z]{2}\d{6})$/, example: 'GB-COH-01234567' },
  'GB-LAE': { label: 'Local authorities in England', pattern: /^[A-Z]{3,4}$/, example: 'GB-LAE-LCE' },
  'GB-LAS': { label: 'Local authorities in Scotland', pattern: /^[A-Z]{3,4}$/, example: 'GB-LAS-EDH' },
  'GB-PLA': { label: 'Local authorities in Wales', pattern: /^[A-Z]{3,4}$/, example: 'GB-PLA-CRF' },
  'GB-LANI': { label: 'Local authorities in Northern Ireland', pattern: /^[A-Z]{3,4}$/, example: 'GB-LANI-BFS' },
  'GB-GOR': { label: 'Government organisations', pattern: /^[A-Z]{2}\d{1,4}$/, example: 'GB-GOR-PB12' },
  'GB-EDU': { label: 'Schools (Edubase)', pattern: /^\d{6}$/, example: 'GB-EDU-123456' },
  'GB-UKPRN': { label: 'UK Register of Learning Providers', pattern: /^\d{8}$/, example: 'GB-UKPRN-10007774' },
  'GB-NHS': { label: 'NHS organisations', pattern: /^[A-Z0-9]{3,6}$/, example: 'GB-NHS-RTH' },
  'GB-MPR': { label: 'Mutuals Public Register', pattern: /^\d{1,6}R?$/, example: 'GB-MPR-12345R' },
  'GB-SHPE': { label: 'Social housing providers (England)', pattern: /^[A-Z0-9]{4,5}$/, example: 'GB-SHPE-L0001' },
  '360G': { label: '360Giving internal identifier', pattern: /^[A-Za-z0-9_.-]+$/, example: '360G-trafford-123' },
};

export interface ParsedOrgId {
  scheme: string;
  value: string;
  /** The canonical form: scheme and value joined by a hyphen. */
  identifier: string;
}

/** Parses and checks an org-id, or says in plain words what is wrong with it. */
export function parseOrgId(raw: string): ParsedOrgId | { error: string } {
  const text = raw.trim().toUpperCase().replace(/\s+/g, '');
  const scheme = Object.keys(ORG_ID_SCHEMES)
    .sort((a, b) => b.length - a.length)
    .find((prefix) => text.startsWith(`${prefix.toUpperCase()}-`));
  if (!scheme) {
    return { error: `"${raw}" does not start with a known org-id list such as GB-CHC-, GB-COH- or GB-LAE-.` };
  }
  const value = raw.trim().replace(/\s+/g, '').slice(scheme.length + 1);
  const rule = ORG_ID_SCHEMES[scheme];
  const normalised = scheme === '360G' ? value : value.toUpperCase();
  if (!rule.pattern.test(normalised)) {
    return { error: `"${raw}" is not a valid ${rule.label} identifier; expected something like ${rule.example}.` };
  }
  return { scheme, value: normalised, identifier: `${scheme}-${normalised}` };
}
