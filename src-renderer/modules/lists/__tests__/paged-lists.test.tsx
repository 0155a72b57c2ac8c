import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../src-shared/ipc/result.js';
import { installFakeBridge } from '../../../ipc/__tests__/fake-bridge.js';
import { ClientList } from '../../clients/components/ClientList.js';
import { useClientListStore } from '../../clients/list-store.js';
import { JobList } from '../../jobs/components/JobList.js';
import { useJobListStore } from '../../jobs/store.js';
import { createPagedListStore } from '../paged-list-store.js';

afterEach(() => {
  cleanup();
  useJobListStore.getState().reset();
  useClientListStore.getState().reset();
});

const job = { id: 42, clientId: 5, clientName: 'Globex', title: 'Doomsday Engineer', city: 'Oslo', country: 'NO', status: 'on_hold', openings: 1, ownerId: null, activeApplications: 3, openedAt: null, updatedAt: '' };
const client = { id: 5, name: 'Globex', industry: 'Energy', city: 'Oslo', country: 'NO', ownerId: null, contactCount: 2, openJobCount: 1, updatedAt: '2026-03-01T00:00:00Z' };

describe('paged list store', () => {
  it('shows only the newest answer when requests overlap, and a new filter starts at the first page', async () => {
    const answers: ((v: { items: string[]; total: number }) => void)[] = [];
    const seen: { filter: string; offset: number }[] = [];
    const store = createPagedListStore<string, string>({
      initialFilter: '',
      fetch: (filter, page) => {
        seen.push({ filter, offset: page.offset });
        return new Promise((resolve) => answers.push((v) => resolve(ok(v))));
      },
    });
    const first = store.getState().setPage(2);
    answers[0]!({ items: ['p2'], total: 100 });
    await first;
    expect(store.getState()).toMatchObject({ items: ['p2'], page: 2, loaded: true });
    const slow = store.getState().setFilter('old');
    const fast = store.getState().setFilter('new');
    answers[2]!({ items: ['new'], total: 1 });
    await fast;
    answers[1]!({ items: ['old'], total: 9 });
    await slow;
    expect(store.getState()).toMatchObject({ items: ['new'], total: 1, page: 0, filter: 'new' });
    expect(seen).toEqual([
      { filter: '', offset: 50 },
      { filter: 'old', offset: 0 },
      { filter: 'new', offset: 0 },
    ]);
  });
});

describe('jobs and clients lists share one table', { timeout: 30_000 }, () => {
  it('jobs: rows with their status, the active-jobs filter by default, and the new-job button', async () => {
    const fake = installFakeBridge({ 'jobs:list-jobs': () => ok({ items: [job], total: 1 }) });
    render(<JobList />);
    const table = await screen.findByRole('table', { name: 'Jobs' });
    expect(await within(table).findByRole('button', { name: 'Doomsday Engineer' })).toBeInTheDocument();
    expect(within(table).getByText('On hold')).toBeInTheDocument();
    expect(fake.callsTo('jobs:list-jobs')).toEqual([{ limit: 25, offset: 0, sort: 'updated', status: ['open', 'on_hold', 'draft'] }]);
    expect(screen.getByRole('button', { name: 'New job' })).toBeInTheDocument();
  });

  it('clients: rows and the name search', async () => {
    const fake = installFakeBridge({ 'clients:list-clients': () => ok({ items: [client], total: 1 }) });
    render(<ClientList />);
    const table = await screen.findByRole('table', { name: 'Clients' });
    expect(await within(table).findByRole('button', { name: 'Globex' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a client' }), { target: { value: 'glo' } });
    await waitFor(() => expect(fake.callsTo('clients:list-clients').at(-1)).toEqual({ limit: 25, offset: 0, sort: 'name', nameContains: 'glo' }));
  });
});
