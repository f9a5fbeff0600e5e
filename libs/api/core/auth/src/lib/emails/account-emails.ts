import { MailMessage, renderAccountEmail } from '@cg/api/core/mail';

/** An invitation into an organisation, with the single-use link to accept it. */
export function invitationEmail(args: {
  to: string;
  inviterName: string;
  organisationName: string;
  role: string;
  publicUrl: string;
  token: string;
}): MailMessage {
  return renderAccountEmail({
    to: args.to,
    subject: `${args.inviterName} invited you to ${args.organisationName} on Common Ground`,
    paragraphs: [
      `${args.inviterName} has invited you to join ${args.organisationName} on Common Ground, where partners record who works with whom, on what and where.`,
      `You will join as ${roleWords(args.role)}. The link works once and expires in 7 days.`,
    ],
    link: { label: 'Accept the invitation', url: `${args.publicUrl}/accept-invitation?token=${args.token}` },
    closing: 'If you were not expecting this invitation, you can ignore this email.',
    publicUrl: args.publicUrl,
  });
}

/** A password reset link; names the account's organisations so the reader knows which account it is. */
export function passwordResetEmail(args: {
  to: string;
  organisationNames: string[];
  publicUrl: string;
  token: string;
}): MailMessage {
  const account = args.organisationNames.length
    ? `your Common Ground account with ${listWords(args.organisationNames)}`
    : 'your Common Ground account';
  return renderAccountEmail({
    to: args.to,
    subject: 'Reset your Common Ground password',
    paragraphs: [
      `Someone asked to reset the password for ${account}. If it was you, choose a new password within an hour.`,
    ],
    link: { label: 'Choose a new password', url: `${args.publicUrl}/reset-password?token=${args.token}` },
    closing: 'If it was not you, ignore this email: your password stays as it is.',
    publicUrl: args.publicUrl,
  });
}

function roleWords(role: string): string {
  const words: Record<string, string> = {
    ORG_ADMIN: 'an administrator',
    COORDINATOR: 'a coordinator',
    VIEWER: 'a viewer',
  };
  return words[role] ?? role.toLowerCase().replace(/_/g, ' ');
}

function listWords(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
