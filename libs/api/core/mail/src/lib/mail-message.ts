/** One email: plain text for every reader, HTML for those that show it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** The name of the queued job that delivers one email. */
export const SEND_EMAIL_JOB = 'send-email';
