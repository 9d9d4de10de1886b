// The skill taxonomies of the demo orgs (the scale org reuses Acme's), and which skills people in each
// department and job title tend to have. Exported so tests can pick real names, e.g. a synonym to search by.

export interface TaxonomySkill {
  name: string;
  description: string;
  /** The parent's name; null only for the top-level categories. */
  parent: string | null;
  kind: 'CATEGORY' | 'SKILL';
  synonyms: readonly string[];
}

/** A skill an employee proposed that still waits for a steward; it is on the proposer's profile already. */
export interface ProposedSkill {
  name: string;
  description: string;
  parent: string;
  /** Proposed by the first generated (non-persona) employee with this title. */
  proposerTitle: string;
  level: number;
}

export interface Taxonomy {
  skills: readonly TaxonomySkill[];
  /** "Related to" pairs, by name, each listed once. */
  related: readonly (readonly [string, string])[];
  proposals: readonly ProposedSkill[];
  /** The skills a department works with, most common first (the order drives popularity). */
  departmentSkills: Readonly<Record<string, readonly string[]>>;
  /** Skills that come with a job title, the title's signature skill first. */
  titleSkills: Readonly<Record<string, readonly string[]>>;
  /** People skills anyone may have, most common first. */
  commonSkills: readonly string[];
  /** What people managers and senior leaders add. */
  leadershipSkills: readonly string[];
}

const category = (name: string, description: string): TaxonomySkill => ({ name, description, parent: null, kind: 'CATEGORY', synonyms: [] });
const skill = (parent: string, name: string, description: string, synonyms: readonly string[] = []): TaxonomySkill => ({ name, description, parent, kind: 'SKILL', synonyms });

