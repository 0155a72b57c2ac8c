/** Vocabulary for the sample agency. Names span several scripts and diacritics on purpose. */
export const firstNames = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Sofia', 'Mateo', 'Mia', 'Elias', 'Léa', 'Hugo', 'Zoë', 'Søren',
  'Ingrid', 'Björn', 'Aoife', 'Siobhán', 'José', 'María', 'João', 'Inês', 'Giulia', 'Marco', 'Chiara', 'Lukas',
  'Jürgen', 'Anneliese', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Min-jun', 'Seo-yeon',
  'Amara', 'Kwame', 'Chiamaka', 'Tendai', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Noa', 'Eitan', 'Olga', 'Dmitri',
  'Katarzyna', 'Piotr', 'Zsófia', 'Ádám', 'Nguyễn', 'Linh', 'Ngozi', 'Tomás', 'Camille', 'Théo', 'Freya', 'Oscar',
  'Isabella', 'Ethan', 'Charlotte', 'James', 'Amelia', 'Benjamin', 'Harper', 'Daniel', 'Grace', 'Samuel',
] as const;

export const lastNames = [
  'Smith', 'Johnson', 'García', 'Martínez', 'Müller', 'Schmidt', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi', 'Nielsen',
  'Hansen', 'Johansson', 'Lindqvist', "O'Brien", 'Murphy', 'Kowalski', 'Nowak', 'Novák', 'Horváth', 'Silva',
  'Santos', 'Pereira', 'Patel', 'Sharma', 'Iyer', 'Chen', 'Wang', 'Li', 'Tanaka', 'Suzuki', 'Kim', 'Park',
  'Okafor', 'Mensah', 'Adeyemi', 'Moyo', 'Haddad', 'Khalil', 'Cohen', 'Levi', 'Ivanova', 'Petrov', 'Van der Berg',
  'De Vries', 'Jansen', 'Fischer', 'Weber', 'Brown', 'Taylor', 'Wilson', 'Anderson', 'Thompson', 'Clarke', 'Walsh',
  'Byrne', 'Ferreira', 'Costa', 'Nguyen', 'Tran', 'Øvergaard', 'Ström', 'Çelik', 'Yılmaz',
] as const;

export interface Place {
  city: string;
  region: string;
  country: string;
  timezone: string;
  dial: string;
  currency: string;
}

