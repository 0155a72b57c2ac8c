import type { CandidateInput } from '../../../src-shared/domain/candidate.js';
import type { AppError } from '../../../src-shared/ipc/result.js';

/** The few fields the quick "New candidate" dialog asks for; the full profile comes with the candidate screen. */
export interface CandidateFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  currentTitle: string;
  currentCompany: string;
  city: string;
  country: string;
}
export type CandidateFormField = keyof CandidateFormValues;

export const emptyCandidateForm: CandidateFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  currentTitle: '',
  currentCompany: '',
  city: '',
  country: '',
};

/** Form → contract input. Blank contact fields are left out rather than sent as invalid empty entries. */
export function toCandidateInput(v: CandidateFormValues): CandidateInput {
  const email = v.email.trim();
  const phone = v.phone.trim();
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    currentTitle: v.currentTitle.trim(),
    currentCompany: v.currentCompany.trim(),
    city: v.city.trim(),
    country: v.country.trim(),
    emails: email ? [{ address: email, primary: true }] : [],
    phones: phone ? [{ number: phone, primary: true }] : [],
  };
}

const direct: readonly CandidateFormField[] = ['firstName', 'lastName', 'currentTitle', 'currentCompany', 'city', 'country'];

/** Which form field an `invalid_input` error's dotted path (e.g. `emails.0.address`) belongs to, if any. */
export function formFieldForPath(path: string | undefined): CandidateFormField | null {
  if (!path) return null;
  const [head] = path.split('.');
  if (head === 'emails') return 'email';
  if (head === 'phones') return 'phone';
  return (direct as readonly string[]).includes(head ?? '') ? (head as CandidateFormField) : null;
}

/** The dispatcher prefixes the message with the path ("emails.0.address: Not a valid…"); a field label says that already. */
export function fieldMessage(error: AppError): string {
  return error.field && error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
}
