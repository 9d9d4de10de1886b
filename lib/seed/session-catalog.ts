import type { ArtifactKind } from '../db/generated/enums';

// What the demo's peer sessions are about: each org's communities, its group sessions (upcoming and past,
// with the design-thinking outputs and knowledge artifacts they produced), and the words people use in
// 1:1 agendas, feedback and private notes. insert-sessions.ts turns this into rows around the seed time.

export interface CommunitySpec {
  slug: string;
  name: string;
  purpose: string;
}

export interface ArtifactSpec {
  kind: ArtifactKind;
  title: string;
  /** Markdown; for design outputs, empty means "the session's phase outputs". */
  body: string;
  url?: string;
  /** Published to the session's community library. */
  publish: boolean;
}

export interface GroupSessionSpec {
  kind: 'WORKSHOP' | 'DESIGN_THINKING' | 'SPRINT_CHECKIN';
  title: string;
  agenda: string;
  /** Skills practised; the host teaches the first. */
  skills: readonly string[];
  community: string | null;
  /** Office the host works from: the best teacher of the first skill there (or anywhere, if none is free). */
  office: string;
  /** Persona who hosts instead (by email). */
  hostEmail?: string;
  /** Days from the seed (negative: past; weekends move to the nearest weekday away from the seed) and the start on the host's clock. */
  day: number;
  at: string;
  minutes: number;
  capacity: number;
  /** Attendees with a seat (as many as are free and awake then, up to the capacity), and on the waitlist. */
  booked: number;
  waitlisted?: number;
  /** A room in the host's office (attendees from the host's time zone); without it, a video link (anyone awake). */
  room?: string;
  /** Personas who attend (by email), besides those picked. */
  personas?: readonly string[];
  /** Past design-thinking sessions: each phase's outputs, in template order. */
  outputs?: readonly [string, string, string, string, string];
  artifacts?: readonly ArtifactSpec[];
  /** Past: the host has not marked attendance yet. */
  unmarked?: boolean;
  /** Canceled by the host, with this reason. */
  canceled?: string;
  /** Upcoming: moved once, with this reason. */
  rescheduled?: string;
}

export interface SessionCatalog {
  meetDomain: string;
  communities: readonly CommunitySpec[];
  sessions: readonly GroupSessionSpec[];
}

const MAYA = 'maya.chen@acme.example';

