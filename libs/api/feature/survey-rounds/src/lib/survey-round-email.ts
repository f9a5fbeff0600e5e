import { MailMessage, renderAccountEmail } from '@cg/api/core/mail';

/** The admins and coordinators of the invited organisations who can answer for them, with enabled accounts. */
export const ROUND_RECIPIENTS_SQL = `
SELECT u.email, o.id AS organisation_id, o.name AS organisation_name
  FROM organisation_member om
  JOIN user_account u ON u.id = om.user_id AND u.disabled_at IS NULL
  JOIN organisation o ON o.id = om.organisation_id AND o.archived_at IS NULL
 WHERE om.organisation_id = ANY($1::uuid[]) AND om.role IN ('ORG_ADMIN', 'COORDINATOR')
 ORDER BY o.name, u.email`;

/** A calendar day (yyyy-mm-dd) the British way: 28/02/2027. */
const ukDay = (day: string) => day.split('-').reverse().join('/');

/**
 * A survey round has opened: asks one admin or coordinator of a member organisation to rate the
 * other members for it, with the link to the answering page and the day answers close.
 */
export function surveyRoundOpenedEmail(args: {
  to: string;
  partnershipName: string;
  organisationName: string;
  organisationId: string;
  roundId: string;
  closesOn: string;
  publicUrl: string;
}): MailMessage {
  const query = `organisation=${encodeURIComponent(args.organisationId)}&round=${encodeURIComponent(args.roundId)}`;
  return renderAccountEmail({
    to: args.to,
    subject: `Rate your partners in ${args.partnershipName} by ${ukDay(args.closesOn)}`,
    paragraphs: [
      `${args.partnershipName} has opened a partner survey on Common Ground. You can answer for ${args.organisationName}: rate each other member on trust and value, tick what each one brings, and say how well the partnership is doing at its shared outcomes.`,
      `Answers close at the end of ${ukDay(args.closesOn)}. Nobody sees who rated whom: the partnership sees only overall figures, and an organisation's own scores only when at least three others rated it.`,
    ],
    link: { label: 'Answer the survey', url: `${args.publicUrl}/network-map/ratings?${query}` },
    closing: `You are receiving this because you are an administrator or coordinator of ${args.organisationName}.`,
    publicUrl: args.publicUrl,
  });
}
