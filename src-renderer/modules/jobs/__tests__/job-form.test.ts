import { describe, expect, it } from 'vitest';
import { emptyJobForm, jobFieldForPath, jobFormFromJob, toJobInput, toJobPatch, validateJobForm, type JobFormValues } from '../job-form.js';
import { doomsdayJob } from './job-fixture.js';

const filled: JobFormValues = { ...emptyJobForm, clientId: '5', clientName: 'Globex', title: 'Doomsday Engineer' };

const sampleJob = doomsdayJob;

describe('job form: validation before the round trip', () => {
  it('accepts a job with a client and a title', () => {
    expect(validateJobForm(filled, 'create')).toEqual({});
  });

  it('names the client and the title when they are missing', () => {
    expect(validateJobForm(emptyJobForm, 'create')).toEqual({ clientId: 'Choose the client this job is for', title: 'Job title is required' });
  });

  it('puts each problem on its own field', () => {
    const errors = validateJobForm({ ...filled, salaryMin: '120 000', salaryMax: '90000', salaryCurrency: 'EU', country: 'NOR', openings: '0', feePercent: 'lots' }, 'create');
    expect(errors).toEqual({
      salaryMin: 'The lower end must not exceed the upper end',
      salaryCurrency: 'Use a 3-letter currency code, e.g. EUR',
      country: 'Use a 2-letter country code, e.g. NO',
      openings: 'At least 1',
      feePercent: 'Enter a number',
    });
  });

  it('says a whole number is needed where one is', () => {
    expect(validateJobForm({ ...filled, salaryMin: '90k', openings: '' }, 'create')).toEqual({
      salaryMin: 'Enter a whole number',
      openings: 'How many people does the client hire?',
    });
  });

  it('checks an edit with the patch schema (no client needed) and the same field rules', () => {
    const values = jobFormFromJob(sampleJob);
    expect(validateJobForm(values, 'edit')).toEqual({});
    expect(validateJobForm({ ...values, title: '  ' }, 'edit')).toEqual({ title: 'Job title is required' });
  });
});

describe('job form: what is sent', () => {
  it('turns text into the contract input', () => {
    expect(toJobInput({ ...filled, salaryMin: '85,000', salaryMax: '95000', remote: 'hybrid', ownerId: '2', feePercent: '17,5', contactId: '' })).toMatchObject({
      clientId: 5,
      title: 'Doomsday Engineer',
      salaryMin: 85000,
      salaryMax: 95000,
      remote: 'hybrid',
      ownerId: 2,
      feePercent: 17.5,
      contactId: null,
      openings: 1,
      status: 'open',
    });
  });

  it('sends only the fields that changed, and nothing when none did', () => {
    const initial = jobFormFromJob(sampleJob);
    expect(toJobPatch(initial, initial)).toBeNull();
    expect(toJobPatch({ ...initial, title: 'Senior Doomsday Engineer', salaryMax: '' }, initial)).toEqual({ title: 'Senior Doomsday Engineer', salaryMax: null });
  });

  it('maps the core’s error paths to the form’s fields', () => {
    expect(jobFieldForPath('patch.salaryMin')).toBe('salaryMin');
    expect(jobFieldForPath('title')).toBe('title');
    expect(jobFieldForPath('clientId')).toBe('clientId');
    expect(jobFieldForPath('stages')).toBeNull();
    expect(jobFieldForPath('version')).toBeNull();
  });
});