export const ACME_SESSIONS: SessionCatalog = {
  meetDomain: 'meet.acme.example',
  communities: [
    { slug: 'platform-engineering-guild', name: 'Platform Engineering Guild', purpose: 'Kubernetes, cloud infrastructure, CI/CD and observability: how we build, ship and run our services, and how we help each other do it well.' },
    { slug: 'design-thinking-circle', name: 'Design Thinking Circle', purpose: 'Practitioners from every department who run and join design-thinking sessions, share facilitation tips and keep the outputs of past sessions findable.' },
    { slug: 'data-analytics-cop', name: 'Data & Analytics CoP', purpose: 'A community of practice for SQL, dbt, statistics and data visualization: code reviews, office hours and a shared library of patterns.' },
    { slug: 'frontend-craft', name: 'Frontend Craft', purpose: 'React, TypeScript, CSS and accessibility: raising the bar on the interfaces our customers use every day.' },
    { slug: 'product-discovery', name: 'Product Discovery', purpose: 'Product managers, designers and researchers learning together how to find the problems worth solving before we build.' },
    { slug: 'leadership-lab', name: 'Leadership Lab', purpose: 'For new and experienced people managers: feedback, coaching, hard conversations and running a healthy team.' },
  ],
  sessions: [
    // Upcoming, over the next three weeks.
    {
      kind: 'DESIGN_THINKING', title: 'Design-thinking workshop: rethinking new-hire onboarding', community: 'design-thinking-circle', office: 'London', day: 6, at: '14:00', minutes: 90, capacity: 8, booked: 8, waitlisted: 3,
      skills: ['Facilitation', 'User research', 'Prototyping'],
      agenda: 'New hires tell us their first two weeks feel like drinking from a firehose. In 90 minutes we go through the five design-thinking phases together: interview notes from recent joiners, a "How might we…" question, ideas, a paper prototype of a better first week, and a test with someone who joined last month.\n\nNo preparation needed; bring a recent memory of your own first week.',
    },
    {
      kind: 'WORKSHOP', title: 'Kubernetes troubleshooting clinic: from CrashLoopBackOff to green', community: 'platform-engineering-guild', office: 'Toronto', day: 3, at: '11:00', minutes: 60, capacity: 12, booked: 11,
      skills: ['Kubernetes', 'Observability'],
      agenda: '1. Five broken deployments on the sandbox cluster (10 min each, in pairs)\n2. Reading events, logs and probes systematically\n3. Your own war stories\n\nBring a laptop with kubectl set up for the sandbox cluster.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'TypeScript skill sprint — week 3 check-in', community: 'frontend-craft', office: 'Bengaluru', day: 9, at: '10:00', minutes: 30, capacity: 10, booked: 4, personas: [MAYA],
      skills: ['TypeScript'],
      agenda: 'Week 3 of our six-week sprint: generics and narrowing. Show the exercise you solved (or where you got stuck) in two minutes each, then we pick next week\'s challenge.',
    },
    {
      kind: 'WORKSHOP', title: 'React Server Components in practice', community: 'frontend-craft', office: 'San Francisco', day: 8, at: '10:00', minutes: 75, capacity: 15, booked: 6,
      skills: ['React', 'TypeScript'],
      agenda: 'What runs on the server, what on the client, and how to move a real page of our app over. Live coding, then Q&A.',
    },
    {
      kind: 'WORKSHOP', title: 'SQL window functions, hands-on', community: 'data-analytics-cop', office: 'Pune', day: 4, at: '15:00', minutes: 60, capacity: 10, booked: 7, room: 'Sahyadri',
      skills: ['SQL', 'Data analysis'],
      agenda: 'Running totals, rankings and period-over-period comparisons on our own sales data, with exercises from easy to tricky. Laptops with read access to the analytics warehouse.',
    },
    {
      kind: 'DESIGN_THINKING', title: 'Design sprint: self-serve refunds for customers', community: 'product-discovery', office: 'New York', day: 11, at: '11:00', minutes: 90, capacity: 10, booked: 9,
      skills: ['Product discovery', 'User research', 'Prototyping'],
      agenda: 'Support handles 400 refund tickets a month by hand. We empathize with three customer stories, define the problem, ideate, prototype a self-serve flow on paper and test it with a support agent.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'Data visualization sprint check-in', community: 'data-analytics-cop', office: 'Singapore', day: 5, at: '16:00', minutes: 30, capacity: 8, booked: 2,
      skills: ['Data visualization'],
      agenda: 'Share the chart you reworked this week: before, after and why.',
    },
    {
      kind: 'WORKSHOP', title: 'Giving feedback that lands (the SBI model)', community: 'leadership-lab', office: 'Toronto', day: 13, at: '13:00', minutes: 60, capacity: 16, booked: 5,
      skills: ['Giving feedback', 'Coaching'],
      agenda: 'Situation, behaviour, impact: practise in trios with real (anonymized) situations, then debrief. Useful for anyone, not only managers.',
      rescheduled: 'Moved a week later so it does not clash with the quarterly all-hands.',
    },
    {
      kind: 'WORKSHOP', title: 'Terraform modules: from copy-paste to a registry', community: 'platform-engineering-guild', office: 'Singapore', day: 15, at: '10:00', minutes: 60, capacity: 12, booked: 3,
      skills: ['Terraform', 'AWS'],
      agenda: 'How we turn the networking boilerplate every team copies into versioned modules, with tests and a changelog.',
    },
    {
      kind: 'WORKSHOP', title: 'Accessible forms clinic', community: 'frontend-craft', office: 'São Paulo', day: 17, at: '10:00', minutes: 60, capacity: 10, booked: 1,
      skills: ['Web accessibility', 'CSS'],
      agenda: 'Labels, errors, focus and screen readers: bring a form from your product and we fix it together.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'Coaching circle: monthly check-in', community: 'leadership-lab', office: 'London', day: 10, at: '09:30', minutes: 45, capacity: 8, booked: 6, room: 'Thames',
      skills: ['Coaching', 'Active listening'],
      agenda: 'Each of us brings one coaching conversation from the month; the circle asks questions, no advice.',
    },
    {
      kind: 'DESIGN_THINKING', title: 'Reimagining our quarterly planning ritual', community: 'leadership-lab', office: 'Sydney', day: 19, at: '10:00', minutes: 90, capacity: 12, booked: 2,
      skills: ['Facilitation', 'Strategic planning'],
      agenda: 'Planning week drains everyone. Five phases, one question: how might we plan a quarter in half the meetings?',
    },
    {
      kind: 'WORKSHOP', title: 'A/B test design: sample sizes without tears', community: 'product-discovery', office: 'Berlin', day: 12, at: '15:00', minutes: 60, capacity: 20, booked: 12,
      skills: ['A/B testing', 'Statistics'],
      agenda: 'Power, minimum detectable effect and how long to run a test, with a calculator you can keep. For PMs, designers and analysts.',
    },

    // Past, over the last eight weeks.
    {
      kind: 'WORKSHOP', title: 'Intro to Kubernetes: pods, deployments and services', community: 'platform-engineering-guild', office: 'New York', hostEmail: 'sofia.alvarez@acme.example', day: -47, at: '11:00', minutes: 90, capacity: 15, booked: 12,
      skills: ['Kubernetes', 'Docker'],
      agenda: 'From a container image to a service on the sandbox cluster, step by step, with the commands you will use every day.',
      artifacts: [
        {
          kind: 'NOTES', title: 'kubectl debugging cheat sheet', publish: true,
          body: '## When a pod will not start\n\n1. `kubectl get pods -o wide`: status and node\n2. `kubectl describe pod <name>`: events at the bottom tell you most of it (image pulls, probes, scheduling)\n3. `kubectl logs <name> --previous`: the logs of the crash, not of the restart\n\n## Useful every day\n\n- `kubectl rollout status deploy/<name>` and `kubectl rollout undo deploy/<name>`\n- `kubectl port-forward svc/<name> 8080:80` to try a service locally\n- `kubectl get events --sort-by=.lastTimestamp`\n\nAsk in the Platform Engineering Guild channel when stuck.',
        },
      ],
    },
    {
      kind: 'WORKSHOP', title: 'dbt from zero', community: 'data-analytics-cop', office: 'Toronto', day: -44, at: '13:00', minutes: 90, capacity: 12, booked: 9,
      skills: ['dbt', 'SQL'],
      agenda: 'Models, sources, tests and docs: we rebuild one of our finance reports as a dbt project.',
      artifacts: [{ kind: 'LINK', title: 'dbt best-practice guide we followed', url: 'https://docs.getdbt.com/best-practices', publish: true, body: 'The staging → intermediate → marts layout and naming we used in the workshop come from this guide.' }],
    },
    {
      kind: 'DESIGN_THINKING', title: 'Design-thinking: making expense claims painless', community: 'design-thinking-circle', office: 'London', day: -40, at: '14:00', minutes: 90, capacity: 10, booked: 10,
      skills: ['Facilitation', 'User research', 'Prototyping'],
      agenda: 'Everyone hates filing expenses. Let us find out why and prototype something better in 90 minutes.',
      outputs: [
        '- Claims take 25 minutes on average; most of it is finding receipts and the right cost centre\n- Travellers photograph receipts but lose them before filing\n- Finance rejects 1 in 5 claims for a missing cost centre',
        '**Point of view:** a frequent traveller needs to file a claim while the receipt is in hand, because a week later it is gone.\n\n**How might we** make filing a claim take less time than losing the receipt?',
        '- Snap-and-forget: photo in chat, the bot files it\n- Cost centre guessed from the calendar invite\n- Monthly "claims party" with snacks\n- Corporate card for everyone who travels\n\nVoted: snap-and-forget, cost centre from the calendar',
        'Storyboard of a chat bot: photo → "Berlin offsite, cost centre 4410?" → yes → done. Paper screens for the three messages.',
        'Tried with two colleagues from Sales who travel monthly: both understood it at once; one asked what happens with foreign currency. Next: check currency handling with Finance.',
      ],
      artifacts: [{ kind: 'DESIGN_OUTPUTS', title: 'Expense claims: design-thinking outputs', body: '', publish: true }],
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'Python for analysts — sprint check-in 1', community: 'data-analytics-cop', office: 'Bengaluru', day: -36, at: '16:00', minutes: 30, capacity: 10, booked: 7,
      skills: ['Python', 'Data analysis'],
      agenda: 'First check-in: pandas basics. Show the notebook you wrote this week.',
    },
    {
      kind: 'WORKSHOP', title: 'Observability 101: reading a trace', community: 'platform-engineering-guild', office: 'São Paulo', day: -33, at: '10:00', minutes: 60, capacity: 15, booked: 10,
      skills: ['Observability'],
      agenda: 'Spans, attributes and the waterfall: we follow one slow checkout request from the browser to the database.',
      artifacts: [
        {
          kind: 'NOTES', title: 'How to read a trace in five steps', publish: true,
          body: '1. Start from the **root span**: how long did the user wait?\n2. Find the **longest child**; repeat until there is none\n3. Look for **gaps** between spans: queueing, locks, cold starts\n4. Check **attributes**: which tenant, which query, which version\n5. Compare with a **fast trace** of the same endpoint',
        },
      ],
    },
    {
      kind: 'WORKSHOP', title: 'Negotiation practice lab', community: null, office: 'London', day: -30, at: '15:00', minutes: 60, capacity: 12, booked: 8, room: 'Kingfisher',
      skills: ['Negotiation'],
      agenda: 'Three role-plays from real renewals, with an observer in each trio.',
    },
    {
      kind: 'WORKSHOP', title: 'Figma auto layout deep-dive', community: 'frontend-craft', office: 'Tokyo', day: -26, at: '11:00', minutes: 60, capacity: 10, booked: 6,
      skills: ['Figma', 'Design systems'],
      agenda: 'Auto layout, variants and how our design-system components are built, for designers and the engineers who implement them.',
    },
    {
      kind: 'WORKSHOP', title: 'Salesforce reports office hours', community: null, office: 'New York', day: -24, at: '14:00', minutes: 45, capacity: 10, booked: 4,
      skills: ['Salesforce'],
      agenda: 'Bring the report you cannot get right.',
      canceled: 'I am out sick today, sorry. I will set up a new date next week.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'Python for analysts — sprint check-in 2', community: 'data-analytics-cop', office: 'Bengaluru', day: -22, at: '16:00', minutes: 30, capacity: 10, booked: 6,
      skills: ['Python', 'Data analysis'],
      agenda: 'Second check-in: joins and group-bys. What surprised you?',
    },
    {
      kind: 'DESIGN_THINKING', title: 'Customer onboarding journey jam', community: 'product-discovery', office: 'Toronto', day: -20, at: '10:00', minutes: 90, capacity: 12, booked: 11,
      skills: ['Product discovery', 'User research', 'Prototyping'],
      agenda: 'Customers take 19 days on average to go live. Where do they get stuck, and what would a great first month look like?',
      outputs: [
        '- Admins wait on IT for SSO setup; nothing happens meanwhile\n- The kickoff deck is 60 slides; customers remember none of it\n- Customers who import data in week 1 go live twice as fast',
        '**Point of view:** a new customer admin needs a first visible win in week 1, because momentum dies while waiting on IT.\n\n**How might we** get every customer to import real data before SSO is done?',
        '- Sample-data sandbox on day 1\n- CSV import in the kickoff call itself\n- A 10-minute kickoff video instead of the deck\n- Go-live checklist shared with the customer\n\nVoted: CSV import during kickoff, shared checklist',
        'A shared checklist page in the customer portal, mocked in Figma, with "import your first file" as step 1.',
        'Walked two onboarding specialists through it: they want the checklist to show who owns each step. Next: pilot with three customers in January.',
      ],
      artifacts: [{ kind: 'DESIGN_OUTPUTS', title: 'Customer onboarding journey jam: outputs', body: '', publish: true }],
    },
    {
      kind: 'WORKSHOP', title: 'Writing a one-page product brief', community: 'product-discovery', office: 'Berlin', day: -18, at: '11:00', minutes: 60, capacity: 12, booked: 9,
      skills: ['Product discovery', 'Business writing'],
      agenda: 'Problem, evidence, who it is for, what success looks like, what we will not do: one page, reviewed in pairs.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'TypeScript skill sprint — week 1 check-in', community: 'frontend-craft', office: 'Bengaluru', day: -12, at: '10:00', minutes: 30, capacity: 10, booked: 5, personas: [MAYA],
      skills: ['TypeScript'],
      agenda: 'Kick-off of our six-week sprint: goals, the exercise list, and pairs for the weeks ahead.',
    },
    {
      kind: 'WORKSHOP', title: 'Difficult conversations for new managers', community: 'leadership-lab', office: 'London', day: -11, at: '13:00', minutes: 90, capacity: 12, booked: 10, personas: ['daniel.okafor@acme.example'],
      skills: ['People management', 'Giving feedback', 'Conflict resolution'],
      agenda: 'Preparing, opening and closing a hard conversation, with practice in pairs and an HR partner in the room.',
      artifacts: [
        {
          kind: 'NOTES', title: 'SBI feedback one-pager', publish: true,
          body: '**Situation**: when and where, specifically.\n**Behaviour**: what you saw or heard, not what you think it means.\n**Impact**: what it caused, for you, the team or the customer.\n\nThen ask, and listen: "How did you see it?"\n\n> In Tuesday\'s planning (S) you cut Ana off twice (B); she stopped contributing and we missed her estimate (I).',
        },
      ],
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'Public speaking sprint: five-minute talks', community: 'leadership-lab', office: 'New York', day: -9, at: '12:00', minutes: 45, capacity: 8, booked: 6,
      skills: ['Public speaking', 'Storytelling'],
      agenda: 'Everyone gives their five-minute talk; two kind notes and one suggestion each.',
    },
    {
      kind: 'SPRINT_CHECKIN', title: 'TypeScript skill sprint — week 2 check-in', community: 'frontend-craft', office: 'Bengaluru', day: -5, at: '10:00', minutes: 30, capacity: 10, booked: 5, personas: [MAYA],
      skills: ['TypeScript'],
      agenda: 'Week 2: union types and type guards. Two minutes each on your exercise.',
    },
    {
      kind: 'DESIGN_THINKING', title: 'Inclusive hiring loop redesign', community: 'leadership-lab', office: 'Berlin', day: -4, at: '10:00', minutes: 90, capacity: 10, booked: 8, personas: ['priya.raman@acme.example'],
      skills: ['Hiring', 'Facilitation'],
      agenda: 'Candidates from underrepresented groups drop out of our loop more often after the take-home. Why, and what would a fairer loop look like?',
      outputs: [
        '- The take-home takes 6–10 hours, not the 3 we say\n- Candidates with caring duties drop out at that step\n- Interviewers score "culture fit" differently',
        '**Point of view:** a candidate with little free time needs an assessment that fits in a working day, because the take-home asks for a weekend.\n\n**How might we** assess the same skills in two hours, inside the loop?',
        '- Paid take-home\n- Live pairing on a small real task\n- Choose-your-format\n- Structured scorecards, no culture fit\n\nVoted: live pairing, structured scorecards',
        'A draft scorecard with four skills and behavioural anchors, and a 90-minute pairing exercise outline.',
        '',
      ],
      artifacts: [{ kind: 'DESIGN_OUTPUTS', title: 'Inclusive hiring loop: draft outputs', body: '', publish: false }],
    },
    {
      kind: 'WORKSHOP', title: 'CSS grid layouts that survive real content', community: 'frontend-craft', office: 'Lisbon', day: -2, at: '15:00', minutes: 60, capacity: 12, booked: 7, unmarked: true,
      skills: ['CSS', 'Web accessibility'],
      agenda: 'Long names, missing images and 400% zoom: building grids that hold up.',
      artifacts: [{ kind: 'LINK', title: 'MDN guide to CSS grid layout', url: 'https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout', publish: true, body: 'The reference we kept open during the exercises.' }],
    },
  ],
};

