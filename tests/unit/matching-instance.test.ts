import { describe, expect, it } from 'vitest';
import { parseMatchingInstance } from '@/lib/matching';

const valid = {
  learners: [{ id: 'a' }, { id: 'b' }],
  mentors: [{ id: 'x', capacity: 2 }],
  edges: [{ learner: 'a', mentor: 'x', score: 5 }],
  loadPenalty: [0, 4],
};

const errors = (value: unknown) => {
  const parsed = parseMatchingInstance(value);
  return parsed.ok ? [] : parsed.errors;
};

describe('parseMatchingInstance', () => {
  it('accepts a valid instance and defaults a missing loadPenalty to none', () => {
    expect(parseMatchingInstance(valid).ok).toBe(true);
    const { loadPenalty: _, ...rest } = valid;
    const parsed = parseMatchingInstance(rest);
    expect(parsed.ok && parsed.instance.loadPenalty).toEqual([]);
  });

  it('names the offending entry', () => {
    expect(errors({ ...valid, edges: [...valid.edges, { learner: 'b', mentor: 'm9', score: 1 }] })).toEqual(['edges[1].mentor: unknown mentor "m9"']);
    expect(errors({ ...valid, learners: [{ id: 'a' }, { id: 'a' }] })).toEqual(['learners[1].id: duplicate id "a" (also learners[0])']);
    expect(errors({ ...valid, mentors: [{ id: 'x', capacity: -1 }] })).toEqual(['mentors[0].capacity: must be a whole number of 0 or more']);
    expect(errors({ ...valid, loadPenalty: [5, 2] })).toEqual(['loadPenalty[1]: 2 is less than loadPenalty[0] (5): the penalty must not decrease']);
    expect(errors({ ...valid, edges: [{ learner: 'a', mentor: 'x', score: Infinity }] })).toEqual(['edges[0].score: must be a finite number']);
    expect(errors({ ...valid, edges: [...valid.edges, { learner: 'a', mentor: 'x', score: 2 }] })).toEqual(['edges[1]: duplicate edge from learner "a" to mentor "x" (also edges[0])']);
  });

  it('refuses a penalty list that would drop to 0 below a mentor capacity', () => {
    expect(errors({ ...valid, loadPenalty: [3] })[0]).toMatch(/^loadPenalty: mentors\[0\] \("x"\) has capacity 2 but the list has 1 entries/);
  });
});
