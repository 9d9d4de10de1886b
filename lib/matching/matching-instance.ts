import { z } from 'zod';

// The optimizer's input, as `npm run cli -- matching:solve` reads it from a JSON file (format in README
// "Matching solver"). The scoring model produces these; the optimizer knows nothing about skills or people.

const id = z.string({ error: 'must be a string' }).min(1, 'must not be empty');
const finite = z.number({ error: 'must be a finite number' });

export const matchingInstanceSchema = z
  .object({
    learners: z.array(z.object({ id }, { error: 'must be an object with an "id"' }), { error: 'must be a list of learners' }),
    mentors: z.array(
      z.object(
        { id, capacity: z.number({ error: 'must be a whole number of 0 or more' }).int('must be a whole number of 0 or more').min(0, 'must be a whole number of 0 or more') },
        { error: 'must be an object with an "id" and a "capacity"' },
      ),
      { error: 'must be a list of mentors' },
    ),
    edges: z.array(
      z.object({ learner: id, mentor: id, score: finite }, { error: 'must be an object with "learner", "mentor" and "score"' }),
      { error: 'must be a list of edges' },
    ),
    loadPenalty: z.array(finite, { error: 'must be a list of numbers' }).default([]),
  }, { error: 'an instance must be a JSON object with "learners", "mentors", "edges" and "loadPenalty"' })
  .superRefine((instance, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const firstIndex = (list: { id: string }[], name: string) => {
      const seen = new Map<string, number>();
      list.forEach((entry, i) => {
        const earlier = seen.get(entry.id);
        if (earlier === undefined) seen.set(entry.id, i);
        else issue([name, i, 'id'], `duplicate id "${entry.id}" (also ${name}[${earlier}])`);
      });
      return seen;
    };
    const learners = firstIndex(instance.learners, 'learners');
    const mentors = firstIndex(instance.mentors, 'mentors');
    const pairs = new Map<string, number>();
    instance.edges.forEach((edge, i) => {
      if (!learners.has(edge.learner)) issue(['edges', i, 'learner'], `unknown learner "${edge.learner}"`);
      if (!mentors.has(edge.mentor)) issue(['edges', i, 'mentor'], `unknown mentor "${edge.mentor}"`);
      const pair = JSON.stringify([edge.learner, edge.mentor]);
      const earlier = pairs.get(pair);
      if (earlier === undefined) pairs.set(pair, i);
      else issue(['edges', i], `duplicate edge from learner "${edge.learner}" to mentor "${edge.mentor}" (also edges[${earlier}])`);
    });
    const penalty = instance.loadPenalty;
    for (let k = 1; k < penalty.length; k++) {
      if (penalty[k]! < penalty[k - 1]!) issue(['loadPenalty', k], `${penalty[k]} is less than loadPenalty[${k - 1}] (${penalty[k - 1]}): the penalty must not decrease`);
    }
    // Mentees beyond the list cost 0, so a list ending above 0 would make the penalty drop for a mentor
    // with more capacity than the list covers, and the optimizer relies on it never dropping.
    const last = penalty.at(-1) ?? 0;
    const roomy = instance.mentors.findIndex((m) => m.capacity > penalty.length);
    if (last > 0 && roomy >= 0) {
      const mentor = instance.mentors[roomy]!;
      issue(['loadPenalty'], `mentors[${roomy}] ("${mentor.id}") has capacity ${mentor.capacity} but the list has ${penalty.length} entries; later mentees would cost 0, less than ${last}: give a penalty for every mentee up to the largest capacity`);
    }
  });

export type MatchingInstance = z.output<typeof matchingInstanceSchema>;

export interface MatchingSolution {
  assignments: { learner: string; mentor: string }[];
  /** Sum of the chosen edges' scores minus the sum of the mentors' load penalties. */
  objective: number;
}

const MAX_ERRORS = 20;

function pathLabel(path: PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * Checks a parsed JSON value against the instance format. Errors name the offending entry, e.g.
 * `edges[12].mentor: unknown mentor "m9"`; a file with many problems lists the first 20.
 */
export function parseMatchingInstance(value: unknown): { ok: true; instance: MatchingInstance } | { ok: false; errors: string[] } {
  const parsed = matchingInstanceSchema.safeParse(value);
  if (parsed.success) return { ok: true, instance: parsed.data };
  const errors = parsed.error.issues.map((issue) => (issue.path.length ? `${pathLabel(issue.path)}: ${issue.message}` : issue.message));
  if (errors.length > MAX_ERRORS) return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more`] };
  return { ok: false, errors };
}