export const GLOBEX_SESSIONS: SessionCatalog = {
  meetDomain: 'meet.globex.example',
  communities: [{ slug: 'lab-methods-circle', name: 'Lab Methods Circle', purpose: 'Scientists and technicians sharing methods, troubleshooting tips and good experimental practice.' }],
  sessions: [
    {
      kind: 'WORKSHOP', title: 'HPLC troubleshooting clinic', community: 'lab-methods-circle', office: 'Dublin', day: 7, at: '14:00', minutes: 60, capacity: 6, booked: 3, room: 'Liffey lab',
      skills: ['Chromatography'],
      agenda: 'Drifting baselines, ghost peaks and pressure spikes: bring a chromatogram that puzzles you.',
    },
    {
      kind: 'WORKSHOP', title: 'Design of experiments refresher', community: 'lab-methods-circle', office: 'Dublin', day: -15, at: '11:00', minutes: 60, capacity: 8, booked: 5,
      skills: ['Experimental design', 'Statistics'],
      agenda: 'Factorial designs and when a one-factor-at-a-time study misleads you.',
    },
  ],
};

/** What 1:1 agendas say, by skill (and for any skill). */
export const MENTORING_AGENDAS: Readonly<Record<string, readonly string[]>> = {
  Docker: ['How our images are built: layers, caching and .dockerignore', 'Multi-stage builds for the customer-portal API'],
  Kubernetes: ['Walk through a failing deployment together', 'Requests, limits and why my pod was evicted', 'Helm chart review'],
  Terraform: ['Review my first module', 'State, workspaces and how not to lose them'],
  TypeScript: ['Generics in our API client', 'Code review of my last pull request', 'Strict mode migration plan'],
  'Node.js': ['Streams and back-pressure', 'Profiling a slow endpoint'],
  React: ['State management in the settings page', 'Testing components without snapshots'],
  Python: ['Refactoring my analysis notebook into a package', 'pandas performance'],
  'People management': ['First one-on-ones with my new team', 'Handling an underperformer fairly', 'Delegation without micromanaging'],
  Coaching: ['Asking questions instead of giving answers', 'Reviewing a recorded coaching conversation'],
  'Giving feedback': ['Preparing feedback for a peer', 'Feedback to my manager'],
  Observability: ['Which alerts to keep', 'Tracing our checkout flow'],
  Salesforce: ['Pipeline report for my territory', 'Cleaning up duplicate accounts'],
  'Technical support': ['Reproducing a customer bug quickly', 'Writing a great escalation'],
  Mentoring: ['How to structure sessions with my own mentee', 'Setting goals with a mentee'],
};
export const GENERIC_AGENDAS = [(s: string) => `${s}: questions from this week`, (s: string) => `Review my ${s} work from the last sprint`, (s: string) => `Next steps on my ${s} goal`, () => 'Open questions and a plan for the next two weeks'];