export const places: Place[] = [
  { city: 'London', region: 'England', country: 'GB', timezone: 'Europe/London', dial: '+44 20', currency: 'GBP' },
  { city: 'Manchester', region: 'England', country: 'GB', timezone: 'Europe/London', dial: '+44 161', currency: 'GBP' },
  { city: 'Dublin', region: 'Leinster', country: 'IE', timezone: 'Europe/Dublin', dial: '+353 1', currency: 'EUR' },
  { city: 'Berlin', region: 'Berlin', country: 'DE', timezone: 'Europe/Berlin', dial: '+49 30', currency: 'EUR' },
  { city: 'München', region: 'Bayern', country: 'DE', timezone: 'Europe/Berlin', dial: '+49 89', currency: 'EUR' },
  { city: 'Zürich', region: 'Zürich', country: 'CH', timezone: 'Europe/Zurich', dial: '+41 44', currency: 'CHF' },
  { city: 'Paris', region: 'Île-de-France', country: 'FR', timezone: 'Europe/Paris', dial: '+33 1', currency: 'EUR' },
  { city: 'Amsterdam', region: 'Noord-Holland', country: 'NL', timezone: 'Europe/Amsterdam', dial: '+31 20', currency: 'EUR' },
  { city: 'Oslo', region: 'Oslo', country: 'NO', timezone: 'Europe/Oslo', dial: '+47 22', currency: 'NOK' },
  { city: 'Stockholm', region: 'Stockholm', country: 'SE', timezone: 'Europe/Stockholm', dial: '+46 8', currency: 'SEK' },
  { city: 'København', region: 'Hovedstaden', country: 'DK', timezone: 'Europe/Copenhagen', dial: '+45 3', currency: 'DKK' },
  { city: 'Lisboa', region: 'Lisboa', country: 'PT', timezone: 'Europe/Lisbon', dial: '+351 21', currency: 'EUR' },
  { city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES', timezone: 'Europe/Madrid', dial: '+34 91', currency: 'EUR' },
  { city: 'Kraków', region: 'Małopolskie', country: 'PL', timezone: 'Europe/Warsaw', dial: '+48 12', currency: 'PLN' },
  { city: 'New York', region: 'NY', country: 'US', timezone: 'America/New_York', dial: '+1 212', currency: 'USD' },
  { city: 'Austin', region: 'TX', country: 'US', timezone: 'America/Chicago', dial: '+1 512', currency: 'USD' },
  { city: 'San Francisco', region: 'CA', country: 'US', timezone: 'America/Los_Angeles', dial: '+1 415', currency: 'USD' },
  { city: 'Toronto', region: 'ON', country: 'CA', timezone: 'America/Toronto', dial: '+1 416', currency: 'CAD' },
  { city: 'Singapore', region: 'Singapore', country: 'SG', timezone: 'Asia/Singapore', dial: '+65 6', currency: 'SGD' },
  { city: 'Bengaluru', region: 'Karnataka', country: 'IN', timezone: 'Asia/Kolkata', dial: '+91 80', currency: 'INR' },
  { city: 'Sydney', region: 'NSW', country: 'AU', timezone: 'Australia/Sydney', dial: '+61 2', currency: 'AUD' },
];

export interface RoleFamily {
  family: string;
  titles: string[];
  skills: string[];
  industries: string[];
}

export const roleFamilies: RoleFamily[] = [
  {
    family: 'engineering',
    titles: ['Software Engineer', 'Backend Engineer', 'Frontend Engineer', 'Full-Stack Developer', 'Site Reliability Engineer'],
    skills: ['TypeScript', 'JavaScript', 'React', 'Node.js', 'Python', 'Go', 'Java', 'Kotlin', 'PostgreSQL', 'Kubernetes', 'AWS', 'Docker', 'GraphQL', 'Rust', 'Terraform'],
    industries: ['Software', 'Fintech', 'E-commerce', 'Healthtech'],
  },
  {
    family: 'data',
    titles: ['Data Engineer', 'Data Scientist', 'Machine Learning Engineer', 'Analytics Engineer', 'BI Analyst'],
    skills: ['Python', 'SQL', 'dbt', 'Spark', 'Airflow', 'PyTorch', 'TensorFlow', 'Snowflake', 'Tableau', 'Statistics', 'Kafka'],
    industries: ['Software', 'Fintech', 'Retail', 'Insurance'],
  },
  {
    family: 'product',
    titles: ['Product Manager', 'Product Owner', 'Product Designer', 'UX Researcher', 'Head of Product'],
    skills: ['Product Strategy', 'Roadmapping', 'Figma', 'User Research', 'A/B Testing', 'Agile', 'Stakeholder Management', 'SQL'],
    industries: ['Software', 'Media', 'E-commerce', 'Healthtech'],
  },
  {
    family: 'sales',
    titles: ['Account Executive', 'Sales Development Representative', 'Key Account Manager', 'Sales Director', 'Customer Success Manager'],
    skills: ['B2B Sales', 'Salesforce', 'Negotiation', 'Pipeline Management', 'Account Management', 'HubSpot', 'Cold Calling'],
    industries: ['Software', 'Manufacturing', 'Logistics', 'Telecom'],
  },
  {
    family: 'finance',
    titles: ['Financial Analyst', 'Controller', 'Accountant', 'FP&A Manager', 'Finance Director'],
    skills: ['Financial Modelling', 'Excel', 'IFRS', 'SAP', 'Budgeting', 'Forecasting', 'Audit', 'Power BI'],
    industries: ['Banking', 'Insurance', 'Manufacturing', 'Energy'],
  },
  {
    family: 'operations',
    titles: ['Operations Manager', 'Supply Chain Analyst', 'Logistics Coordinator', 'Procurement Manager', 'Plant Manager'],
    skills: ['Lean', 'Six Sigma', 'Supply Chain', 'ERP', 'Procurement', 'Inventory Management', 'Project Management'],
    industries: ['Logistics', 'Manufacturing', 'Retail', 'Energy'],
  },
];

export const companies = [
  'Northwind Analytics', 'Bluefjord Systems', 'Helvetia Data AG', 'Aurora Health', 'Quantum Ledger', 'Kestrel Logistics',
  'Brightwave Media', 'Lumen Energy', 'Atlas Retail Group', 'Vireo Insurance', 'Cobalt Robotics', 'Ember Payments',
  'Tidal Telecom', 'Meridian Bank', 'Sable Manufacturing', 'Orchid Pharma', 'Polaris Mobility', 'Granite Capital',
  'Juniper Foods', 'Nimbus Cloud', 'Saffron Travel', 'Harbor Freight Lines', 'Cedar Learning', 'Falcon Aerospace',
  'Müller & Söhne GmbH', 'Société Générale des Données', 'Østergaard Consulting', 'Café Olé Holdings',
];

export const sources = ['LinkedIn', 'Referral', 'Job board', 'Career fair', 'Company website', 'Agency database', 'Event', 'GitHub'] as const;

export const rejectionReasons = [
  'Salary expectations above budget', 'Not enough relevant experience', 'Culture fit concerns from hiring manager',
  'Position filled by another candidate', 'Failed technical assessment', 'Location / relocation not possible',
];
export const withdrawalReasons = ['Accepted another offer', 'Counter-offer from current employer', 'Personal reasons', 'Role no longer of interest'];
export const declineReasons = ['Compensation', 'Accepted a competing offer', 'Counter-offer'];
export const universities = ['University of Oxford', 'ETH Zürich', 'TU München', 'Trinity College Dublin', 'Universidade de Lisboa', 'IIT Bombay', 'University of Toronto', 'KTH Royal Institute of Technology', 'Sorbonne Université', 'MIT'];
export const degrees = ['BSc', 'MSc', 'BA', 'MBA', 'PhD', 'BEng'];
export const languagesList = ['English', 'German', 'French', 'Spanish', 'Portuguese', 'Italian', 'Dutch', 'Norwegian', 'Swedish', 'Polish', 'Hindi', 'Mandarin', 'Japanese'];
export const recruiterNames = ['Alex Morgan', 'Jordan Reyes', 'Sam Okoye', 'Taylor Lindgren', 'Casey Novak', 'Robin Haddad'];
