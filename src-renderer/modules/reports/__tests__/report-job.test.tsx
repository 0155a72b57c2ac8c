import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../src-shared/ipc/result.js';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { useReportJobStore } from '../report-job-store.js';

afterEach(() => {
  cleanup();
  useToastStore.setState({ queue: [] });
  vi.restoreAllMocks();
});

function Bar() {
  const percent = useReportJobStore((s) => s.percent);
  const running = useReportJobStore((s) => s.running);
  return running ? <div role="progressbar" aria-valuenow={Math.round(percent)} /> : null;
}

describe('report job', () => {
  it('follows job:progress for its own job, then saves the PDF as a download', async () => {
    let finish!: (r: Result<unknown>) => void;
    const fake = installFakeBridge({ 'reports:generate-kpi-report': () => new Promise((resolve) => (finish = resolve)) });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(<Bar />);
    let pending!: Promise<void>;
    act(() => {
      pending = useReportJobStore.getState().kpiReport({ from: '2026-01-01', to: '2026-03-31' });
    });
    const { jobId } = fake.callsTo('reports:generate-kpi-report')[0] as { jobId: string };
    expect(jobId).toBeTruthy();
    act(() => fake.emit('job:progress', { jobId: 'someone-else', kind: 'report', phase: 'report', done: 3, total: 3 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    act(() => fake.emit('job:progress', { jobId, kind: 'kpi', phase: 'summaries', done: 5, total: 10 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '35');
    act(() => fake.emit('job:progress', { jobId, kind: 'report', phase: 'report', done: 2, total: 3 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '90');
    await act(async () => finish(ok({ filename: 'kpi-report-2026-01-01-to-2026-03-31.pdf', base64: btoa('%PDF-1.7'), bytes: 8, pages: 7, ms: 12 })));
    await pending;
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(clicks).toEqual(['kpi-report-2026-01-01-to-2026-03-31.pdf']);
    expect(useToastStore.getState().queue.map((t) => t.message)).toEqual(['Saved kpi-report-2026-01-01-to-2026-03-31.pdf (7 pages)']);
  });
});
