import type { TaxonomyKind } from './check-taxonomy';

// A general-purpose skill taxonomy (engineering, data, design, product, sales, leadership and people
// skills) that a new organization can start from instead of an empty one; everything in it can be edited,
// merged or retired afterwards. The demo org Acme is seeded with it too.

export interface StarterSkill {
  name: string;
  description: string;
  /** The parent's name; null only for the top-level categories. Parents come before their children. */
  parent: string | null;
  kind: TaxonomyKind;
  synonyms: readonly string[];
}

export interface StarterTaxonomy {
  skills: readonly StarterSkill[];
  /** "Related to" pairs of skills, by name, each listed once. */
  related: readonly (readonly [string, string])[];
}

const category = (name: string, description: string): StarterSkill => ({ name, description, parent: null, kind: 'CATEGORY', synonyms: [] });
const skill = (parent: string, name: string, description: string, synonyms: readonly string[] = []): StarterSkill => ({ name, description, parent, kind: 'SKILL', synonyms });

export const STARTER_TAXONOMY: StarterTaxonomy = {
  skills: [
    category('Engineering', 'Building, running and securing the software our customers use.'),
    skill('Engineering', 'Frontend', 'Building the user interfaces that run in the browser.', ['Front-end development', 'Frontend development']),
    skill('Frontend', 'React', 'Component-based UIs with React, hooks and server components.', ['ReactJS', 'React.js']),
    skill('Frontend', 'Vue.js', 'Reactive UIs with Vue, its single-file components and Pinia.', ['Vue', 'VueJS']),
    skill('Frontend', 'TypeScript', 'Typed JavaScript: modelling data with types, generics and strict checks.', ['TS']),
    skill('Frontend', 'JavaScript', 'The language of the web: the event loop, modules, async code.', ['JS', 'ECMAScript']),
    skill('Frontend', 'CSS', 'Layout, responsive design and maintainable styles (Flexbox, Grid, Tailwind).', ['CSS3', 'Stylesheets']),
    skill('Frontend', 'Web accessibility', 'Interfaces everyone can use: semantics, keyboard access, screen readers, WCAG.', ['a11y', 'WCAG']),
    skill('Engineering', 'Backend', 'Services, data stores and the APIs behind our products.', ['Back-end development', 'Server-side development']),
    skill('Backend', 'Node.js', 'Server-side JavaScript and TypeScript services on Node.', ['Node', 'NodeJS']),
    skill('Backend', 'Java', 'JVM services with Java and Spring.'),
    skill('Backend', 'Go', 'Small, fast services and tools written in Go.', ['Golang']),
    skill('Backend', 'Python', 'Python for services, scripting and data work.'),
    skill('Backend', 'PostgreSQL', 'Schema design, indexing, query plans and operations of Postgres.', ['Postgres', 'psql']),
    skill('Backend', 'API design', 'Designing clear, versioned HTTP APIs that are pleasant to integrate with.', ['REST APIs', 'API development']),
    skill('Backend', 'Distributed systems', 'Consistency, queues, retries and failure modes across many services.', ['System design']),
    skill('Engineering', 'Cloud & infrastructure', 'Running our platform reliably in the cloud.', ['Cloud', 'Infrastructure', 'DevOps']),
    skill('Cloud & infrastructure', 'Kubernetes', 'Deploying and operating containerized workloads on Kubernetes clusters.', ['K8s', 'Kube']),
    skill('Cloud & infrastructure', 'Docker', 'Building and running container images.', ['Containers', 'Containerization']),
    skill('Cloud & infrastructure', 'Terraform', 'Describing cloud infrastructure as reviewed, versioned code.', ['Infrastructure as code', 'IaC']),
    skill('Cloud & infrastructure', 'AWS', 'Designing and operating systems on Amazon Web Services.', ['Amazon Web Services']),
    skill('Cloud & infrastructure', 'CI/CD', 'Pipelines that test, build and ship every change safely.', ['Continuous integration', 'Continuous delivery']),
    skill('Cloud & infrastructure', 'Observability', 'Metrics, logs, traces and alerts that tell us what production is doing.', ['Monitoring', 'Logging and tracing']),
    skill('Engineering', 'Security engineering', 'Threat modelling, secure code review and fixing vulnerabilities.', ['AppSec', 'Application security']),
    skill('Engineering', 'Software testing', 'Test strategy, automated tests at every level, and exploratory testing.', ['QA', 'Test automation']),

    category('Data', 'Turning data into decisions and data-driven products.'),
    skill('Data', 'SQL', 'Querying and shaping data with SQL: joins, window functions, CTEs.'),
    skill('Data', 'Data engineering', 'Reliable pipelines that move and model data for analysis.', ['ETL', 'Data pipelines']),
    skill('Data engineering', 'Apache Spark', 'Large-scale batch and streaming processing with Spark.', ['Spark', 'PySpark']),
    skill('Data engineering', 'dbt', 'Tested, documented SQL transformations in the warehouse.', ['data build tool']),
    skill('Data', 'Data analysis', 'Framing questions and answering them with data.', ['Analytics', 'Data analytics']),
    skill('Data analysis', 'Statistics', 'Distributions, inference, regression and honest uncertainty.', ['Stats']),
    skill('Data analysis', 'Data visualization', 'Charts and dashboards that make the point at a glance.', ['Dataviz', 'Dashboards']),
    skill('Data analysis', 'A/B testing', 'Designing, running and reading controlled experiments.', ['Experimentation', 'Split testing']),
    skill('Data', 'Machine learning', 'Training, evaluating and shipping predictive models.', ['ML']),
    skill('Machine learning', 'Natural language processing', 'Models that read, classify and generate text.', ['NLP']),
    skill('Machine learning', 'Large language models', 'Building features on LLMs: prompting, retrieval, evaluation and guardrails.', ['LLMs', 'Generative AI', 'GenAI']),

    category('Design', 'Shaping how our products look, read and work for people.'),
    skill('Design', 'Product design', 'End-to-end design of product features, from problem to shipped UI.', ['UX design']),
    skill('Product design', 'Visual design', 'Typography, color, layout and polish.', ['UI design']),
    skill('Product design', 'Prototyping', 'Interactive prototypes to test ideas before building them.'),
    skill('Product design', 'Figma', 'Designing, prototyping and handing off in Figma.'),
    skill('Product design', 'Design systems', 'Shared components, tokens and guidelines that keep products consistent.', ['Component libraries']),
    skill('Design', 'User research', 'Interviews, field studies and synthesis that uncover what users need.', ['UX research', 'Design research']),
    skill('User research', 'Usability testing', 'Watching people use a design and finding where it breaks.', ['User testing']),
    skill('Design', 'Content design', 'Words in the product: clear labels, messages and flows.', ['UX writing']),

    category('Product', 'Deciding what to build, for whom, and why.'),
    skill('Product', 'Product discovery', 'Finding problems worth solving and testing solutions cheaply.', ['Problem discovery']),
    skill('Product', 'Product strategy', 'A product vision and the bets that get us there.', ['Product vision']),
    skill('Product', 'Roadmapping', 'Sequencing work into a roadmap people can trust.', ['Roadmaps']),
    skill('Product', 'Product analytics', 'Metrics, funnels and cohorts that show how a product is used.', ['Product metrics']),
    skill('Product', 'Go-to-market strategy', 'Launching to the right segment with the right message and pricing.', ['GTM', 'Go-to-market']),
    skill('Product', 'Agile delivery', 'Iterative planning and delivery with Scrum or Kanban.', ['Scrum', 'Agile']),

    category('Sales', 'Winning, growing and keeping customers.'),
    skill('Sales', 'Prospecting', 'Finding and opening conversations with the right accounts.', ['Lead generation', 'Outbound']),
    skill('Sales', 'Discovery calls', 'Understanding a prospect’s situation, pain and buying process.', ['Sales discovery', 'Needs analysis']),
    skill('Sales', 'Negotiation', 'Reaching agreements that hold, on price, terms and scope.', ['Negotiating', 'Deal negotiation']),
    skill('Sales', 'Product demos', 'Demos tailored to what the customer needs to see.', ['Demoing', 'Sales demos']),
    skill('Sales', 'Account management', 'Growing long-term relationships with existing customers.', ['Key account management', 'Upselling']),
    skill('Sales', 'Salesforce', 'Keeping pipeline and accounts accurate in Salesforce.', ['CRM', 'SFDC']),
    skill('Sales', 'Customer success', 'Making sure customers reach the outcomes they bought us for.', ['Customer success management']),
    skill('Customer success', 'Customer onboarding', 'Getting new customers live and confident fast.', ['Implementation']),
    skill('Customer success', 'Customer retention', 'Spotting churn risk early and turning it around.', ['Churn reduction', 'Renewals']),
    skill('Customer success', 'Technical support', 'Troubleshooting customer problems to the root cause.', ['Troubleshooting', 'Customer support']),
    skill('Sales', 'Marketing', 'Creating demand and telling our story in the market.'),
    skill('Marketing', 'Product marketing', 'Positioning, messaging and launch plans.', ['PMM', 'Positioning']),
    skill('Marketing', 'SEO', 'Being found through search: content, structure and technical health.', ['Search engine optimization']),
    skill('Marketing', 'Growth marketing', 'Experiments across channels that grow sign-ups and revenue.', ['Growth', 'Performance marketing']),

    category('Leadership', 'Leading people, teams and change.'),
    skill('Leadership', 'People management', 'Leading a team: one-on-ones, growth plans and healthy delivery.', ['Managing people', 'Team leadership']),
    skill('People management', 'Coaching', 'Helping others find their own answers with questions and reflection.'),
    skill('People management', 'Giving feedback', 'Specific, kind and timely feedback, including the hard kind.', ['Feedback', 'Difficult conversations']),
    skill('People management', 'Hiring', 'Structured interviews and fair hiring decisions.', ['Interviewing']),
    skill('Leadership', 'Strategic planning', 'Setting direction and goals, and aligning teams on them.', ['Strategy', 'OKRs']),
    skill('Leadership', 'Stakeholder management', 'Keeping the people who matter informed, aligned and on board.', ['Managing up', 'Stakeholder communication']),
    skill('Leadership', 'Change management', 'Guiding people through reorganizations, new tools and new ways of working.', ['Organizational change']),
    skill('Leadership', 'People operations', 'The processes that support employees through their whole time here.', ['HR', 'People ops']),
    skill('People operations', 'Talent acquisition', 'Sourcing, recruiting and closing candidates.', ['Recruiting', 'Sourcing']),
    skill('People operations', 'Employee relations', 'Handling workplace concerns and policies fairly and confidentially.', ['Workplace investigations']),
    skill('People operations', 'Instructional design', 'Designing courses and learning programs that change behavior.', ['Learning design', 'Curriculum design']),

    category('People skills', 'Working well with others, whatever the role.'),
    skill('People skills', 'Communication', 'Getting ideas across clearly, in writing and in person.', ['Communication skills']),
    skill('Communication', 'Public speaking', 'Presenting with confidence to rooms of any size.', ['Presenting', 'Presentations']),
    skill('Communication', 'Business writing', 'Documents, emails and proposals that people read and act on.', ['Writing', 'Written communication']),
    skill('Communication', 'Facilitation', 'Running meetings and workshops that reach a decision.', ['Workshop facilitation', 'Running meetings']),
    skill('Communication', 'Storytelling', 'Framing information as a story people remember.', ['Narrative']),
    skill('People skills', 'Active listening', 'Listening to understand, and showing that you did.', ['Listening']),
    skill('People skills', 'Conflict resolution', 'Turning disagreements into workable agreements.', ['Mediation']),
    skill('People skills', 'Cross-cultural collaboration', 'Working well across countries, cultures and time zones.', ['Working across cultures', 'Remote collaboration']),
    skill('People skills', 'Mentoring', 'Sharing experience to help someone grow in their career.', ['Mentorship']),
    skill('People skills', 'Time management', 'Choosing what matters and protecting time for it.', ['Prioritization']),
  ],
  related: [
    ['Kubernetes', 'Docker'],
    ['Kubernetes', 'Terraform'],
    ['Kubernetes', 'Observability'],
    ['Terraform', 'AWS'],
    ['Docker', 'CI/CD'],
    ['React', 'TypeScript'],
    ['JavaScript', 'TypeScript'],
    ['Node.js', 'TypeScript'],
    ['Design systems', 'React'],
    ['Design systems', 'CSS'],
    ['Web accessibility', 'Usability testing'],
    ['PostgreSQL', 'SQL'],
    ['dbt', 'SQL'],
    ['Python', 'Machine learning'],
    ['Statistics', 'Machine learning'],
    ['Statistics', 'A/B testing'],
    ['Product analytics', 'A/B testing'],
    ['Product discovery', 'User research'],
    ['Figma', 'Prototyping'],
    ['Negotiation', 'Stakeholder management'],
    ['Discovery calls', 'Active listening'],
    ['Product demos', 'Public speaking'],
    ['Storytelling', 'Data visualization'],
    ['Coaching', 'Mentoring'],
    ['Facilitation', 'Conflict resolution'],
    ['Giving feedback', 'Conflict resolution'],
    ['Account management', 'Customer retention'],
    ['Change management', 'Communication'],
    ['Go-to-market strategy', 'Product marketing'],
    ['Large language models', 'Natural language processing'],
  ],
};
