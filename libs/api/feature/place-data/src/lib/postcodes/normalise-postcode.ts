/** "sw1a 1aa", " SW1A1AA " → "SW1A1AA": the key postcodes are stored and looked up by. */
export function normalisePostcode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** "SW1A1AA" → "SW1A 1AA": the inward code is always the last three characters. */
export function formatPostcode(text: string): string {
  const compact = normalisePostcode(text);
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Whether it looks like a UK postcode at all (A9 9AA … AA9A 9AA), before anyone looks it up. */
export function looksLikePostcode(text: string): boolean {
  return /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(normalisePostcode(text));
}
