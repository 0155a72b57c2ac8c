import { describe, expect, it } from 'vitest';
import { candidateInput } from '../../../../src-shared/domain/candidate.js';
import { emptyCandidateForm, fieldMessage, formFieldForPath, toCandidateInput } from '../candidate-form.js';

describe('candidate form mapping', () => {
  it('builds contract input, leaving blank contact points out', () => {
    const input = toCandidateInput({ ...emptyCandidateForm, firstName: ' Ada ', country: 'no' });
    expect(input).toMatchObject({ firstName: 'Ada', emails: [], phones: [] });
    // What we send is accepted by the very schema the core validates with.
    expect(candidateInput.safeParse(input).success).toBe(true);
    const full = toCandidateInput({ ...emptyCandidateForm, firstName: 'Ada', email: 'ada@example.com', phone: '+47 912 34 567' });
    expect(full.emails).toEqual([{ address: 'ada@example.com', primary: true }]);
    expect(full.phones).toEqual([{ number: '+47 912 34 567', primary: true }]);
  });

  it('maps the core’s dotted error paths onto form fields', () => {
    expect(formFieldForPath('emails.0.address')).toBe('email');
    expect(formFieldForPath('phones.0.number')).toBe('phone');
    expect(formFieldForPath('firstName')).toBe('firstName');
    expect(formFieldForPath('skills.0.name')).toBeNull();
    expect(formFieldForPath(undefined)).toBeNull();
  });

  it('drops the path prefix the dispatcher puts in front of the message', () => {
    expect(fieldMessage({ code: 'invalid_input', field: 'emails.0.address', message: 'emails.0.address: Not a valid e-mail address' })).toBe(
      'Not a valid e-mail address',
    );
    expect(fieldMessage({ code: 'invalid_input', message: 'Something' })).toBe('Something');
  });
});
