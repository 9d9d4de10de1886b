import { STARTER_TAXONOMY, type StarterSkill, type StarterTaxonomy } from '../skills/starter-taxonomy';

// The skill taxonomies of the demo orgs (Acme's is the starter taxonomy new orgs can begin with; the scale
// org reuses it), and which skills people in each department and job title tend to have. Exported so tests
// can pick real names, e.g. a synonym to search by.

export type TaxonomySkill = StarterSkill;

/** A skill an employee proposed that still waits for a steward; it is on the proposer's profile already. */
export interface ProposedSkill {
  name: string;
  description: string;
  parent: string;
  /** Proposed by the first generated (non-persona) employee with this title. */
  proposerTitle: string;
  level: number;
}

export interface Taxonomy extends StarterTaxonomy {
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
  ...STARTER_TAXONOMY,
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
