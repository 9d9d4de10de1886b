import { withTenant } from '../db/tenant';
import { appUrl, sendMail, type Mail } from '../mail';
import { expireStaleProposals } from './expire-stale-proposals';

/**
 * Expires the org's overdue proposals and tells each learner that the mentor did not answer in time, with a
 * link to the request to pick the next suggestion. Run by `npm run cli -- matching:expire` for every org, and
 * by the mentor's pages before they read proposals. Mail goes out after the commit, so a rolled-back expiry
 * sends nothing; a proposal is expired (and announced) only once. Returns how many expired.
 */
export async function expireProposalsAndNotify(orgId: string, now: Date = new Date()): Promise<number> {
  const mails = await withTenant({ orgId, userId: '' }, async (db): Promise<Mail[]> => {
    const expired = await expireStaleProposals(db, orgId, now);
    if (expired.length === 0) return [];
    const [org, matches] = await Promise.all([
      db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { slug: true } }),
      db.match.findMany({
        where: { orgId, id: { in: expired.map((m) => m.id) } },
        select: { requestId: true, learner: { select: { name: true, email: true } }, mentor: { select: { name: true } }, skill: { select: { name: true } } },
      }),
    ]);
    return matches.map((m) => ({
      to: m.learner.email,
      subject: `${m.mentor.name} did not answer your ${m.skill.name} mentoring request`,
      text: [
        `Hi ${m.learner.name},`,
        '',
        `${m.mentor.name} did not answer your request for mentoring in ${m.skill.name} in time, so it has expired.`,
        'Your request is still open: pick the next suggestion here:',
        appUrl(`/o/${org.slug}/mentors/requests/${m.requestId}`),
      ].join('\n'),
    }));
  });
  for (const mail of mails) await sendMail(mail);
  return mails.length;
}
