import type { ProfileDraft, ProfileSkill } from './profiles';

// Hand-written profiles of the demo personas (by email), so demos and e2e tests can rely on them.
//
// Maya Chen (Acme employee, Singapore) is kept modest on purpose: TypeScript 3 (teaches), React 3,
// Node.js 2, PostgreSQL 2, Communication 3, and wants to learn Docker (1 → 3) and API design (new → 2);
// one active goal (Docker). She does NOT have Kubernetes or Figma, so a test can add either. Her
// availability is Tuesday 09:00–10:00 and Thursday 16:00–17:00 (Asia/Singapore); Monday, Wednesday and
// Friday are free for a test to add windows. Sofia Alvarez (Acme admin) teaches Kubernetes at level 4.

const has = (skill: string, level: number, canTeach = false): ProfileSkill => ({ skill, level, canTeach, wantsToLearn: false, targetLevel: null });
const learns = (skill: string, level: number | null, targetLevel: number): ProfileSkill => ({ skill, level, canTeach: false, wantsToLearn: true, targetLevel });
const at = (weekday: number, from: string, to: string) => ({ weekday, startMinute: minutes(from), endMinute: minutes(to) });

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export const PERSONA_PROFILES: Readonly<Record<string, ProfileDraft>> = {
  'maya.chen@acme.example': {
    headline: 'Software Engineer · TypeScript and React',
    bio: 'Software Engineer in our Singapore office, two years in. I build the customer portal and like pairing on tricky TypeScript types. Currently getting comfortable with containers.',
    languages: ['English', 'Mandarin'],
    mentoringCapacity: 1,
    sessionsPerWeek: 2,
    skills: [has('TypeScript', 3, true), has('React', 3), has('Node.js', 2), has('PostgreSQL', 2), has('Communication', 3), learns('Docker', 1, 3), learns('API design', null, 2)],
    goals: [{ skill: 'Docker', targetLevel: 3, dueDate: '2027-06-30', why: 'Our team is moving its services to containers next quarter.', status: 'ACTIVE', completedAt: null }],
    windows: [at(2, '09:00', '10:00'), at(4, '16:00', '17:00')],
    timeOff: [{ startDate: '2026-12-24', endDate: '2026-12-31', note: 'Holiday' }],
  },
  'priya.raman@acme.example': {
    headline: 'Learning Network Steward · facilitation and coaching',
    bio: 'I look after our peer-learning network and the skills taxonomy from Bengaluru. Ten years in learning and development; I love designing workshops that people actually enjoy.',
    languages: ['English', 'Hindi', 'Kannada'],
    mentoringCapacity: 4,
    sessionsPerWeek: 3,
    skills: [has('Facilitation', 5, true), has('Coaching', 4, true), has('Instructional design', 4, true), has('Mentoring', 4, true), has('Change management', 3), has('Communication', 4), learns('Data visualization', null, 2), learns('Large language models', 1, 3)],
    goals: [
      { skill: 'Data visualization', targetLevel: 2, dueDate: '2027-03-31', why: 'I want to show the network’s impact in clear dashboards.', status: 'ACTIVE', completedAt: null },
      { skill: 'Instructional design', targetLevel: 4, dueDate: '2027-01-31', why: 'To redesign our onboarding curriculum.', status: 'ACHIEVED', completedAt: '2026-09-15T12:00:00.000Z' },
    ],
    windows: [at(1, '10:00', '11:30'), at(3, '14:00', '15:30'), at(5, '10:00', '11:00')],
    timeOff: [],
  },
  'daniel.okafor@acme.example': {
    headline: 'HR Business Partner · employee relations',
    bio: 'HR Business Partner in London for Engineering and Product. Happy to help with difficult conversations and feedback. Learning to work with our people data myself.',
    languages: ['English', 'Igbo'],
    mentoringCapacity: 3,
    sessionsPerWeek: 2,
    skills: [has('Employee relations', 5, true), has('Conflict resolution', 4, true), has('Giving feedback', 4, true), has('Talent acquisition', 3), has('Active listening', 4), learns('Data analysis', null, 2), learns('Public speaking', 2, 3)],
    goals: [{ skill: 'Data analysis', targetLevel: 2, dueDate: '2027-05-31', why: 'I want to answer engagement questions without waiting for the data team.', status: 'ACTIVE', completedAt: null }],
    windows: [at(2, '13:00', '14:00'), at(4, '10:00', '11:00')],
    timeOff: [{ startDate: '2027-01-04', endDate: '2027-01-08', note: 'Family visit' }],
  },
  'sofia.alvarez@acme.example': {
    headline: 'IT Platform Administrator · AWS and Kubernetes',
    bio: 'I run our internal platform from New York: cloud accounts, clusters and access. Ask me about Kubernetes, Terraform or anything AWS.',
    languages: ['English', 'Spanish'],
    mentoringCapacity: 2,
    sessionsPerWeek: 2,
    skills: [has('AWS', 5, true), has('Kubernetes', 4, true), has('Terraform', 4, true), has('Docker', 4), has('Security engineering', 3), has('Observability', 3), has('Stakeholder management', 3), learns('Large language models', null, 2)],
    goals: [{ skill: 'Large language models', targetLevel: 2, dueDate: '2027-09-30', why: 'Teams are asking for LLM tooling and I want to run it safely.', status: 'ACTIVE', completedAt: null }],
    windows: [at(1, '15:00', '16:00'), at(3, '11:00', '12:00'), at(4, '15:00', '16:30')],
    timeOff: [],
  },
  'tom.becker@globex.example': {
    headline: 'Research Scientist · spectroscopy',
    bio: 'Research Scientist in Dublin working on material analysis. Happy to help with spectroscopy; learning mass spectrometry.',
    languages: ['English', 'German'],
    mentoringCapacity: 1,
    sessionsPerWeek: 1,
    skills: [has('Spectroscopy', 4, true), has('Experimental design', 3), has('Statistics', 3), has('Scientific writing', 3), learns('Mass spectrometry', null, 3), learns('Public speaking', 2, 3)],
    goals: [{ skill: 'Mass spectrometry', targetLevel: 3, dueDate: '2027-04-30', why: 'Our next project needs both methods side by side.', status: 'ACTIVE', completedAt: null }],
    windows: [at(2, '10:00', '11:00'), at(4, '14:00', '15:00')],
    timeOff: [],
  },
  'lena.fischer@globex.example': {
    headline: 'Knowledge Steward · mass spectrometry',
    bio: 'I keep Globex’s research know-how findable and run the lab mentoring circle in Dublin.',
    languages: ['German', 'English'],
    mentoringCapacity: 3,
    sessionsPerWeek: 2,
    skills: [has('Mass spectrometry', 5, true), has('Lab safety', 4, true), has('Scientific writing', 4, true), has('Coaching', 3), has('Public speaking', 3), learns('Supply chain planning', null, 2)],
    goals: [],
    windows: [at(1, '09:00', '10:30'), at(3, '13:00', '14:00'), at(5, '09:00', '10:00')],
    timeOff: [],
  },
  'omar.haddad@globex.example': {
    headline: 'People Partner · recruiting',
    bio: 'People Partner in Chicago for Research and Operations.',
    languages: ['English', 'Arabic'],
    mentoringCapacity: 2,
    sessionsPerWeek: 2,
    skills: [has('Recruiting', 4, true), has('Conflict resolution', 3), has('Coaching', 3), has('Public speaking', 2), learns('Statistics', null, 2)],
    goals: [],
    windows: [at(2, '13:00', '14:00'), at(4, '09:00', '10:00')],
    timeOff: [],
  },
  'grace.kim@globex.example': {
    headline: 'Operations Administrator · supply chain',
    bio: 'I run operations tooling and supplier contracts from Chicago.',
    languages: ['English', 'Korean'],
    mentoringCapacity: 2,
    sessionsPerWeek: 1,
    skills: [has('Supply chain planning', 4, true), has('Vendor management', 4, true), has('Lean manufacturing', 3), has('Inventory management', 3), learns('Statistics', 2, 3)],
    goals: [{ skill: 'Statistics', targetLevel: 3, dueDate: '2027-02-28', why: 'Better demand forecasts for our sites.', status: 'ACTIVE', completedAt: null }],
    windows: [at(1, '10:00', '11:00'), at(3, '15:00', '16:00')],
    timeOff: [],
  },
  'priya.raman@globex.example': {
    headline: 'Visiting Researcher · coaching',
    bio: 'Visiting from Acme to help set up Globex’s mentoring circles.',
    languages: ['English', 'Hindi'],
    mentoringCapacity: 2,
    sessionsPerWeek: 1,
    skills: [has('Coaching', 4, true), has('Public speaking', 3), has('Conflict resolution', 3), learns('Spectroscopy', null, 2)],
    goals: [],
    windows: [at(3, '11:00', '12:00'), at(5, '13:00', '14:00')],
    timeOff: [],
  },
};
