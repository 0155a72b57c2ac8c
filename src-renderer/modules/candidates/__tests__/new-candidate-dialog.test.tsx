import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { NewCandidateDialog } from '../components/NewCandidateDialog.js';

// The renderer project runs without vitest globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const field = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('New candidate dialog', () => {
  it('shows an invalid_input error on the field it names, then saves once corrected', async () => {
    let attempt = 0;
    const fake = installFakeBridge({
      'candidates:create-candidate': (payload) => {
        attempt++;
        if (attempt === 1) return fail('invalid_input', 'emails.0.address: Not a valid e-mail address', 'emails.0.address');
        return ok({ ...(payload as object), id: 7, displayName: 'Ingrid Solberg' });
      },
    });
    const onCreated = vi.fn();
    render(<NewCandidateDialog open onClose={() => undefined} onCreated={onCreated} />);
    type(field(/^First name/), 'Ingrid');
    type(field(/^Last name/), 'Solberg');
    type(field(/^E-mail/), 'ingrid@');
    type(field(/^Country/), 'no');
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(await screen.findByText('Not a valid e-mail address')).toBeInTheDocument();
    expect(field(/^E-mail/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^First name/)).toHaveValue('Ingrid');
    expect(fake.callsTo('candidates:create-candidate')[0]).toMatchObject({
      firstName: 'Ingrid',
      lastName: 'Solberg',
      country: 'NO',
      emails: [{ address: 'ingrid@', primary: true }],
      phones: [],
    });

    type(field(/^E-mail/), 'ingrid@example.no');
    expect(field(/^E-mail/)).toHaveAttribute('aria-invalid', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 7, displayName: 'Ingrid Solberg' })));
  });

  it('requires a first name before calling the core', () => {
    const fake = installFakeBridge({});
    render(<NewCandidateDialog open onClose={() => undefined} onCreated={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(screen.getByText('First name is required')).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });

  it('shows an error without a field as a form-level alert', async () => {
    installFakeBridge({ 'candidates:create-candidate': () => fail('locked', 'The vault is locked. Unlock it first.') });
    render(<NewCandidateDialog open onClose={() => undefined} onCreated={() => undefined} />);
    type(field(/^First name/), 'Ingrid');
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The vault is locked. Unlock it first.');
  });
});
