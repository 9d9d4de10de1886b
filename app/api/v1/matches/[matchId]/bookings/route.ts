import { ApiError } from '@/lib/api/api-error';
import { apiJson, apiRoute, parseApiInput, pathId, readJsonBody } from '@/lib/api/api-route';
import { DomainError } from '@/lib/errors';
import { SLOT_TAKEN, bookMentoringSession, bookMentoringSessionInput, getMentoringBooking, type BookMentoringSessionInput, type MentoringBooking } from '@/lib/sessions';

export const dynamic = 'force-dynamic';

function bookingJson(booking: MentoringBooking) {
  return {
    id: booking.id,
    matchId: booking.matchId,
    title: booking.title,
    agenda: booking.agenda,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    durationMinutes: (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000,
    status: booking.status,
    mentor: booking.mentor,
  };
}

/** Whether a repeated Idempotency-Key came with the request that made the booking. */
function sameRequest(booking: MentoringBooking, input: BookMentoringSessionInput): boolean {
  return (
    booking.matchId === input.matchId &&
    booking.startsAt.getTime() === new Date(input.startsAt).getTime() &&
    booking.endsAt.getTime() - booking.startsAt.getTime() === input.durationMinutes * 60_000 &&
    booking.agenda === (input.agenda ?? null)
  );
}

/**
 * POST /api/v1/matches/{matchId}/bookings with an Idempotency-Key header: books a 1:1 session (201). The same
 * key again returns the same booking (200, same body); the same key with a different request is refused (422).
 */
export const POST = apiRoute<{ matchId: string }>('sessions:write', async ({ request, ctx, params }) => {
  const matchId = pathId(params.matchId, 'That match');
  const idempotencyKey = request.headers.get('idempotency-key');
  if (!idempotencyKey) {
    throw new ApiError('invalid_request', 'Send an Idempotency-Key header (8–200 characters, e.g. a UUID), so a retry cannot book twice.', { 'Idempotency-Key': ['Required.'] });
  }
  const input = parseApiInput(bookMentoringSessionInput, { ...(await readJsonBody(request)), matchId, idempotencyKey }, { idempotencyKey: 'Idempotency-Key' });
  const result = await bookMentoringSession(ctx, input).catch((error: unknown) => {
    throw error instanceof DomainError && error.message === SLOT_TAKEN ? new ApiError('slot_taken', SLOT_TAKEN) : error;
  });
  const booking = await getMentoringBooking(ctx, result.sessionId);
  if (result.repeated && !sameRequest(booking, input)) {
    throw new ApiError('idempotency_mismatch', 'This Idempotency-Key was already used for a different booking request. Use a new key for a new request.');
  }
  return apiJson(bookingJson(booking), result.repeated ? 200 : 201);
});
