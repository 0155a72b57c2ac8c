/**
 * The bundled skills taxonomy: canonical names with the synonyms resumes use for them (JS → JavaScript,
 * k8s → Kubernetes). Written for this project; extend freely (a test checks no alias points at two skills).
 *
 * `ambiguous`: the name is also an ordinary word ("Go", "R", "Spring", "Excel" in "excel at"), so it only counts
 * in a skills section, and only as written (case-sensitive). Short all-caps names and aliases (REST, PR, QA, TS)
 * are always matched case-sensitively, so "the rest of" is not REST.
 */
export interface SkillEntry {
  name: string;
  category: SkillCategory;
  aliases?: readonly string[];
  ambiguous?: boolean;
}

export type SkillCategory =
  | 'language'
  | 'frontend'
  | 'backend'
  | 'data'
  | 'ml'
  | 'cloud'
  | 'devops'
  | 'database'
  | 'mobile'
  | 'testing'
  | 'security'
  | 'design'
  | 'product'
  | 'sales'
  | 'marketing'
  | 'finance'
  | 'operations'
  | 'people'
  | 'tools';

export const skillsTaxonomy: readonly SkillEntry[] = [
  // Programming languages
  { name: 'JavaScript', category: 'language', aliases: ['JS', 'ECMAScript', 'ES6', 'ES2015', 'Java Script', 'Javascript (ES6+)'] },
  { name: 'TypeScript', category: 'language', aliases: ['TS', 'Type Script'] },
  { name: 'Python', category: 'language', aliases: ['Python 3', 'Python3'] },
  { name: 'Java', category: 'language', aliases: ['Java 8', 'Java 11', 'Java 17', 'J2EE', 'Java EE'] },
  { name: 'Kotlin', category: 'language' },
  { name: 'Scala', category: 'language' },
  { name: 'Go', category: 'language', aliases: ['Golang', 'Go lang'], ambiguous: true },
  { name: 'Rust', category: 'language', aliases: ['Rustlang'] },
  { name: 'C', category: 'language', ambiguous: true },
  { name: 'C++', category: 'language', aliases: ['CPP', 'C plus plus'] },
  { name: 'C#', category: 'language', aliases: ['CSharp', 'C Sharp'] },
  { name: '.NET', category: 'backend', aliases: ['dotnet', 'dot net', '.NET Core', 'ASP.NET', 'ASP.NET Core'] },
  { name: 'Ruby', category: 'language' },
  { name: 'PHP', category: 'language' },
  { name: 'Swift', category: 'language', ambiguous: true },
  { name: 'Objective-C', category: 'language', aliases: ['ObjC', 'Objective C'] },
  { name: 'R', category: 'language', ambiguous: true },
  { name: 'MATLAB', category: 'language' },
  { name: 'Perl', category: 'language' },
  { name: 'Elixir', category: 'language' },
  { name: 'Erlang', category: 'language' },
  { name: 'Haskell', category: 'language' },
  { name: 'Clojure', category: 'language' },
  { name: 'Dart', category: 'language', ambiguous: true },
  { name: 'Lua', category: 'language' },
  { name: 'Bash', category: 'language', aliases: ['Shell scripting', 'Shell'], ambiguous: true },
  { name: 'PowerShell', category: 'language' },
  { name: 'SQL', category: 'database', aliases: ['T-SQL', 'PL/SQL', 'ANSI SQL'] },
  { name: 'HTML', category: 'frontend', aliases: ['HTML5'] },
  { name: 'CSS', category: 'frontend', aliases: ['CSS3', 'SCSS', 'Sass'] },
  { name: 'Solidity', category: 'language' },
  { name: 'COBOL', category: 'language' },
  { name: 'Fortran', category: 'language' },

  // Front end
  { name: 'React', category: 'frontend', aliases: ['React.js', 'ReactJS', 'React JS'] },
  { name: 'React Native', category: 'mobile' },
  { name: 'Next.js', category: 'frontend', aliases: ['NextJS', 'Next JS'] },
  { name: 'Vue.js', category: 'frontend', aliases: ['Vue', 'VueJS', 'Vue 3', 'Nuxt', 'Nuxt.js'] },
  { name: 'Angular', category: 'frontend', aliases: ['AngularJS', 'Angular 2+'] },
  { name: 'Svelte', category: 'frontend', aliases: ['SvelteKit'] },
  { name: 'Redux', category: 'frontend', aliases: ['Redux Toolkit'] },
  { name: 'Tailwind CSS', category: 'frontend', aliases: ['Tailwind', 'TailwindCSS'] },
  { name: 'Webpack', category: 'frontend' },
  { name: 'Vite', category: 'frontend' },
  { name: 'jQuery', category: 'frontend' },
  { name: 'Storybook', category: 'frontend' },
  { name: 'Accessibility', category: 'frontend', aliases: ['a11y', 'WCAG'] },

  // Back end
  { name: 'Node.js', category: 'backend', aliases: ['Node', 'NodeJS', 'Node JS'] },
  { name: 'Express', category: 'backend', aliases: ['Express.js', 'ExpressJS'], ambiguous: true },
  { name: 'NestJS', category: 'backend', aliases: ['Nest.js'] },
  { name: 'Django', category: 'backend' },
  { name: 'Flask', category: 'backend' },
  { name: 'FastAPI', category: 'backend' },
  { name: 'Spring', category: 'backend', aliases: ['Spring Boot', 'SpringBoot', 'Spring Framework'], ambiguous: true },
  { name: 'Ruby on Rails', category: 'backend', aliases: ['RoR'] },
  { name: 'Laravel', category: 'backend' },
  { name: 'GraphQL', category: 'backend', aliases: ['Apollo GraphQL'] },
  { name: 'REST APIs', category: 'backend', aliases: ['REST', 'RESTful', 'RESTful APIs', 'REST API'] },
  { name: 'gRPC', category: 'backend' },
  { name: 'Microservices', category: 'backend', aliases: ['Microservice architecture', 'micro-services'] },
  { name: 'Kafka', category: 'data', aliases: ['Apache Kafka', 'Kafka Streams'] },
  { name: 'RabbitMQ', category: 'backend' },
  { name: 'Redis', category: 'database' },
  { name: 'Elasticsearch', category: 'database', aliases: ['Elastic Search', 'ELK', 'OpenSearch'] },

  // Databases
  { name: 'PostgreSQL', category: 'database', aliases: ['Postgres', 'Postgre', 'PSQL', 'Postgres SQL'] },
  { name: 'MySQL', category: 'database', aliases: ['MariaDB'] },
  { name: 'SQLite', category: 'database' },
  { name: 'MongoDB', category: 'database', aliases: ['Mongo'] },
  { name: 'Oracle Database', category: 'database', aliases: ['Oracle DB'] },
  { name: 'Microsoft SQL Server', category: 'database', aliases: ['SQL Server', 'MSSQL', 'MS SQL'] },
  { name: 'DynamoDB', category: 'database', aliases: ['Amazon DynamoDB'] },
  { name: 'Cassandra', category: 'database', aliases: ['Apache Cassandra'] },
  { name: 'Neo4j', category: 'database' },

  // Cloud & DevOps
  { name: 'AWS', category: 'cloud', aliases: ['Amazon Web Services', 'EC2', 'S3', 'AWS Lambda', 'Lambda'] },
  { name: 'Azure', category: 'cloud', aliases: ['Microsoft Azure'] },
  { name: 'Google Cloud', category: 'cloud', aliases: ['GCP', 'Google Cloud Platform', 'BigQuery'] },
  { name: 'Kubernetes', category: 'devops', aliases: ['k8s', 'K8S', 'kube', 'EKS', 'GKE', 'AKS', 'OpenShift'] },
  { name: 'Docker', category: 'devops', aliases: ['Docker Compose', 'containerization', 'containerisation'] },
  { name: 'Terraform', category: 'devops', aliases: ['TF', 'HCL', 'OpenTofu'] },
  { name: 'Ansible', category: 'devops' },
  { name: 'Helm', category: 'devops', ambiguous: true },
  { name: 'CI/CD', category: 'devops', aliases: ['CICD', 'CI / CD', 'continuous integration', 'continuous delivery', 'continuous deployment'] },
  { name: 'Jenkins', category: 'devops' },
  { name: 'GitHub Actions', category: 'devops' },
  { name: 'GitLab CI', category: 'devops' },
  { name: 'Git', category: 'tools', aliases: ['GitHub', 'GitLab', 'Bitbucket'] },
  { name: 'Linux', category: 'devops', aliases: ['Unix', 'Ubuntu', 'Debian', 'RHEL'] },
  { name: 'Prometheus', category: 'devops' },
  { name: 'Grafana', category: 'devops' },
  { name: 'Datadog', category: 'devops' },
  { name: 'Site Reliability Engineering', category: 'devops', aliases: ['SRE'] },
  { name: 'Infrastructure as Code', category: 'devops', aliases: ['IaC'] },
  { name: 'Serverless', category: 'cloud' },

  // Data & ML
  { name: 'dbt', category: 'data', aliases: ['data build tool', 'dbt Core', 'dbt Cloud'] },
  { name: 'Spark', category: 'data', aliases: ['Apache Spark', 'PySpark', 'Spark SQL'] },
  { name: 'Airflow', category: 'data', aliases: ['Apache Airflow'] },
  { name: 'Hadoop', category: 'data', aliases: ['HDFS', 'MapReduce'] },
  { name: 'Snowflake', category: 'data' },
  { name: 'Databricks', category: 'data' },
  { name: 'Redshift', category: 'data', aliases: ['Amazon Redshift'] },
  { name: 'ETL', category: 'data', aliases: ['ELT', 'data pipelines', 'data pipeline'] },
  { name: 'Data Warehousing', category: 'data', aliases: ['data warehouse', 'DWH'] },
  { name: 'Pandas', category: 'data' },
  { name: 'NumPy', category: 'data', aliases: ['Numpy'] },
  { name: 'PyTorch', category: 'ml', aliases: ['Torch'] },
  { name: 'TensorFlow', category: 'ml', aliases: ['Tensor Flow', 'TF2', 'Keras'] },
  { name: 'scikit-learn', category: 'ml', aliases: ['sklearn', 'scikit learn', 'Scikit-Learn'] },
  { name: 'Machine Learning', category: 'ml', aliases: ['ML'] },
  { name: 'Deep Learning', category: 'ml', aliases: ['DL', 'neural networks'] },
  { name: 'Natural Language Processing', category: 'ml', aliases: ['NLP'] },
  { name: 'Computer Vision', category: 'ml', aliases: ['machine vision'] },
  { name: 'Large Language Models', category: 'ml', aliases: ['LLM', 'LLMs', 'GenAI', 'Generative AI'] },
  { name: 'MLOps', category: 'ml', aliases: ['ML Ops'] },
  { name: 'Statistics', category: 'data', aliases: ['statistical analysis', 'statistical modelling', 'statistical modeling'] },
  { name: 'Data Analysis', category: 'data', aliases: ['data analytics'] },
  { name: 'Data Visualization', category: 'data', aliases: ['data visualisation', 'dataviz'] },
  { name: 'Tableau', category: 'data' },
  { name: 'Power BI', category: 'data', aliases: ['PowerBI', 'Microsoft Power BI'] },
  { name: 'Looker', category: 'data', aliases: ['LookML'] },
  { name: 'Excel', category: 'tools', aliases: ['Microsoft Excel', 'MS Excel', 'Advanced Excel', 'spreadsheets'], ambiguous: true },
  { name: 'A/B Testing', category: 'product', aliases: ['AB testing', 'A/B tests', 'split testing', 'experimentation'] },

  // Mobile
  { name: 'iOS', category: 'mobile', aliases: ['iOS development'] },
  { name: 'Android', category: 'mobile', aliases: ['Android development'] },
  { name: 'Flutter', category: 'mobile' },
  { name: 'SwiftUI', category: 'mobile' },
  { name: 'Jetpack Compose', category: 'mobile' },

  // Testing & quality
  { name: 'Test Automation', category: 'testing', aliases: ['automated testing', 'QA automation'] },
  { name: 'Jest', category: 'testing' },
  { name: 'Cypress', category: 'testing' },
  { name: 'Playwright', category: 'testing' },
  { name: 'Selenium', category: 'testing' },
  { name: 'JUnit', category: 'testing' },
  { name: 'pytest', category: 'testing' },
  { name: 'Test-Driven Development', category: 'testing', aliases: ['TDD', 'test driven development'] },

  // Security
  { name: 'Cybersecurity', category: 'security', aliases: ['cyber security', 'information security', 'InfoSec'] },
  { name: 'Penetration Testing', category: 'security', aliases: ['pen testing', 'pentesting', 'ethical hacking'] },
  { name: 'OAuth', category: 'security', aliases: ['OAuth2', 'OAuth 2.0', 'OpenID Connect', 'OIDC'] },
  { name: 'ISO 27001', category: 'security' },
  { name: 'GDPR', category: 'security', aliases: ['data protection'] },

  // Design & product
  { name: 'Figma', category: 'design' },
  { name: 'Sketch', category: 'design', ambiguous: true },
  { name: 'Adobe XD', category: 'design' },
  { name: 'Adobe Photoshop', category: 'design', aliases: ['Photoshop'] },
  { name: 'Adobe Illustrator', category: 'design', aliases: ['Illustrator'] },
  { name: 'UX Design', category: 'design', aliases: ['UX', 'user experience', 'user experience design', 'UI/UX', 'UX/UI'] },
  { name: 'UI Design', category: 'design', aliases: ['user interface design', 'visual design'] },
  { name: 'Prototyping', category: 'design', aliases: ['wireframing', 'wireframes'] },
  { name: 'Design Systems', category: 'design', aliases: ['design system'] },
  { name: 'User Research', category: 'product', aliases: ['UX research', 'usability testing', 'user interviews'] },
  { name: 'Product Strategy', category: 'product', aliases: ['product vision'] },
  { name: 'Product Management', category: 'product', aliases: ['product ownership'] },
  { name: 'Roadmapping', category: 'product', aliases: ['roadmaps', 'product roadmap', 'roadmap planning'] },
  { name: 'Agile', category: 'product', aliases: ['Agile methodologies', 'agile development'] },
  { name: 'Scrum', category: 'product', aliases: ['Scrum Master'] },
  { name: 'Kanban', category: 'product' },
  { name: 'Jira', category: 'tools', aliases: ['Atlassian Jira', 'JIRA', 'Confluence'] },
  { name: 'Stakeholder Management', category: 'product', aliases: ['stakeholder engagement', 'managing stakeholders'] },
  { name: 'Project Management', category: 'operations', aliases: ['PMP', 'Prince2', 'PRINCE2', 'programme management', 'program management'] },
  { name: 'OKRs', category: 'product', aliases: ['OKR', 'objectives and key results'] },

  // Sales & marketing
  { name: 'B2B Sales', category: 'sales', aliases: ['B2B', 'business-to-business sales', 'enterprise sales'] },
  { name: 'B2C Sales', category: 'sales', aliases: ['B2C'] },
  { name: 'Salesforce', category: 'sales', aliases: ['SFDC', 'Salesforce CRM', 'Sales Cloud'] },
  { name: 'HubSpot', category: 'sales', aliases: ['Hubspot CRM'] },
  { name: 'Negotiation', category: 'sales', aliases: ['negotiating', 'contract negotiation'] },
  { name: 'Pipeline Management', category: 'sales', aliases: ['sales pipeline', 'pipeline generation'] },
  { name: 'Account Management', category: 'sales', aliases: ['key account management', 'KAM'] },
  { name: 'Cold Calling', category: 'sales', aliases: ['cold outreach', 'outbound prospecting', 'prospecting'] },
  { name: 'Lead Generation', category: 'sales', aliases: ['lead gen', 'demand generation'] },
  { name: 'CRM', category: 'sales', aliases: ['customer relationship management'] },
  { name: 'Customer Success', category: 'sales', aliases: ['client success'] },
  { name: 'Solution Selling', category: 'sales', aliases: ['consultative selling', 'MEDDIC', 'MEDDPICC', 'Challenger Sale'] },
  { name: 'Business Development', category: 'sales', aliases: ['BizDev', 'biz dev'] },
  { name: 'Digital Marketing', category: 'marketing', aliases: ['online marketing', 'performance marketing'] },
  { name: 'SEO', category: 'marketing', aliases: ['search engine optimization', 'search engine optimisation'] },
  { name: 'SEM', category: 'marketing', aliases: ['Google Ads', 'AdWords', 'PPC', 'paid search'] },
  { name: 'Content Marketing', category: 'marketing', aliases: ['content strategy', 'copywriting'] },
  { name: 'Social Media Marketing', category: 'marketing', aliases: ['social media', 'SMM'] },
  { name: 'Email Marketing', category: 'marketing', aliases: ['Mailchimp', 'marketing automation'] },
  { name: 'Google Analytics', category: 'marketing', aliases: ['GA4'] },
  { name: 'Brand Management', category: 'marketing', aliases: ['branding'] },
  { name: 'Public Relations', category: 'marketing', aliases: ['PR'], ambiguous: true },

  // Finance
  { name: 'Financial Modelling', category: 'finance', aliases: ['financial modeling', 'financial models', 'DCF', 'valuation modelling'] },
  { name: 'IFRS', category: 'finance', aliases: ['International Financial Reporting Standards'] },
  { name: 'US GAAP', category: 'finance', aliases: ['GAAP'] },
  { name: 'SAP', category: 'finance', aliases: ['SAP ERP', 'SAP S/4HANA', 'S/4HANA', 'SAP FICO', 'SAP FI/CO'] },
  { name: 'Oracle Financials', category: 'finance', aliases: ['Oracle NetSuite', 'NetSuite'] },
  { name: 'Budgeting', category: 'finance', aliases: ['budget planning', 'budget management'] },
  { name: 'Forecasting', category: 'finance', aliases: ['financial forecasting', 'rolling forecasts'] },
  { name: 'Audit', category: 'finance', aliases: ['auditing', 'internal audit', 'external audit'] },
  { name: 'FP&A', category: 'finance', aliases: ['FP and A', 'financial planning and analysis', 'financial planning & analysis'] },
  { name: 'Accounting', category: 'finance', aliases: ['bookkeeping', 'general ledger'] },
  { name: 'Tax', category: 'finance', aliases: ['taxation', 'VAT', 'corporate tax'], ambiguous: true },
  { name: 'Financial Reporting', category: 'finance', aliases: ['management reporting', 'month-end close', 'month end close'] },
  { name: 'Treasury', category: 'finance', aliases: ['cash management'] },
  { name: 'Risk Management', category: 'finance', aliases: ['risk assessment', 'credit risk', 'market risk'] },
  { name: 'Compliance', category: 'finance', aliases: ['regulatory compliance', 'AML', 'KYC'] },
  { name: 'Xero', category: 'finance' },
  { name: 'QuickBooks', category: 'finance' },

  // Operations & supply chain
  { name: 'Lean', category: 'operations', aliases: ['Lean Manufacturing', 'Lean management', 'Kaizen', '5S'], ambiguous: true },
  { name: 'Six Sigma', category: 'operations', aliases: ['6 Sigma', 'Lean Six Sigma', 'DMAIC', 'Six Sigma Green Belt', 'Six Sigma Black Belt'] },
  { name: 'Supply Chain', category: 'operations', aliases: ['supply chain management', 'SCM'] },
  { name: 'ERP', category: 'operations', aliases: ['enterprise resource planning', 'Microsoft Dynamics', 'Dynamics 365'] },
  { name: 'Procurement', category: 'operations', aliases: ['purchasing', 'strategic sourcing'] },
  { name: 'Inventory Management', category: 'operations', aliases: ['inventory control', 'stock management'] },
  { name: 'Logistics', category: 'operations', aliases: ['transport management', 'freight forwarding'] },
  { name: 'Warehouse Management', category: 'operations', aliases: ['WMS', 'warehousing'] },
  { name: 'Demand Planning', category: 'operations', aliases: ['S&OP', 'sales and operations planning'] },
  { name: 'Vendor Management', category: 'operations', aliases: ['supplier management', 'supplier relationship management'] },
  { name: 'Process Improvement', category: 'operations', aliases: ['continuous improvement', 'process optimisation', 'process optimization'] },
  { name: 'Quality Management', category: 'operations', aliases: ['quality assurance', 'QA', 'ISO 9001'] },
  { name: 'Health and Safety', category: 'operations', aliases: ['HSE', 'EHS', 'health & safety'] },

  // People
  { name: 'Leadership', category: 'people', aliases: ['team leadership', 'people leadership'], ambiguous: true },
  { name: 'People Management', category: 'people', aliases: ['line management', 'team management'] },
  { name: 'Mentoring', category: 'people', aliases: ['coaching', 'mentorship'], ambiguous: true },
  { name: 'Recruitment', category: 'people', aliases: ['recruiting', 'talent acquisition'] },
  { name: 'Communication', category: 'people', aliases: ['communication skills'], ambiguous: true },
  { name: 'Public Speaking', category: 'people', aliases: ['public presentations'] },
  { name: 'Change Management', category: 'people' },
  { name: 'Workday', category: 'people' },
];
