// Every slice, so a test can prove that no channel name is defined twice.
export { appContract } from './app.js';
export { candidatesContract } from './candidates.js';
export { clientsContract } from './clients.js';
export { jobsContract } from './jobs.js';
export { applicationsContract } from './applications.js';
export { activitiesContract } from './activities.js';
export { attachmentsContract } from './attachments.js';
export { auditContract } from './audit.js';
export { searchContract } from './search.js';
export { settingsContract } from './settings.js';
export { vaultContract } from './vault.js';
