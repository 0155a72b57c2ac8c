import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../src-shared/domain/job.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { conflictMessage } from '../../forms/record-form-store.js';
import { useToastStore } from '../../notifications/store.js';
import { JobFormDialog } from '../components/JobFormDialog.js';
import { useJobFormStore } from '../job-form-store.js';
import { doomsdayJob } from './job-fixture.js';

// No salary on this one: the dialog tests edit other fields.
const job: Job = { ...doomsdayJob, salaryMin: null, salaryMax: null, salaryCurrency: '' };
const pickLists = {
  'segments:get-options': () => ok({ owners: [{ id: 2, name: 'Ada Recruiter' }], lists: [], pools: [] }),
  'contacts:list-contacts': () => ok({ items: [], total: 0 }),
  'clients:list-clients': () => ok({ items: [{ id: 5, name: 'Globex' }], total: 1 }),
};

afterEach(() => {
  cleanup();
  useJobFormStore.setState({ open: false, saving: false });
  useToastStore.setState({ queue: [] });
});

const title = () => screen.getByRole('textbox', { name: 'Title' });
const saved: { job: Job; outcome: string }[] = [];
const renderDialog = () => {
  saved.length = 0;
  render(<JobFormDialog onSaved={(j, outcome) => saved.push({ job: j, outcome })} />);
};

// A Dialog's first render is slow on a busy 2-core machine; the default 5 s is about the machine, not the code.
describe('job dialog', { timeout: 30_000 }, () => {
  it('edits only what changed, with the version it was opened on', async () => {
    const fake = installFakeBridge({ ...pickLists, 'jobs:update-job': (p) => ok({ ...job, ...(p as { patch: object }).patch, version: 4 }) });
    useJobFormStore.getState().openEdit(job);
    renderDialog();
    fireEvent.change(title(), { target: { value: 'Senior Doomsday Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(fake.callsTo('jobs:update-job')).toEqual([{ id: 42, version: 3, patch: { title: 'Senior Doomsday Engineer' } }]);
    expect(saved[0]).toMatchObject({ outcome: 'saved', job: { title: 'Senior Doomsday Engineer', version: 4 } });
    expect(useJobFormStore.getState().open).toBe(false);
    expect(useToastStore.getState().queue.map((t) => t.message)).toEqual(['Job “Senior Doomsday Engineer” saved']);
  });

  it('on a conflict writes nothing more, says so, and shows the latest version', async () => {
    const latest = { ...job, title: 'Chief Doomsday Officer', version: 5 };
    const fake = installFakeBridge({
      ...pickLists,
      'jobs:update-job': () => fail('conflict', 'This job was changed by someone else (it is now at version 5; you edited version 3).', 'version'),
      'jobs:get-job': () => ok(latest),
    });
    useJobFormStore.getState().openEdit(job);
    renderDialog();
    fireEvent.change(title(), { target: { value: 'Senior Doomsday Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

    expect(await screen.findByText(conflictMessage('job'))).toBeInTheDocument();
    expect(title()).toHaveValue('Chief Doomsday Officer');
    expect(fake.callsTo('jobs:update-job')).toHaveLength(1);
    expect(fake.callsTo('jobs:get-job')).toEqual([{ id: 42 }]);
    expect(saved).toEqual([{ job: latest, outcome: 'reloaded' }]);
    expect(useToastStore.getState().queue.map((t) => t.severity)).toEqual(['error']);
    // The dialog stays open on the latest version: the next save carries its version.
    expect(useJobFormStore.getState()).toMatchObject({ open: true, record: { version: 5 } });
  });

  it('shows the core’s refusal under the field it names', async () => {
    installFakeBridge({ ...pickLists, 'jobs:update-job': () => fail('invalid_input', 'patch.title: At most 200 characters', 'patch.title') });
    useJobFormStore.getState().openEdit(job);
    renderDialog();
    fireEvent.change(title(), { target: { value: 'Another title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    expect(await screen.findByText('At most 200 characters')).toBeInTheDocument();
    expect(title()).toHaveAttribute('aria-invalid', 'true');
    expect(useJobFormStore.getState().open).toBe(true);
  });

  it('refuses to send a new job without client and title, naming both', async () => {
    const fake = installFakeBridge(pickLists);
    useJobFormStore.getState().openCreate();
    renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));
    expect(await screen.findByText('Choose the client this job is for')).toBeInTheDocument();
    expect(screen.getByText('Job title is required')).toBeInTheDocument();
    expect(fake.callsTo('jobs:create-job')).toEqual([]);
  });

  it('creates a job for the preselected client', async () => {
    const fake = installFakeBridge({ ...pickLists, 'jobs:create-job': (p) => ok({ ...job, ...(p as object), id: 77, version: 1 }) });
    useJobFormStore.getState().openCreate({ clientId: '5', clientName: 'Globex' });
    renderDialog();
    expect(screen.getByRole('combobox', { name: 'Client' })).toHaveValue('Globex');
    fireEvent.change(title(), { target: { value: 'Reactor Operator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(fake.callsTo('jobs:create-job')).toEqual([expect.objectContaining({ clientId: 5, title: 'Reactor Operator', openings: 1, status: 'open' })]);
    expect(saved[0]?.job.id).toBe(77);
  });
});
