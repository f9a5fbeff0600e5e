import { OrganisationType, Visibility } from '@cg/web/data-access';

/** The details form's answers, before they are tidied for the API. */
export interface OrganisationFormValue {
  name: string;
  type: OrganisationType | null;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  /** Comma-separated, as typed. */
  themes: string | null;
  visibility: Visibility;
}

/** Trimmed text, or null for nothing. */
export function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** "Housing, youth work , housing" → ["Housing", "youth work"]: trimmed, no blanks, no repeats (ignoring case). */
export function splitThemes(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const themes: string[] = [];
  for (const theme of (text ?? '').split(/[,;\n]/)) {
    const trimmed = theme.trim().replace(/\s+/g, ' ');
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    themes.push(trimmed);
  }
  return themes;
}

/** "le1 5ws" → "LE1 5WS": capitals and single spaces, as Royal Mail writes them. */
export function tidyPostcode(text: string | null | undefined): string | null {
  const tidy = blankToNull(text)?.toUpperCase().replace(/\s+/g, ' ') ?? null;
  if (tidy && !tidy.includes(' ') && tidy.length >= 5) return `${tidy.slice(0, -3)} ${tidy.slice(-3)}`;
  return tidy;
}

/** "GB-CHC-1234567, gb-coh-01234567" → ["GB-CHC-1234567", "GB-COH-01234567"]. */
export function splitIdentifiers(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').split(/[,;\s]+/).map((id) => id.trim().toUpperCase()).filter(Boolean))];
}

/** The details as the API takes them, on update (clearing a field sends null). */
export function toOrganisationFields(value: OrganisationFormValue) {
  return {
    name: value.name.trim(),
    type: value.type as OrganisationType,
    description: blankToNull(value.description),
    website: blankToNull(value.website),
    email: blankToNull(value.email),
    phone: blankToNull(value.phone),
    postcode: tidyPostcode(value.postcode),
    themes: splitThemes(value.themes),
    visibility: value.visibility,
  };
}

/** The "New organisation" form's answers. */
export interface NewOrganisationValue {
  name: string;
  type: OrganisationType | null;
  postcode: string | null;
  website: string | null;
  identifiers: string | null;
}

/** A new organisation as the API takes it; empty fields are left out. */
export function toCreateOrganisationInput(value: NewOrganisationValue) {
  const identifiers = splitIdentifiers(value.identifiers);
  const postcode = tidyPostcode(value.postcode);
  const website = blankToNull(value.website);
  return {
    name: value.name.trim(),
    type: value.type as OrganisationType,
    ...(postcode ? { postcode } : {}),
    ...(website ? { website } : {}),
    ...(identifiers.length ? { identifiers } : {}),
  };
}

/**
 * The API's field names for identifier problems ("identifier" for a duplicate, "identifiers.0" for
 * a badly formed one) all belong to the identifiers field; its duplicate message says "record",
 * which is vaguer than it need be.
 */
export function identifierMessage(fieldErrors: Readonly<Record<string, string>>, code: string): string | null {
  const message = fieldErrors['identifiers'] ?? fieldErrors['identifier'];
  if (!message) return null;
  if (code === 'CONFLICT') return 'Another organisation already holds this identifier. Check the number, or find that organisation in the directory.';
  return message;
}
