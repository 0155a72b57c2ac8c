import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../src-shared/ipc/result.js';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { SampleDataOffer } from '../components/SampleDataOffer.js';
import { useOverviewStore } from '../store.js';

// The renderer project runs without vitest globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  useOverviewStore.getState().reset();
  useToastStore.setState({ queue: [] });
});

const counts = (candidates: number) => ({ candidates, clients: 8, contacts: 14, jobs: 12, applications: 399, activities: 2271 });

describe('Sample data offer', () => {
  it('drives a determinate bar from job:progress events, then refreshes the overview', async () => {
    let finish!: (r: Result<unknown>) => void;
    const fake = installFakeBridge({
      'demo:load-sample': () => new Promise((resolve) => (finish = resolve)),
      'app:get-overview': () => ok({ counts: counts(2000), sampleOfferDismissed: false, agencyName: 'Northstar Talent Partners' }),
    });
    render(<SampleDataOffer />);
    fireEvent.click(screen.getByRole('radio', { name: /^2,000 candidates/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Load sample agency' }));
    expect(fake.callsTo('demo:load-sample')).toEqual([{ candidates: 2000 }]);

    const bar = screen.getByRole('progressbar', { name: 'Loading sample data' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText('Preparing…')).toBeInTheDocument();

    // Another kind of job must not move this bar.
    act(() => fake.emit('job:progress', { jobId: 'x', kind: 'import', phase: 'rows', done: 9, total: 10 }));
    expect(bar).toHaveAttribute('aria-valuenow', '0');

    act(() => fake.emit('job:progress', { jobId: 'j', kind: 'sample-data', phase: 'candidates', done: 1000, total: 2000 }));
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('Creating candidates… 1,000 of 2,000')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'No thanks' })).toBeDisabled();

    await act(async () => finish(ok({ counts: counts(2000), ms: 4200 })));
    await waitFor(() => expect(useOverviewStore.getState().overview?.counts.candidates).toBe(2000));
    expect(useToastStore.getState().queue.map((t) => t.message)).toEqual(['Sample agency loaded: 2,000 candidates in 4.2 s']);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('"No thanks" tells the core, then re-reads the overview', async () => {
    const fake = installFakeBridge({
      'app:dismiss-sample-offer': () => ok({ dismissed: true }),
      'app:get-overview': () => ok({ counts: counts(0), sampleOfferDismissed: true, agencyName: '' }),
    });
    render(<SampleDataOffer />);
    fireEvent.click(screen.getByRole('button', { name: 'No thanks' }));
    await waitFor(() => expect(useOverviewStore.getState().overview?.sampleOfferDismissed).toBe(true));
    expect(fake.callsTo('app:dismiss-sample-offer')).toEqual([{}]);
  });
});
