import { clientInput, type Client } from '../../../src-shared/domain/client.js';
import type { ReqInput } from '../../../src-shared/ipc/contract.js';
import { issuesByField, parseWhole } from '../forms/issues.js';
import type { FieldErrors } from '../forms/record-form-store.js';

export type ClientFormValues = {
  name: string;
  industry: string;
  website: string;
  city: string;
  country: string;
  notes: string;
  ownerId: string;
};
export type ClientFormField = keyof ClientFormValues;

export const emptyClientForm: ClientFormValues = { name: '', industry: '', website: '', city: '', country: '', notes: '', ownerId: '' };
const FIELDS = Object.keys(emptyClientForm) as ClientFormField[];

export const clientFormFromClient = (c: Client): ClientFormValues => ({
  name: c.name,
  industry: c.industry,
  website: c.website,
  city: c.city,
  country: c.country,
  notes: c.notes,
  ownerId: c.ownerId === null ? '' : String(c.ownerId),
});

/** "acme.example" is what people type; the contract wants a full URL. */
export const normalizeWebsite = (text: string): string => {
  const t = text.trim();
  return t && !/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? `https://${t}` : t;
};

function parseField(field: ClientFormField, value: string): unknown {
  if (field === 'ownerId') {
    const r = parseWhole(value);
    return 'error' in r ? value : r.value;
  }
  if (field === 'website') return normalizeWebsite(value);
  return value;
}

export function toClientInput(values: ClientFormValues): ReqInput<'clients:create-client'> {
  return Object.fromEntries(FIELDS.map((f) => [f, parseField(f, values[f])])) as ReqInput<'clients:create-client'>;
}

export function toClientPatch(values: ClientFormValues, initial: ClientFormValues): ReqInput<'clients:update-client'>['patch'] | null {
  const changed = FIELDS.filter((f) => values[f] !== initial[f]);
  return changed.length ? (Object.fromEntries(changed.map((f) => [f, parseField(f, values[f])])) as ReqInput<'clients:update-client'>['patch']) : null;
}

export function validateClientForm(values: ClientFormValues): FieldErrors<ClientFormValues> {
  const parsed = clientInput.safeParse(toClientInput(values));
  if (parsed.success) return {};
  const errors = issuesByField(parsed.error);
  if (errors.country) errors.country = 'Use a 2-letter country code, e.g. NO';
  return errors as FieldErrors<ClientFormValues>;
}

export function clientFieldForPath(path: string): ClientFormField | null {
  const head = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return (FIELDS as string[]).includes(head) ? (head as ClientFormField) : null;
}
