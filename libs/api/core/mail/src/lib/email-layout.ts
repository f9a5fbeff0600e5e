import { MailMessage } from './mail-message';

/** The parts every email of Common Ground has: a greeting, paragraphs, one button-like link, a closing line. */
export interface AccountEmail {
  to: string;
  subject: string;
  paragraphs: string[];
  link: { label: string; url: string };
  closing: string;
  publicUrl: string;
}

/** Renders plain text and a simple HTML version (inline styles only: mail readers drop style sheets). */
export function renderAccountEmail(email: AccountEmail): MailMessage {
  const text = [
    'Hello,',
    ...email.paragraphs,
    `${email.link.label}:\n${email.link.url}`,
    email.closing,
    `Common Ground\n${email.publicUrl}`,
  ].join('\n\n');
  const paragraph = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = `<!doctype html>
<html lang="en-GB"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1f;max-width:600px">
${paragraph('Hello,')}
${email.paragraphs.map((p) => paragraph(escapeHtml(p))).join('\n')}
${paragraph(`<a href="${escapeHtml(email.link.url)}" style="display:inline-block;padding:10px 16px;background:#1d4f91;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(email.link.label)}</a>`)}
${paragraph(`If the button does not work, copy this address into your browser:<br>${escapeHtml(email.link.url)}`)}
${paragraph(escapeHtml(email.closing))}
${paragraph(`Common Ground<br><a href="${escapeHtml(email.publicUrl)}">${escapeHtml(email.publicUrl)}</a>`)}
</body></html>`;
  return { to: email.to, subject: email.subject, text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
