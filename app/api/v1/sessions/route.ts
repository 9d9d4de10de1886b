import { apiJson, apiRoute } from '@/lib/api/api-route';
import { SESSIONS_PAGE_SIZE, listMySessions, mySessionsQuery } from '@/lib/sessions';

export const dynamic = 'force-dynamic';

/** GET /api/v1/sessions?tab=upcoming|past|canceled&page=N: the caller's sessions, as on the Sessions page. */
export const GET = apiRoute('sessions:read', async ({ request, ctx }) => {
  const query = mySessionsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { sessions, page, pageCount, total, timeZone } = await listMySessions(ctx, query);
  return apiJson({
    tab: query.tab,
    page,
    pageCount,
    pageSize: SESSIONS_PAGE_SIZE,
    total,
    timeZone,
    sessions: sessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      agenda: s.agenda,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status,
      location: s.location,
      cancelReason: s.cancelReason,
      matchId: s.matchId,
      host: s.host,
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      myRole: s.myRole,
      myStatus: s.myStatus,
      others: s.others,
    })),
  });
});