/** Comments, by rating band (5 and 4, then 3, then 2). */
export interface CommentBank {
  high: readonly string[];
  mid: readonly string[];
  low: readonly string[];
}

export const LEARNER_COMMENTS: CommentBank = {
  high: [
    'Really clear explanations — the worked example made it click.',
    'Exactly what I needed before the release. Thanks for the patience!',
    'Great session; I left with three concrete things to try.',
    'Loved pairing on real code rather than slides.',
    'Helpful as always. Could we look at testing next time?',
    'You asked the right questions; I worked out the answer myself.',
  ],
  mid: ['Useful, but we ran out of time before the part I cared about most.', 'Good content; I would have liked more hands-on time.'],
  low: ['We talked past each other today — let us agree an agenda beforehand next time.'],
};

export const MENTOR_COMMENTS: CommentBank = {
  high: [
    'Came well prepared with questions — made it easy to go deep.',
    'Great progress since last time; the refactor you showed was solid.',
    'Keep practising the basics we covered; you are close.',
    'Good energy. Next step: try it on your team\'s service on your own.',
    'Nice work on the exercise. Let us pick something harder next time.',
  ],
  mid: ['We lost time on setup; a short agenda up front would help.'],
  low: ['Hard to help without the material we agreed on — let us reset expectations.'],
};

