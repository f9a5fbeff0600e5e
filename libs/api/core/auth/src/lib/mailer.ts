// Email moved to @cg/api/core/mail (queued, retried, SMTP); re-exported for the auth code and its tests.
export { Mailer } from '@cg/api/core/mail';
export type { MailMessage } from '@cg/api/core/mail';
