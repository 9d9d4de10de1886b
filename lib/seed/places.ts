// Offices and departments of the demo and benchmark orgs. Regions are the geographic-equity groupings.

export interface Place {
  name: string;
  region: string;
  country: string;
  timeZone: string;
}

export const ACME_PLACES: readonly Place[] = [
  { name: 'New York', region: 'Americas', country: 'US', timeZone: 'America/New_York' },
  { name: 'San Francisco', region: 'Americas', country: 'US', timeZone: 'America/Los_Angeles' },
  { name: 'Toronto', region: 'Americas', country: 'CA', timeZone: 'America/Toronto' },
  { name: 'São Paulo', region: 'Americas', country: 'BR', timeZone: 'America/Sao_Paulo' },
  { name: 'London', region: 'EMEA', country: 'GB', timeZone: 'Europe/London' },
  { name: 'Berlin', region: 'EMEA', country: 'DE', timeZone: 'Europe/Berlin' },
  { name: 'Lisbon', region: 'EMEA', country: 'PT', timeZone: 'Europe/Lisbon' },
  { name: 'Nairobi', region: 'EMEA', country: 'KE', timeZone: 'Africa/Nairobi' },
  { name: 'Singapore', region: 'APAC', country: 'SG', timeZone: 'Asia/Singapore' },
  { name: 'Sydney', region: 'APAC', country: 'AU', timeZone: 'Australia/Sydney' },
  { name: 'Tokyo', region: 'APAC', country: 'JP', timeZone: 'Asia/Tokyo' },
  { name: 'Bengaluru', region: 'India', country: 'IN', timeZone: 'Asia/Kolkata' },
  { name: 'Pune', region: 'India', country: 'IN', timeZone: 'Asia/Kolkata' },
  { name: 'Hyderabad', region: 'India', country: 'IN', timeZone: 'Asia/Kolkata' },
];

export const GLOBEX_PLACES: readonly Place[] = [
  { name: 'Chicago', region: 'Americas', country: 'US', timeZone: 'America/Chicago' },
  { name: 'Dublin', region: 'EMEA', country: 'IE', timeZone: 'Europe/Dublin' },
];

export interface DepartmentProfile {
  name: string;
  /** Relative headcount weight. */
  weight: number;
  head: string;
  manager: string;
  titles: readonly string[];
}

export const ACME_DEPARTMENTS: readonly DepartmentProfile[] = [
  { name: 'Engineering', weight: 30, head: 'VP Engineering', manager: 'Engineering Manager', titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Site Reliability Engineer', 'QA Engineer', 'Frontend Engineer'] },
  { name: 'Data & Analytics', weight: 10, head: 'Head of Data', manager: 'Analytics Manager', titles: ['Data Analyst', 'Data Engineer', 'Data Scientist', 'Analytics Engineer'] },
  { name: 'Product', weight: 8, head: 'VP Product', manager: 'Group Product Manager', titles: ['Product Manager', 'Senior Product Manager', 'Product Operations Lead'] },
  { name: 'Design', weight: 7, head: 'Head of Design', manager: 'Design Manager', titles: ['Product Designer', 'UX Researcher', 'Content Designer'] },
  { name: 'Sales', weight: 16, head: 'VP Sales', manager: 'Sales Manager', titles: ['Account Executive', 'Sales Development Rep', 'Solutions Engineer', 'Account Manager'] },
  { name: 'Marketing', weight: 8, head: 'CMO', manager: 'Marketing Manager', titles: ['Product Marketing Manager', 'Growth Marketer', 'Content Strategist'] },
  { name: 'Customer Success', weight: 12, head: 'VP Customer Success', manager: 'Customer Success Manager', titles: ['Customer Success Specialist', 'Support Engineer', 'Onboarding Specialist'] },
  { name: 'People & Operations', weight: 9, head: 'Chief People Officer', manager: 'People Partner Lead', titles: ['HR Business Partner', 'Recruiter', 'Learning & Development Specialist', 'Finance Analyst', 'IT Specialist'] },
];

export const GLOBEX_DEPARTMENTS: readonly DepartmentProfile[] = [
  { name: 'Research', weight: 5, head: 'Director of Research', manager: 'Research Lead', titles: ['Research Scientist', 'Lab Technician'] },
  { name: 'Operations', weight: 3, head: 'Director of Operations', manager: 'Operations Lead', titles: ['Operations Analyst', 'Logistics Coordinator'] },
  { name: 'People', weight: 2, head: 'Head of People', manager: 'People Lead', titles: ['People Partner', 'Recruiter'] },
];

export const FIRST_NAMES = [
  'Aisha', 'Alejandro', 'Amara', 'Anders', 'Ananya', 'Arjun', 'Beatriz', 'Bilal', 'Camille', 'Chen', 'Chloe', 'Daniela',
  'David', 'Divya', 'Elena', 'Emeka', 'Ethan', 'Fatima', 'Felipe', 'Freya', 'Gabriel', 'Hana', 'Hiroshi', 'Ines',
  'Isaac', 'Jamal', 'Jia', 'Jonas', 'Julia', 'Kai', 'Kavya', 'Kenji', 'Laila', 'Lucas', 'Mariana', 'Mateo',
  'Mei', 'Mohammed', 'Nadia', 'Nikhil', 'Noah', 'Olivia', 'Omar', 'Pablo', 'Rahul', 'Rosa', 'Sakura', 'Samuel',
  'Sanjay', 'Sara', 'Sebastian', 'Shreya', 'Sipho', 'Tariq', 'Thabo', 'Valentina', 'Wei', 'Yara', 'Yusuf', 'Zara',
];

export const LAST_NAMES = [
  'Adeyemi', 'Agarwal', 'Andersson', 'Bauer', 'Costa', 'Da Silva', 'Dubois', 'Eze', 'Fernandes', 'Garcia', 'Gupta',
  'Hansen', 'Hoffmann', 'Ito', 'Iyer', 'Johnson', 'Kamau', 'Kapoor', 'Kim', 'Kowalski', 'Kumar', 'Li', 'Lopez',
  'Martin', 'Mensah', 'Mokoena', 'Muller', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Okonkwo', 'Oliveira', 'Patel',
  'Pereira', 'Reddy', 'Rossi', 'Santos', 'Sato', 'Schmidt', 'Shah', 'Singh', 'Suzuki', 'Tanaka', 'Torres',
  'Wang', 'Williams', 'Wong', 'Yamamoto', 'Zhang',
];
