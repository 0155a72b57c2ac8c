import type { Job } from '../../../../src-shared/domain/job.js';

/** Globex's "Doomsday Engineer" in Oslo, version 3: the job the form tests edit. */
export const doomsdayJob: Job = {
  id: 42,
  clientId: 5,
  clientName: 'Globex',
  contactId: null,
  title: 'Doomsday Engineer',
  description: '',
  requirements: '',
  city: 'Oslo',
  country: 'NO',
  remote: null,
  salaryMin: 90000,
  salaryMax: 120000,
  salaryCurrency: 'EUR',
  openings: 1,
  status: 'open',
  feePercent: null,
  ownerId: null,
  openedAt: null,
  filledAt: null,
  closedAt: null,
  createdAt: '',
  updatedAt: '',
  version: 3,
  stages: [],
};