export const ACME_TAXONOMY: Taxonomy = {
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
  proposals: [
    { name: 'WebAssembly', description: 'Running compiled Rust or C++ in the browser for heavy computations.', parent: 'Frontend', proposerTitle: 'Senior Software Engineer', level: 3 },
    { name: 'Sales enablement', description: 'Playbooks, training and content that help sellers win.', parent: 'Sales', proposerTitle: 'Account Executive', level: 3 },
  ],
  departmentSkills: {
    Engineering: ['TypeScript', 'JavaScript', 'React', 'Node.js', 'PostgreSQL', 'API design', 'Docker', 'Python', 'Go', 'Kubernetes', 'AWS', 'CI/CD', 'Java', 'CSS', 'Distributed systems', 'Observability', 'Software testing', 'Terraform', 'Security engineering', 'Vue.js', 'Web accessibility', 'Frontend', 'Backend', 'Cloud & infrastructure'],
    'Data & Analytics': ['SQL', 'Python', 'Data analysis', 'Statistics', 'Data visualization', 'dbt', 'Machine learning', 'Data engineering', 'A/B testing', 'Apache Spark', 'PostgreSQL', 'Natural language processing', 'Large language models'],
    Product: ['Product discovery', 'Roadmapping', 'Stakeholder management', 'Product analytics', 'Product strategy', 'Agile delivery', 'User research', 'A/B testing', 'SQL', 'Go-to-market strategy', 'Prototyping'],
    Design: ['Figma', 'Product design', 'Prototyping', 'User research', 'Visual design', 'Design systems', 'Usability testing', 'Content design', 'Web accessibility', 'CSS'],
    Sales: ['Discovery calls', 'Negotiation', 'Prospecting', 'Salesforce', 'Product demos', 'Account management', 'Customer retention', 'Go-to-market strategy'],
    Marketing: ['Product marketing', 'Growth marketing', 'SEO', 'Go-to-market strategy', 'Data analysis', 'Storytelling', 'Business writing', 'A/B testing'],
    'Customer Success': ['Customer onboarding', 'Customer retention', 'Account management', 'Technical support', 'Salesforce', 'Product demos', 'Customer success', 'SQL'],
    'People & Operations': ['Talent acquisition', 'Employee relations', 'Instructional design', 'Change management', 'Facilitation', 'Coaching', 'Data analysis', 'People operations'],
  },
  titleSkills: {
    'Chief Executive Officer': ['Strategic planning', 'Stakeholder management', 'Public speaking', 'Negotiation'],
    'VP Engineering': ['Distributed systems', 'People management', 'Strategic planning'],
    'Engineering Manager': ['People management', 'Agile delivery', 'Hiring'],
    'Software Engineer': ['TypeScript', 'React', 'Node.js', 'PostgreSQL'],
    'Senior Software Engineer': ['TypeScript', 'API design', 'React', 'PostgreSQL', 'Distributed systems'],
    'Staff Engineer': ['Distributed systems', 'API design', 'Kubernetes', 'Go'],
    'Site Reliability Engineer': ['Kubernetes', 'Terraform', 'Observability', 'AWS', 'Docker'],
    'QA Engineer': ['Software testing', 'CI/CD', 'TypeScript'],
    'Frontend Engineer': ['React', 'TypeScript', 'CSS', 'JavaScript', 'Web accessibility'],
    'Head of Data': ['Machine learning', 'Statistics', 'People management'],
    'Analytics Manager': ['Data analysis', 'People management', 'SQL'],
    'Data Analyst': ['SQL', 'Data visualization', 'Data analysis'],
    'Data Engineer': ['Data engineering', 'Apache Spark', 'dbt', 'Python'],
    'Data Scientist': ['Machine learning', 'Python', 'Statistics'],
    'Analytics Engineer': ['dbt', 'SQL', 'Data engineering'],
    'VP Product': ['Product strategy', 'Strategic planning', 'People management'],
    'Group Product Manager': ['Product strategy', 'Roadmapping', 'People management'],
    'Product Manager': ['Product discovery', 'Roadmapping'],
    'Senior Product Manager': ['Product discovery', 'Product strategy', 'Product analytics'],
    'Product Operations Lead': ['Agile delivery', 'Product analytics'],
    'Head of Design': ['Product design', 'Design systems', 'People management'],
    'Design Manager': ['Product design', 'People management'],
    'Product Designer': ['Figma', 'Product design', 'Prototyping'],
    'UX Researcher': ['User research', 'Usability testing'],
    'Content Designer': ['Content design', 'Business writing'],
    'VP Sales': ['Negotiation', 'Strategic planning', 'People management'],
    'Sales Manager': ['Negotiation', 'People management', 'Salesforce'],
    'Account Executive': ['Negotiation', 'Discovery calls', 'Product demos'],
    'Sales Development Rep': ['Prospecting', 'Discovery calls'],
    'Solutions Engineer': ['Product demos', 'API design', 'Technical support'],
    'Account Manager': ['Account management', 'Customer retention', 'Negotiation'],
    CMO: ['Product marketing', 'Strategic planning', 'People management'],
    'Marketing Manager': ['Growth marketing', 'People management'],
    'Product Marketing Manager': ['Product marketing', 'Go-to-market strategy'],
    'Growth Marketer': ['Growth marketing', 'A/B testing', 'SEO'],
    'Content Strategist': ['SEO', 'Business writing', 'Storytelling'],
    'VP Customer Success': ['Customer success', 'Strategic planning', 'People management'],
    'Customer Success Manager': ['Customer retention', 'Account management'],
    'Customer Success Specialist': ['Customer onboarding', 'Customer retention'],
    'Support Engineer': ['Technical support', 'SQL'],
    'Onboarding Specialist': ['Customer onboarding', 'Facilitation'],
    'Chief People Officer': ['People operations', 'Change management', 'Strategic planning'],
    'People Partner Lead': ['Employee relations', 'People management'],
    'HR Business Partner': ['Employee relations', 'Coaching'],
    Recruiter: ['Talent acquisition', 'Hiring'],
    'Learning & Development Specialist': ['Instructional design', 'Facilitation'],
    'Finance Analyst': ['Data analysis', 'SQL'],
    'IT Specialist': ['Technical support', 'Security engineering'],
  },
  commonSkills: ['Communication', 'Public speaking', 'Business writing', 'Active listening', 'Facilitation', 'Time management', 'Cross-cultural collaboration', 'Storytelling', 'Mentoring', 'Conflict resolution'],
  leadershipSkills: ['People management', 'Coaching', 'Giving feedback', 'Hiring', 'Stakeholder management', 'Strategic planning', 'Change management'],
};

