import { describe, expect, it } from 'vitest';
import { summarizeCycleRun, type CycleRequestFacts } from '@/lib/matching';

// The figures and plain-word reasons of a cycle run, from the optimizer's assignments.

const term = (points: number) => [{ key: 'levelFit' as const, label: 'Level 4', points }];

function request(id: string, overrides: Partial<CycleRequestFacts> = {}): CycleRequestFacts {
  return { requestId: id, learnerId: `l-${id}`, learnerName: `Learner ${id}`, skillName: 'Go', minLevel: 3, region: 'EMEA', department: 'Engineering', candidates: [], ruledOut: {}, forbidden: 0, ...overrides };
}

describe('summarizeCycleRun', () => {
  it('explains each unmatched request and recomputes the objective from the real scores', () => {
    const result = summarizeCycleRun({
      requests: [
        request('a', { candidates: [{ mentorId: 'm1', score: 50, terms: term(50) }, { mentorId: 'm2', score: 40, terms: term(40) }] }),
        request('b', { candidates: [{ mentorId: 'm1', score: 45, terms: term(45) }], region: 'APAC' }),
        request('c', { candidates: [{ mentorId: 'm2', score: 30, terms: term(30) }], department: 'Sales' }),
        request('d', { ruledOut: { NO_OVERLAP: 2 } }),
        request('e', { ruledOut: { NO_OVERLAP: 1, MANAGEMENT_CHAIN: 1 } }),
        request('f', { forbidden: 1 }),
        request('g', { skillName: 'Rust', minLevel: 4 }),
      ],
      mentors: [
        { id: 'm1', name: 'Mentor One', capacity: 1 },
        { id: 'm2', name: 'Mentor Two', capacity: 2 },
        { id: 'm3', name: 'Mentor Three', capacity: 1 },
      ],
      assignments: [
        { requestId: 'a', mentorId: 'm2' },
        { requestId: 'b', mentorId: 'm1' },
      ],
      lockedPairs: new Set(['a:m2']),
      loadPenalty: [0, 4],
      warnings: [],
    });
    expect(result.assignments.map((a) => [a.requestId, a.mentorName, a.score, a.locked])).toEqual([
      ['a', 'Mentor Two', 40, true],
      ['b', 'Mentor One', 45, false],
    ]);
    expect(Object.fromEntries(result.unmatched.map((u) => [u.requestId, [u.reason, u.words]]))).toEqual({
      // m2 still has a free slot, so c lost out to a better use of the round rather than to capacity.
      c: ['OUTBID', 'its candidates went to requests they fit better'],
      d: ['NO_OVERLAP', 'no mentor shares enough weekly hours'],
      e: ['RULED_OUT', 'its only mentors are in the learner’s management chain'],
      f: ['FORBIDDEN', 'you forbade every mentor who fits it'],
      g: ['NO_TEACHER', 'nobody in this round teaches Rust at level 4+'],
    });
    expect(result.stats).toMatchObject({ requests: 7, matched: 2, mentors: 3, slots: 4, objective: 85, totalScore: 85, loadPenalty: 0 });
    expect(result.stats.byRegion).toEqual([
      { name: 'EMEA', requests: 6, matched: 1 },
      { name: 'APAC', requests: 1, matched: 1 },
    ]);
    expect(result.stats.byDepartment).toEqual([
      { name: 'Engineering', requests: 6, matched: 2 },
      { name: 'Sales', requests: 1, matched: 0 },
    ]);
    expect(result.stats.mentorLoad).toEqual([
      { mentees: 0, mentors: 1, full: 0 },
      { mentees: 1, mentors: 2, full: 1 },
    ]);
  });

  it('says "at capacity" when every candidate is full, and charges the load penalty of extra mentees', () => {
    const result = summarizeCycleRun({
      requests: ['a', 'b', 'c'].map((id) => request(id, { candidates: [{ mentorId: 'm1', score: 20, terms: term(20) }] })),
      mentors: [{ id: 'm1', name: 'Mentor One', capacity: 2 }],
      assignments: [
        { requestId: 'a', mentorId: 'm1' },
        { requestId: 'b', mentorId: 'm1' },
      ],
      lockedPairs: new Set(),
      loadPenalty: [0, 4],
      warnings: [],
    });
    expect(result.unmatched).toMatchObject([{ requestId: 'c', reason: 'AT_CAPACITY', words: 'every mentor for it is at capacity in this round' }]);
    expect(result.stats).toMatchObject({ totalScore: 40, loadPenalty: 4, objective: 36, mentorLoad: [{ mentees: 2, mentors: 1, full: 1 }] });
  });
});
