/**
 * Hands the browser a file to save, as if a link to it had been followed: exports (CSV, PNG, GEXF)
 * and a person's subject access file.
 */
export function downloadFile(content: string | Blob, fileName: string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
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
