import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { ClientsScreen } from '../components/ClientsScreen.js';

afterEach(cleanup);

const client = { id: 5, name: 'Globex', industry: 'Energy', website: '', city: 'Oslo', country: 'NO', notes: '', ownerId: null, createdAt: '', updatedAt: '2026-03-01T00:00:00Z', version: 1 };
const contact = { id: 9, clientId: 5, clientName: 'Globex', firstName: 'Hank', lastName: 'Scorpio', title: 'CEO', email: 'hank@globex.example', phone: '', notes: '', createdAt: '', updatedAt: '', version: 1 };
const job = { id: 42, clientId: 5, clientName: 'Globex', title: 'Doomsday Engineer', city: '', country: '', status: 'open', openings: 1, ownerId: null, activeApplications: 3, openedAt: null, updatedAt: '' };

describe('Clients screen', () => {
  it('shows a client with its jobs and contacts; a contact opens with their activity', async () => {
    const fake = installFakeBridge({
      'clients:get-client': () => ok(client),
      'contacts:list-contacts': () => ok({ items: [contact], total: 1 }),
      'jobs:list-jobs': () => ok({ items: [job], total: 1 }),
      'contacts:get-contact': () => ok(contact),
      'activities:list-timeline': () =>
        ok({
          items: [{ id: 1, channel: 'phone', direction: 'outbound', outcome: 'agreed brief', subject: 'Kick-off', body: '', occurredAt: '2026-03-02T10:00:00Z', durationMin: 10, candidateId: null, contactId: 9, jobId: null, applicationId: null, recruiterId: null, createdAt: '' }],
          total: 1,
        }),
    });
    useNavigationStore.getState().go('clients', 5);
    render(<ClientsScreen />);
    expect(await screen.findByRole('heading', { name: 'Globex', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Doomsday Engineer')).toBeInTheDocument();
    expect(screen.getByText('3 active applications')).toBeInTheDocument();
    expect(fake.callsTo('jobs:list-jobs')).toEqual([{ clientId: 5, limit: 500, sort: 'updated' }]);

    fireEvent.click(screen.getByText('Hank Scorpio'));
    expect(useNavigationStore.getState().params).toEqual(['5', 'contacts', '9']);
    expect(await screen.findByRole('heading', { name: 'Activity (1)' })).toBeInTheDocument();
    expect(screen.getByText('Call — Kick-off')).toBeInTheDocument();
    expect(fake.callsTo('activities:list-timeline')).toEqual([{ contactId: 9, limit: 100 }]);
  });

  it('says what went wrong when the client cannot be read', async () => {
    installFakeBridge({
      'clients:get-client': () => fail('not_found', 'No client with id 77'),
      'contacts:list-contacts': () => ok({ items: [], total: 0 }),
      'jobs:list-jobs': () => ok({ items: [], total: 0 }),
    });
    useNavigationStore.getState().go('clients', 77);
    render(<ClientsScreen />);
    expect(await screen.findByText('No client with id 77')).toBeInTheDocument();
  });
});
