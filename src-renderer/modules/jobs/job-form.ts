import { jobInput, jobPatch, type Job } from '../../../src-shared/domain/job.js';
import type { ReqInput } from '../../../src-shared/ipc/contract.js';
import type { FieldErrors, FormMode } from '../forms/record-form-store.js';
import { issuesByField, parseDecimal, parseWhole } from '../forms/issues.js';

/** The job dialog's fields, as typed. `clientName` only labels the chosen client; it is never sent. */
export type JobFormValues = {
  clientId: string;
  clientName: string;
  contactId: string;
  title: string;
  description: string;
  requirements: string;
  city: string;
  country: string;
  remote: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  openings: string;
  status: string;
  feePercent: string;
  ownerId: string;
};
export type JobFormField = keyof JobFormValues;

export const emptyJobForm: JobFormValues = {
  clientId: '',
  clientName: '',
  contactId: '',
  title: '',
  description: '',
  requirements: '',
  city: '',
  country: '',
  remote: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: '',
  openings: '1',
  status: 'open',
  feePercent: '',
  ownerId: '',
};

const text = (n: number | null) => (n === null ? '' : String(n));

export function jobFormFromJob(job: Job): JobFormValues {
  return {
    clientId: String(job.clientId),
    clientName: job.clientName,
    contactId: text(job.contactId),
    title: job.title,
    description: job.description,
    requirements: job.requirements,
    city: job.city,
    country: job.country,
    remote: job.remote ?? '',
    salaryMin: text(job.salaryMin),
    salaryMax: text(job.salaryMax),
    salaryCurrency: job.salaryCurrency,
    openings: String(job.openings),
    status: job.status,
    feePercent: text(job.feePercent),
    ownerId: text(job.ownerId),
  };
}

/** Every sendable field (not the client: it is fixed once the job exists, and not its display name). */
const SENT = [
  'contactId',
  'title',
  'description',
  'requirements',
  'city',
  'country',
  'remote',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'openings',
  'status',
  'feePercent',
  'ownerId',
] as const;
type SentField = (typeof SENT)[number];
const WHOLE = new Set<string>(['contactId', 'ownerId', 'salaryMin', 'salaryMax', 'openings']);

/** Text → contract value for one field, or the message saying why it is not one. */
function parseField(field: SentField, value: string): { value: unknown } | { error: string } {
  if (WHOLE.has(field)) {
    const parsed = parseWhole(value);
    if ('error' in parsed) return parsed;
    if (field === 'openings' && parsed.value === null) return { error: 'How many people does the client hire?' };
    return parsed;
  }
  if (field === 'feePercent') return parseDecimal(value);
  if (field === 'remote') return { value: value === '' ? null : value };
  return { value };
}

function parseAll(values: JobFormValues): { fields: Record<string, unknown>; errors: Record<string, string> } {
  const fields: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const f of SENT) {
    const r = parseField(f, values[f]);
    if ('error' in r) errors[f] = r.error;
    else fields[f] = r.value;
  }
  return { fields, errors };
}

/** Form → `jobs:create-job` input (the default pipeline comes with it). */
export function toJobInput(values: JobFormValues): ReqInput<'jobs:create-job'> {
  const { fields } = parseAll(values);
  return { ...fields, clientId: Number(values.clientId) } as ReqInput<'jobs:create-job'>;
}

/** Only the fields that differ from what the form opened with; null when nothing does. */
export function toJobPatch(values: JobFormValues, initial: JobFormValues): ReqInput<'jobs:update-job'>['patch'] | null {
  const patch: Record<string, unknown> = {};
  for (const f of SENT) {
    if (values[f] === initial[f]) continue;
    const r = parseField(f, values[f]);
    if (!('error' in r)) patch[f] = r.value;
  }
  return Object.keys(patch).length > 0 ? (patch as ReqInput<'jobs:update-job'>['patch']) : null;
}

const FRIENDLY: Partial<Record<string, string>> = {
  country: 'Use a 2-letter country code, e.g. NO',
  salaryCurrency: 'Use a 3-letter currency code, e.g. EUR',
};

/** The same schema the core checks with, so most mistakes are named on their field before the round trip. */
export function validateJobForm(values: JobFormValues, mode: FormMode): FieldErrors<JobFormValues> {
  const { fields, errors } = parseAll(values);
  if (mode === 'create' && !values.clientId) errors.clientId = 'Choose the client this job is for';
  const schema = mode === 'create' ? jobInput : jobPatch;
  const candidate = mode === 'create' ? { ...fields, clientId: Number(values.clientId) || 1 } : fields;
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    for (const [field, message] of Object.entries(issuesByField(parsed.error))) {
      if (field === 'clientId' || errors[field]) continue;
      if (message.startsWith('salaryMin must not exceed')) errors.salaryMin = 'The lower end must not exceed the upper end';
      else errors[field] = FRIENDLY[field] ?? message;
    }
  }
  if (values.salaryCurrency.trim() && values.salaryCurrency.trim().length !== 3) errors.salaryCurrency ??= FRIENDLY.salaryCurrency!;
  if (values.country.trim() && values.country.trim().length !== 2) errors.country ??= FRIENDLY.country!;
  return errors as FieldErrors<JobFormValues>;
}

/** `title`, `patch.title`, `clientId` → the form field; `stages`, `version`, … → none. */
export function jobFieldForPath(path: string): JobFormField | null {
  const head = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return head === 'clientId' || (SENT as readonly string[]).includes(head) ? (head as JobFormField) : null;
}
