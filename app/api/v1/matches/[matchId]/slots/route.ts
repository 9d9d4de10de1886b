import { apiJson, apiRoute, parseApiInput, pathId } from '@/lib/api/api-route';
import { bookMentoringSessionInput, listMentorSlots } from '@/lib/sessions';

export const dynamic = 'force-dynamic';

const slotsQuery = bookMentoringSessionInput.pick({ durationMinutes: true });

/** GET /api/v1/matches/{matchId}/slots?duration=30|45|60: the mentor's free times, for the match's learner only. */
export const GET = apiRoute<{ matchId: string }>('sessions:read', async ({ request, ctx, params }) => {
  const matchId = pathId(params.matchId, 'That match');
  const duration = new URL(request.url).searchParams.get('duration') ?? '30';
  const { durationMinutes } = parseApiInput(slotsQuery, { durationMinutes: duration }, { durationMinutes: 'duration' });
  const view = await listMentorSlots(ctx, matchId, durationMinutes);
  return apiJson({
    matchId: view.matchId,
    skill: view.skillName,
    mentor: view.mentor,
    learnerTimeZone: view.learnerTimeZone,
    durationMinutes: view.durationMinutes,
    slots: view.slots.map((slot) => ({ startsAt: new Date(slot.start).toISOString(), endsAt: new Date(slot.end).toISOString() })),
  });
});