export const ATTENDEE_COMMENTS: Readonly<Record<GroupSessionSpec['kind'], CommentBank>> = {
  WORKSHOP: {
    high: ['Well paced, and the exercises were realistic.', 'Best internal workshop I have been to this quarter.', 'Great examples; I will use the cheat sheet daily.', 'A bit fast in the second half, but very useful.', 'Clear, practical and fun.'],
    mid: ['Good topic, too much lecture for me.', 'Audio from the room was hard to follow for remote folks.'],
    low: ['Too basic for me — the description could say who it is for.'],
  },
  DESIGN_THINKING: {
    high: ['Loved the energy in the ideation round.', 'The timeboxes kept us honest; we actually got to a prototype.', 'Testing with a real colleague was eye-opening.', 'Great facilitation — everyone got a voice.'],
    mid: ['The define phase felt rushed.', 'Fun, but I am not sure what happens with the outputs now.'],
    low: ['Too many people for one group; I barely spoke.'],
  },
  SPRINT_CHECKIN: {
    high: ['Nice to see everyone\'s progress — keeps me accountable.', 'Short and useful, as a check-in should be.', 'Got unblocked on my exercise in five minutes.'],
    mid: ['Could be fifteen minutes shorter.'],
    low: ['I fell behind and felt lost; a recap at the start would help.'],
  },
};

export const HOST_COMMENTS = [
  'Engaged group with great questions.',
  'Good turnout; next time I will send some pre-reading.',
  'Ran over in the middle; I will tighten the timeboxes.',
  'Happy with how it went — several people asked for a follow-up.',
];

export const PRIVATE_NOTES = [
  'Follow up on the example from today before next time.',
  'Ask about the part I skipped — I nodded along but did not get it.',
  'Good session. Write down the three commands and try them on Monday.',
  'Remember to share the repo link with the team.',
  'Next time: come with a concrete problem, not a general question.',
];
