import { API_TOKEN_SCOPES, API_TOKEN_SCOPE_DESCRIPTIONS } from '../api-tokens';
import { SESSION_DURATIONS, SESSIONS_PAGE_SIZE } from '../sessions';
import { API_ERROR_STATUS, type ApiErrorCode } from './api-error';

// The OpenAPI 3.1 description of /api/v1, written by hand next to the code it describes (served at
// /api/v1/openapi.json). Only the parts of the specification this API uses are typed.

type Schema = { $ref: string } | { [keyword: string]: unknown };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: Schema;
}

interface Operation {
  operationId: string;
  summary: string;
  description: string;
  security: { bearerToken: string[] }[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: Schema } } };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

interface ResponseObject {
  description: string;
  content?: { 'application/json': { schema: Schema } };
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: { bearerToken: string[] }[];
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components: {
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
    schemas: Record<string, Schema>;
    responses: Record<string, ResponseObject>;
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const uuid = { type: 'string', format: 'uuid' };
const instant = { type: 'string', format: 'date-time', description: 'An instant in UTC (ISO 8601).' };
const person = { type: 'object', required: ['id', 'name'], properties: { id: uuid, name: { type: 'string' } } };
const nullable = (schema: Record<string, unknown>) => ({ ...schema, type: [schema.type, 'null'] });

const ERROR_MEANINGS: Record<ApiErrorCode, string> = {
  invalid_request: 'The request is malformed or a field is invalid; `fields` says which (path and query parameters, body fields, the Idempotency-Key header).',
  unauthorized: 'No token, or the token is unknown, revoked or expired, or its owner is no longer an active member.',
  insufficient_scope: 'The token works but lacks the scope this operation needs.',
  forbidden: 'The caller may not do this.',
  not_found: 'No such resource for this caller. Ids of other organizations, and resources the caller may not act on, are reported the same way.',
  slot_taken: 'The requested time is not (or no longer) a free slot, e.g. someone booked it a moment earlier. Fetch the slots again and pick another.',
  conflict: 'The resource is not in a state that allows this, e.g. the session is already canceled or has started.',
  idempotency_mismatch: 'The Idempotency-Key was already used by this caller with a different request. Use a new key for a new request.',
  internal_error: 'Something failed on the server; nothing was changed.',
};

const errorResponse = (...codes: ApiErrorCode[]) => ({ description: codes.map((c) => `\`${c}\`: ${ERROR_MEANINGS[c]}`).join(' '), content: json(ref('Error')) });
const authErrors = { '401': { $ref: '#/components/responses/Unauthorized' }, '403': { $ref: '#/components/responses/InsufficientScope' } };
const scoped = (scope: string) => [{ bearerToken: [scope] }];

const matchIdParameter: Parameter = { name: 'matchId', in: 'path', required: true, description: 'An accepted mentorship match in which the caller is the learner.', schema: uuid };

export const OPENAPI_DOCUMENT: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Peerbridge API',
    version: '1.0.0',
    description: [
      'Peer sessions for chat bots and calendar tools: list your sessions, see a mentor’s free times, book and cancel.',
      'Authenticate with a personal API token (My settings → API tokens): `Authorization: Bearer pb_…`. A token acts as the person who created it, inside their organization only, and only with its scopes.',
      'Errors are JSON `{ "error": { "code", "message", "fields"? } }`; `code` is stable, `message` is for people. Times are UTC instants (ISO 8601).',
    ].join('\n\n'),
  },
  servers: [{ url: '/api/v1' }],
  security: [{ bearerToken: [] }],
  paths: {
    '/sessions': {
      get: {
        operationId: 'listMySessions',
        summary: 'List my sessions',
        description: `The caller’s sessions as host or participant, ${SESSIONS_PAGE_SIZE} per page: upcoming (soonest first), past (latest first) or canceled. An unknown tab means upcoming; a page past the end returns the last page.`,
        security: scoped('sessions:read'),
        parameters: [
          { name: 'tab', in: 'query', description: 'Which sessions.', schema: { type: 'string', enum: ['upcoming', 'past', 'canceled'], default: 'upcoming' } },
          { name: 'page', in: 'query', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
        ],
        responses: { '200': { description: 'One page of sessions.', content: json(ref('SessionPage')) }, ...authErrors },
      },
    },
    '/matches/{matchId}/slots': {
      get: {
        operationId: 'listMentorSlots',
        summary: 'List a mentor’s free slots',
        description: 'The mentor’s free times for the next 4 weeks (from 2 hours from now), from their weekly hours minus days off and both people’s sessions with a buffer. Only the learner of the match may ask; anyone else gets not_found.',
        security: scoped('sessions:read'),
        parameters: [matchIdParameter, { name: 'duration', in: 'query', description: 'Session length in minutes.', schema: { type: 'integer', enum: [...SESSION_DURATIONS], default: 30 } }],
        responses: {
          '200': { description: 'The free slots, soonest first.', content: json(ref('MentorSlots')) },
          '400': errorResponse('invalid_request'),
          ...authErrors,
          '404': errorResponse('not_found'),
        },
      },
    },
    '/matches/{matchId}/bookings': {
      post: {
        operationId: 'bookMentoringSession',
        summary: 'Book a 1:1 session',
        description:
          'Books one of the mentor’s free slots (see listMentorSlots) for the match’s learner; both people are emailed. The database keeps both out of overlapping sessions, so of concurrent requests for one slot exactly one gets 201 and the others slot_taken. ' +
          'Idempotency: the Idempotency-Key header is required. Repeating a request with the same key (a retry after a timeout) books nothing new and returns the same booking with 200 and the same body; the same key with a different matchId, startsAt, durationMinutes or agenda is refused with 422 idempotency_mismatch. Keys are remembered per person, without expiry.',
        security: scoped('sessions:write'),
        parameters: [
          matchIdParameter,
          { name: 'Idempotency-Key', in: 'header', required: true, description: 'A unique key per booking attempt, 8–200 characters (e.g. a UUID).', schema: { type: 'string', minLength: 8, maxLength: 200 } },
        ],
        requestBody: { required: true, content: json(ref('BookingRequest')) },
        responses: {
          '201': { description: 'Booked.', content: json(ref('Booking')) },
          '200': { description: 'Already booked with this Idempotency-Key: the same booking as the first response.', content: json(ref('Booking')) },
          '400': errorResponse('invalid_request'),
          ...authErrors,
          '404': errorResponse('not_found'),
          '409': errorResponse('slot_taken'),
          '422': errorResponse('idempotency_mismatch'),
        },
      },
    },
    '/sessions/{id}/cancel': {
      post: {
        operationId: 'cancelSession',
        summary: 'Cancel a session',
        description: 'Cancels a whole session: its host may, and either side of a 1:1. Everyone’s place is released and the others are emailed the reason. Group attendees leave a session in the app instead.',
        security: scoped('sessions:write'),
        parameters: [{ name: 'id', in: 'path', required: true, description: 'The session.', schema: uuid }],
        requestBody: { required: true, content: json(ref('CancelRequest')) },
        responses: {
          '200': { description: 'Canceled.', content: json(ref('CanceledSession')) },
          '400': errorResponse('invalid_request'),
          ...authErrors,
          '404': errorResponse('not_found'),
          '409': errorResponse('conflict'),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerToken: {
        type: 'http',
        scheme: 'bearer',
        description: `A personal API token ("pb_" and 43 characters). Scopes: ${API_TOKEN_SCOPES.map((s) => `\`${s}\` (${API_TOKEN_SCOPE_DESCRIPTIONS[s]})`).join(', ')}.`,
      },
    },
    responses: {
      Unauthorized: errorResponse('unauthorized'),
      InsufficientScope: errorResponse('insufficient_scope'),
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', enum: Object.keys(API_ERROR_STATUS), description: Object.entries(ERROR_MEANINGS).map(([c, m]) => `${c} (${API_ERROR_STATUS[c as ApiErrorCode]}): ${m}`).join('\n') },
              message: { type: 'string', description: 'What went wrong, for people.' },
              fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Messages per invalid field.' },
            },
          },
        },
      },
      Session: {
        type: 'object',
        required: ['id', 'kind', 'title', 'agenda', 'startsAt', 'endsAt', 'status', 'location', 'cancelReason', 'matchId', 'host', 'capacity', 'seatsTaken', 'myRole', 'myStatus', 'others'],
        properties: {
          id: uuid,
          kind: { type: 'string', enum: ['MENTORING', 'WORKSHOP', 'DESIGN_THINKING', 'SPRINT_CHECKIN'] },
          title: { type: 'string' },
          agenda: nullable({ type: 'string' }),
          startsAt: instant,
          endsAt: instant,
          status: { type: 'string', enum: ['SCHEDULED', 'CANCELED', 'COMPLETED'] },
          location: nullable({ type: 'string', description: 'A room or a video link.' }),
          cancelReason: nullable({ type: 'string' }),
          matchId: nullable({ ...uuid, description: 'The mentorship of a 1:1 session.' }),
          host: person,
          capacity: { type: 'integer' },
          seatsTaken: { type: 'integer' },
          myRole: { type: 'string', enum: ['HOST', 'ATTENDEE'] },
          myStatus: { type: 'string', enum: ['BOOKED', 'WAITLISTED', 'CANCELED'] },
          others: { type: 'array', items: person, description: 'Up to 5 other people booked in (for a 1:1, the other side).' },
        },
      },
      SessionPage: {
        type: 'object',
        required: ['tab', 'page', 'pageCount', 'pageSize', 'total', 'timeZone', 'sessions'],
        properties: {
          tab: { type: 'string', enum: ['upcoming', 'past', 'canceled'] },
          page: { type: 'integer' },
          pageCount: { type: 'integer' },
          pageSize: { type: 'integer' },
          total: { type: 'integer' },
          timeZone: { type: 'string', description: 'The caller’s IANA time zone, for showing the times.' },
          sessions: { type: 'array', items: ref('Session') },
        },
      },
      MentorSlots: {
        type: 'object',
        required: ['matchId', 'skill', 'mentor', 'learnerTimeZone', 'durationMinutes', 'slots'],
        properties: {
          matchId: uuid,
          skill: { type: 'string' },
          mentor: { type: 'object', required: ['id', 'name', 'timeZone'], properties: { id: uuid, name: { type: 'string' }, timeZone: { type: 'string' } } },
          learnerTimeZone: { type: 'string' },
          durationMinutes: { type: 'integer', enum: [...SESSION_DURATIONS] },
          slots: { type: 'array', items: { type: 'object', required: ['startsAt', 'endsAt'], properties: { startsAt: instant, endsAt: instant } } },
        },
      },
      BookingRequest: {
        type: 'object',
        required: ['startsAt', 'durationMinutes'],
        properties: {
          startsAt: { ...instant, description: 'The start of a free slot, with an offset (e.g. "2026-12-01T14:00:00Z").' },
          durationMinutes: { type: 'integer', enum: [...SESSION_DURATIONS] },
          agenda: { type: 'string', maxLength: 5000 },
        },
      },
      Booking: {
        type: 'object',
        required: ['id', 'matchId', 'title', 'agenda', 'startsAt', 'endsAt', 'durationMinutes', 'status', 'mentor'],
        properties: {
          id: uuid,
          matchId: uuid,
          title: { type: 'string' },
          agenda: nullable({ type: 'string' }),
          startsAt: instant,
          endsAt: instant,
          durationMinutes: { type: 'integer' },
          status: { type: 'string', enum: ['SCHEDULED', 'CANCELED', 'COMPLETED'] },
          mentor: person,
        },
      },
      CancelRequest: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 1, maxLength: 1000, description: 'Sent to the others by email.' } } },
      CanceledSession: {
        type: 'object',
        required: ['id', 'status', 'cancelReason', 'notified'],
        properties: { id: uuid, status: { const: 'CANCELED' }, cancelReason: { type: 'string' }, notified: { type: 'integer', description: 'How many people were emailed.' } },
      },
    },
  },
};
