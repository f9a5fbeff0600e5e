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

/** Hands the browser a text file to save, as if a link to it had been followed. */
export function saveTextFile(document: Document, fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is given up.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
