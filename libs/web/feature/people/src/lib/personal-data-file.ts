/** "personal-data-amira-haddad-2026-05-01.json": who and when, in letters and digits only. */
export function personalDataFileName(fullName: string, today: string): string {
  const slug = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `personal-data-${slug || 'person'}-${today}.json`;
}
