import { contactInput, type Contact } from '../../../src-shared/domain/client.js';
import type { ReqInput } from '../../../src-shared/ipc/contract.js';
import { issuesByField } from '../forms/issues.js';
import type { FieldErrors } from '../forms/record-form-store.js';

/** `clientId` is set when the dialog opens (from the client's page) and never edited. */
export type ContactFormValues = {
  clientId: string;
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phone: string;
  notes: string;
};
export type ContactFormField = keyof ContactFormValues;

export const emptyContactForm: ContactFormValues = { clientId: '', firstName: '', lastName: '', title: '', email: '', phone: '', notes: '' };
const EDITABLE: Exclude<ContactFormField, 'clientId'>[] = ['firstName', 'lastName', 'title', 'email', 'phone', 'notes'];

export const contactFormFromContact = (c: Contact): ContactFormValues => ({
  clientId: String(c.clientId),
  firstName: c.firstName,
  lastName: c.lastName,
  title: c.title,
  email: c.email,
  phone: c.phone,
  notes: c.notes,
});

// The e-mail schema does not trim; a stray space from a paste should not make the address invalid.
const value = (f: ContactFormField, v: string) => (f === 'email' ? v.trim() : v);

export function toContactInput(values: ContactFormValues): ReqInput<'contacts:create-contact'> {
  return { clientId: Number(values.clientId), ...Object.fromEntries(EDITABLE.map((f) => [f, value(f, values[f])])) } as ReqInput<'contacts:create-contact'>;
}

export function toContactPatch(values: ContactFormValues, initial: ContactFormValues): ReqInput<'contacts:update-contact'>['patch'] | null {
  const changed = EDITABLE.filter((f) => values[f] !== initial[f]);
  return changed.length ? (Object.fromEntries(changed.map((f) => [f, value(f, values[f])])) as ReqInput<'contacts:update-contact'>['patch']) : null;
}

export function validateContactForm(values: ContactFormValues): FieldErrors<ContactFormValues> {
  const parsed = contactInput.safeParse(toContactInput(values));
  return parsed.success ? {} : (issuesByField(parsed.error) as FieldErrors<ContactFormValues>);
}

export function contactFieldForPath(path: string): ContactFormField | null {
  const head = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return (EDITABLE as string[]).includes(head) ? (head as ContactFormField) : null;
}