export const GLOBEX_TAXONOMY: Taxonomy = {
  skills: [
    category('Research', 'Laboratory science and analytical methods.'),
    skill('Research', 'Spectroscopy', 'Identifying substances by how they absorb and emit light (IR, UV-Vis, Raman).', ['IR spectroscopy', 'Raman spectroscopy']),
    skill('Research', 'Mass spectrometry', 'Measuring molecular masses to identify and quantify compounds.', ['Mass spec']),
    skill('Research', 'Chromatography', 'Separating mixtures with HPLC and gas chromatography.', ['HPLC', 'Gas chromatography']),
    skill('Research', 'Experimental design', 'Planning experiments that give clear, reproducible answers.', ['Design of experiments', 'DoE']),
    skill('Research', 'Statistics', 'Analysing lab results with the right statistical tests.', ['Stats']),
    skill('Research', 'Lab safety', 'Safe handling of chemicals, equipment and waste.', ['Laboratory safety']),
    skill('Research', 'Scientific writing', 'Reports, papers and protocols others can follow.', ['Technical writing']),
    category('Operations', 'Keeping materials, products and suppliers moving.'),
    skill('Operations', 'Supply chain planning', 'Balancing demand, supply and inventory across sites.', ['S&OP']),
    skill('Operations', 'Logistics', 'Shipping and warehousing, on time and within budget.'),
    skill('Operations', 'Lean manufacturing', 'Removing waste and variation from processes.', ['Lean', 'Six Sigma']),
    skill('Operations', 'Inventory management', 'Right stock levels, counted and forecast.'),
    skill('Operations', 'Vendor management', 'Choosing suppliers and keeping contracts healthy.', ['Procurement']),
    category('People', 'Hiring, growing and supporting our people.'),
    skill('People', 'Recruiting', 'Finding and hiring scientists and operators.', ['Talent acquisition']),
    skill('People', 'Coaching', 'Helping colleagues grow through questions and reflection.'),
    skill('People', 'Public speaking', 'Presenting results and plans with confidence.', ['Presenting']),
    skill('People', 'Conflict resolution', 'Settling disagreements fairly.', ['Mediation']),
  ],
  related: [
    ['Spectroscopy', 'Mass spectrometry'],
    ['Chromatography', 'Mass spectrometry'],
    ['Experimental design', 'Statistics'],
    ['Supply chain planning', 'Inventory management'],
    ['Logistics', 'Vendor management'],
    ['Coaching', 'Conflict resolution'],
  ],
  proposals: [
    { name: 'Cryo-electron microscopy', description: 'Imaging frozen samples at near-atomic resolution.', parent: 'Research', proposerTitle: 'Research Scientist', level: 3 },
  ],
  departmentSkills: {
    Research: ['Spectroscopy', 'Experimental design', 'Statistics', 'Chromatography', 'Mass spectrometry', 'Lab safety', 'Scientific writing'],
    Operations: ['Supply chain planning', 'Logistics', 'Inventory management', 'Vendor management', 'Lean manufacturing', 'Statistics'],
    People: ['Recruiting', 'Coaching', 'Conflict resolution', 'Public speaking', 'Scientific writing'],
  },
  titleSkills: {
    'Director of Research': ['Experimental design', 'Scientific writing', 'Coaching'],
    'Research Lead': ['Experimental design', 'Coaching'],
    'Research Scientist': ['Spectroscopy', 'Experimental design', 'Statistics'],
    'Lab Technician': ['Lab safety', 'Chromatography'],
    'Director of Operations': ['Supply chain planning', 'Vendor management'],
    'Operations Lead': ['Lean manufacturing', 'Logistics'],
    'Operations Analyst': ['Supply chain planning', 'Inventory management'],
    'Logistics Coordinator': ['Logistics', 'Vendor management'],
    'Head of People': ['Coaching', 'Recruiting'],
    'People Lead': ['Conflict resolution', 'Coaching'],
    'People Partner': ['Conflict resolution', 'Coaching'],
    Recruiter: ['Recruiting'],
  },
  commonSkills: ['Public speaking', 'Scientific writing', 'Coaching', 'Conflict resolution'],
  leadershipSkills: ['Coaching', 'Conflict resolution', 'Public speaking'],
};
