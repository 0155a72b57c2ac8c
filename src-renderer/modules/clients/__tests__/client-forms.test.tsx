import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { conflictMessage } from '../../forms/record-form-store.js';
import { useToastStore } from '../../notifications/store.js';
import { emptyClientForm, toClientInput, toClientPatch, validateClientForm } from '../client-form.js';
import { useClientFormStore } from '../client-form-store.js';
import { ClientsScreen } from '../components/ClientsScreen.js';
import { emptyContactForm, toContactPatch, validateContactForm } from '../contact-form.js';
import { useContactFormStore } from '../contact-form-store.js';

const client = { id: 5, name: 'Globex', industry: 'Energy', website: '', city: 'Oslo', country: 'NO', notes: '', ownerId: null, createdAt: '', updatedAt: '2026-03-01T00:00:00Z', version: 1 };
const contact = { id: 9, clientId: 5, clientName: 'Globex', firstName: 'Hank', lastName: 'Scorpio', title: 'CEO', email: 'hank@globex.example', phone: '', notes: '', createdAt: '', updatedAt: '', version: 1 };
const job = { id: 42, clientId: 5, clientName: 'Globex', title: 'Doomsday Engineer', city: '', country: '', status: 'open', openings: 1, ownerId: null, activeApplications: 3, openedAt: null, updatedAt: '' };

afterEach(() => {
  cleanup();
  useClientFormStore.setState({ open: false, saving: false });
  useContactFormStore.setState({ open: false, saving: false });
  useToastStore.setState({ queue: [] });
});

describe('client and contact forms: validation', () => {
  it('needs a client name and a web address it can read; "globex.example" is taken as https', () => {
    expect(validateClientForm(emptyClientForm)).toEqual({ name: 'Client name is required' });
    expect(validateClientForm({ ...emptyClientForm, name: 'Globex', website: 'globex.example', country: 'no' })).toEqual({});
    expect(toClientInput({ ...emptyClientForm, name: 'Globex', website: 'globex.example' }).website).toBe('https://globex.example');
    expect(validateClientForm({ ...emptyClientForm, name: 'Globex', website: 'not a site', country: 'NOR' })).toEqual({
      website: 'Not a valid web address: start with https://',
      country: 'Use a 2-letter country code, e.g. NO',
    });
  });

  it('needs a contact first name and a real e-mail address when one is given', () => {
    const base = { ...emptyContactForm, clientId: '5' };
    expect(validateContactForm(base)).toEqual({ firstName: 'First name is required' });
    expect(validateContactForm({ ...base, firstName: 'Hank', email: 'hank@' })).toEqual({ email: 'Not a valid e-mail address' });
    expect(validateContactForm({ ...base, firstName: 'Hank', email: ' hank@globex.example ' })).toEqual({});
  });

  it('patches only what changed', () => {
    const initial = { ...emptyClientForm, name: 'Globex', ownerId: '2' };
    expect(toClientPatch(initial, initial)).toBeNull();
    expect(toClientPatch({ ...initial, ownerId: '' }, initial)).toEqual({ ownerId: null });
    const c = { ...emptyContactForm, clientId: '5', firstName: 'Hank' };
    expect(toContactPatch({ ...c, title: 'CEO' }, c)).toEqual({ title: 'CEO' });
  });
});

// A Dialog's first render is slow on a busy 2-core machine; the default 5 s is about the machine, not the code.
describe('client page: create, edit, delete', { timeout: 30_000 }, () => {
  const detail = (over: Record<string, (p: unknown) => unknown> = {}) =>
    installFakeBridge({
      'clients:get-client': () => ok(client),
      'contacts:list-contacts': () => ok({ items: [contact], total: 1 }),
      'jobs:list-jobs': () => ok({ items: [job], total: 1 }),
      'segments:get-options': () => ok({ owners: [], lists: [], pools: [] }),
      ...(over as Record<string, () => ReturnType<typeof ok>>),
    });

  it('shows the core’s refusal to delete a client that has jobs, in the dialog', async () => {
    const fake = detail({ 'clients:delete-client': () => fail('conflict', 'Globex has 1 job; close or delete them before deleting the client') });
    useNavigationStore.getState().go('clients', 5);
    render(<ClientsScreen />);
    await screen.findByRole('heading', { name: 'Globex', level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “Globex”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete client' }));
    expect(await within(dialog).findByText('Globex has 1 job; close or delete them before deleting the client')).toBeInTheDocument();
    expect(fake.callsTo('clients:delete-client')).toEqual([{ id: 5, version: 1 }]);
    expect(useNavigationStore.getState().params).toEqual(['5']);
  });

  it('adds a contact from the client page and lists it', async () => {
    const added = { ...contact, id: 10, firstName: 'Mindy', lastName: '', title: '', email: '' };
    let list = [contact];
    const fake = detail({
      'contacts:create-contact': () => {
        list = [contact, added];
        return ok(added);
      },
      'contacts:list-contacts': () => ok({ items: list, total: list.length }),
    });
    useNavigationStore.getState().go('clients', 5);
    render(<ClientsScreen />);
    await screen.findByRole('heading', { name: 'Contacts (1)' });
    fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact at Globex' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'First name' }), { target: { value: 'Mindy' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await screen.findByRole('heading', { name: 'Contacts (2)' })).toBeInTheDocument();
    expect(fake.callsTo('contacts:create-contact')).toEqual([{ clientId: 5, firstName: 'Mindy', lastName: '', title: '', email: '', phone: '', notes: '' }]);
  });

  it('an edit that meets a newer version reloads it instead of overwriting', async () => {
    const latest = { ...client, industry: 'Nuclear', version: 2 };
    const fake = detail({
      'clients:update-client': () => fail('conflict', 'This client was changed by someone else', 'version'),
      'clients:get-client': () => ok(fake.callsTo('clients:update-client').length ? latest : client),
    });
    useNavigationStore.getState().go('clients', 5);
    render(<ClientsScreen />);
    await screen.findByRole('heading', { name: 'Globex', level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Edit client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit client' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Industry' }), { target: { value: 'Chemicals' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save client' }));
    expect(await within(dialog).findByText(conflictMessage('client'))).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Industry' })).toHaveValue('Nuclear');
    // The page behind re-reads too, so it no longer shows the stale version.
    await waitFor(() => expect(screen.getByText('Nuclear · Oslo, NO')).toBeInTheDocument());
    expect(fake.callsTo('clients:update-client')).toEqual([{ id: 5, version: 1, patch: { industry: 'Chemicals' } }]);
  });
});
