import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemRows, type CsvImportResult, type CsvPreview, type CsvRowReport } from '../../../../src-shared/domain/import.js';
import type { Result } from '../../../../src-shared/ipc/result.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { CsvImportWizard } from '../components/CsvImportWizard.js';
import { useImportProgressStore } from '../progress-store.js';

const preview: CsvPreview = {
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 1,
  headers: ['First Name', 'Email'],
  preset: 'generic',
  mapping: ['firstName', 'email'],
  unmapped: [],
  sampleRows: [['Ada', 'ada@example.org']],
  rowCount: 3,
  warnings: [],
};

const row = (n: number, status: CsvRowReport['status'], extra: Partial<CsvRowReport> = {}): CsvRowReport => ({
  row: n,
  line: n + 1,
  status,
  candidateId: null,
  duplicateOf: null,
  messages: [],
  ...extra,
});

function result(over: Partial<CsvImportResult> = {}): CsvImportResult {
  return {
    jobId: 'j',
    outcome: 'dry-run',
    encoding: 'utf-8',
    delimiter: ',',
    preset: 'generic',
    counts: { total: 3, created: 2, updated: 0, duplicate: 0, skipped: 0, invalid: 1, likely: 0 },
    rows: [row(1, 'created'), row(2, 'created'), row(3, 'invalid', { messages: ['Column "Email": not an e-mail address'] })],
    unmappedColumns: [],
    reportRowsTotal: 3,
    reportFile: null,
    errorFile: null,
    ms: 1200,
    ...over,
  };
}

let stop: () => void = () => undefined;
beforeEach(() => {
  useImportProgressStore.setState({ jobs: {} });
});
afterEach(() => {
  stop();
  cleanup();
  useToastStore.setState({ queue: [] });
  vi.restoreAllMocks();
});

type Run = (payload: { dryRun: boolean; onError: string; jobId?: string; reportRows?: string; reportLimit?: number }) => Result<unknown> | Promise<Result<unknown>>;

/** What the core sends back for the request's reportRows / reportLimit (runCsvImport picks the rows the same way). */
function reported(payload: Parameters<Run>[0], r: Result<unknown>): Result<unknown> {
  if (!r.ok) return r;
  const value = r.value as CsvImportResult;
  const rows = payload.reportRows === 'problems' ? problemRows(value.rows) : value.rows;
  return ok({ ...value, rows: rows.slice(0, payload.reportLimit ?? rows.length), reportRowsTotal: rows.length });
}

/** Renders the wizard with a scripted core and walks it to the dry-run step. */
async function toDryRun(runCsv: Run, more: Parameters<typeof installFakeBridge>[0] = {}) {
  const fake = installFakeBridge({
    'import:preview-csv': () => ok(preview),
    'import:run-csv': async (p) => {
      const payload = p as Parameters<Run>[0];
      // The wizard lets the core pick the few rows its table shows instead of receiving every row's report.
      expect(payload).toMatchObject({ reportRows: 'problems', reportLimit: 500, reportFile: true });
      return reported(payload, await runCsv(payload));
    },
    ...more,
  });
  stop = useImportProgressStore.getState().listen();
  render(<CsvImportWizard />);
  const file = new File(['First Name,Email\nAda,ada@example.org\n'], 'people.csv', { type: 'text/csv' });
  await act(async () => {
    fireEvent.change(screen.getByTestId('csv-input'), { target: { files: [file] } });
  });
  await screen.findByText('people.csv');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
  });
  await screen.findByText('Dry run: nothing has been written yet.');
  return fake;
}

const importButton = () => screen.getByRole('button', { name: /^Import \d+ candidates?$/ });
const stepLabel = (name: string) => screen.getByText(name, { selector: '.MuiStepLabel-label' });

describe('CSV import wizard', () => {
  it('shows human progress steps, an indeterminate bar while the total is unknown, and never moves the bar back', async () => {
    let finish!: (r: Result<unknown>) => void;
    const fake = await toDryRun((p) => (p.dryRun ? ok(result()) : new Promise((resolve) => (finish = resolve))));
    await act(async () => {
      fireEvent.click(importButton());
    });
    const { jobId } = fake.callsTo('import:run-csv')[1] as { jobId: string };
    const bar = () => screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar()).toHaveAttribute('aria-valuetext', 'Starting the import');

    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'reading', done: 9157, total: 0 }));
    expect(screen.getByText(/Reading the file…/)).toHaveTextContent('Step 1 of 5Reading the file… · 9,157 rows read');
    expect(bar()).not.toHaveAttribute('aria-valuenow');
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 1 of 5: Reading the file, 9,157 rows read');
    expect(screen.queryByText(/of 0/)).toBeNull();

    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'checking duplicates', done: 18500, total: 20006 }));
    expect(bar()).toHaveAttribute('aria-valuenow', '92');
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 3 of 5: Looking for duplicates, 18,500 of 20,006 rows');
    const before = bar();

    // A new step starts its own bar (a new element: no animation from 92 % down to 8 %).
    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'writing', done: 1597, total: 20006 }));
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 4 of 5: Saving candidates, 1,597 of 20,006 rows');
    expect(bar()).not.toBe(before);
    // Within a step the count does not shrink.
    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'saving', done: 1000, total: 20006 }));
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 4 of 5: Saving candidates, 1,597 of 20,006 rows');

    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'indexing', done: 500, total: 2000 }));
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 5 of 5: Updating the search index, 500 of 2,000 candidates');
    // All-or-nothing reports 'saving' after indexing: that is the end, not a step back.
    act(() => fake.emit('job:progress', { jobId, kind: 'import-csv', phase: 'saving', done: 20006, total: 20006 }));
    expect(bar()).toHaveAttribute('aria-valuetext', 'Step 5 of 5: Finishing');
    expect(bar()).not.toHaveAttribute('aria-valuenow');

    await act(async () => finish(ok(result({ outcome: 'committed' }))));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/Import finished in 1.2 s/)).toBeInTheDocument();
    expect(useImportProgressStore.getState().jobs[jobId]).toBeUndefined();
  });

  it('marks the Import step completed, shows no toast over its own result, and resets the options for another file', async () => {
    await toDryRun((p) => ok(result({ outcome: p.dryRun ? 'dry-run' : 'committed' })));
    // Pick a non-default option before the import.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Invalid rows' }));
    fireEvent.click(screen.getByRole('option', { name: 'Import nothing if any row is invalid' }));
    expect(screen.getByRole('combobox', { name: 'Invalid rows' })).toHaveTextContent('Import nothing if any row is invalid');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    });
    expect(stepLabel('Import')).not.toHaveClass('Mui-completed');
    await act(async () => {
      fireEvent.click(importButton());
    });
    await screen.findByText(/Import finished in/);
    for (const s of ['File', 'Columns', 'Dry run', 'Import']) expect(stepLabel(s)).toHaveClass('Mui-completed');
    expect(useToastStore.getState().queue).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(stepLabel('Import')).not.toHaveClass('Mui-completed');
    expect(screen.getByRole('combobox', { name: 'Preset' })).toHaveTextContent('Detect automatically');
    const file = new File(['First Name,Email\n'], 'next.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('csv-input'), { target: { files: [file] } });
    });
    await screen.findByText('next.csv');
    expect(screen.getByRole('combobox', { name: 'Invalid rows' })).toHaveTextContent('Skip them (error file to fix and re-import)');
    expect(screen.getByRole('combobox', { name: 'Duplicates' })).toHaveTextContent('Skip duplicates');
  });

  it('lists invalid rows first and says how many of how many rows are shown', async () => {
    const rows = [
      ...Array.from({ length: 600 }, (_, i) => row(i + 1, 'duplicate', { duplicateOf: { candidateId: 1, row: null, reason: 'email' } })),
      row(601, 'created', { likelyDuplicateOf: { candidateId: 2, row: null, reasons: ['name+city'], score: 0.9 } }),
      row(602, 'invalid', { messages: ['Column "Email": not an e-mail address'] }),
    ];
    const errorFile = { filename: 'people-errors.csv', content: btoa('x'), rows: 1 };
    const reportFile = { filename: 'people-report.csv', content: btoa('x'), rows: 602 };
    await toDryRun(() => ok(result({ rows, errorFile, reportFile, counts: { total: 602, created: 1, updated: 0, duplicate: 600, skipped: 0, invalid: 1, likely: 1 } })));
    expect(screen.getByText(/^Showing 500 of 602 rows with notes/)).toHaveTextContent('Showing 500 of 602 rows with notes (invalid rows first); the full report lists every row.');
    expect(screen.getByRole('button', { name: 'Download full report (602 rows)' })).toBeInTheDocument();
    const report = within(screen.getByRole('table', { name: 'Rows needing attention' }));
    const body = report.getAllByRole('row').slice(1);
    expect(body).toHaveLength(500);
    expect(body[0]).toHaveTextContent('603invalid');
    expect(body[1]).toHaveTextContent('602to createlikely duplicate');
    expect(body[2]).toHaveTextContent('2duplicate');
    // The dry run offers the error file too.
    expect(screen.getByRole('button', { name: 'Download error file (1 row)' })).toBeInTheDocument();
  });

  it('after an all-or-nothing import was aborted, counts say what would have happened', async () => {
    const errorFile = { filename: 'people-errors.csv', content: btoa('x'), rows: 1 };
    await toDryRun((p) => ok(result({ outcome: p.dryRun ? 'dry-run' : 'aborted', errorFile })));
    await act(async () => {
      fireEvent.click(importButton());
    });
    await screen.findByText(/^Nothing was imported: 1 row is invalid/);
    const counts = within(screen.getByRole('list', { name: 'Counts' }));
    expect(counts.getByText('2 would have been created')).toBeInTheDocument();
    expect(counts.queryByText(/to create|\d+ created/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Download error file (1 row)' })).toBeInTheDocument();
    expect(stepLabel('Import')).not.toHaveClass('Mui-completed');
    expect(stepLabel('Import')).toHaveClass('Mui-error');
  });

  it('offers Back and Try again when the import call fails', async () => {
    let attempt = 0;
    const fake = await toDryRun((p) => {
      if (p.dryRun) return ok(result());
      attempt++;
      return attempt <= 2 ? fail('busy', 'The vault is busy with a long job; try again when it has finished.') : ok(result({ outcome: 'committed' }));
    });
    await act(async () => {
      fireEvent.click(importButton());
    });
    expect(await screen.findByText(/The vault is busy/)).toBeInTheDocument();
    expect(stepLabel('Import')).toHaveClass('Mui-error');
    // Back returns to the dry run, which still holds.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Dry run: nothing has been written yet.')).toBeInTheDocument();
    expect(screen.queryByText(/The vault is busy/)).toBeNull();
    await act(async () => {
      fireEvent.click(importButton());
    });
    await screen.findByText(/The vault is busy/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    await screen.findByText(/Import finished in/);
    expect(fake.callsTo('import:run-csv').filter((c) => !(c as { dryRun: boolean }).dryRun)).toHaveLength(3);
  });

  it('Cancel import stops the running import; the wizard then offers Back and Try again', async () => {
    let finish!: (r: Result<unknown>) => void;
    let cancellable = false;
    const fake = await toDryRun((p) => (p.dryRun ? ok(result()) : new Promise((resolve) => (finish = resolve))), {
      'import:cancel-job': () => {
        if (!cancellable) return ok({ cancelled: false });
        // The core stops the worker; the import's own call then answers `cancelled`.
        setTimeout(() => finish(fail('cancelled', 'Import cancelled; nothing was imported.')), 0);
        return ok({ cancelled: true });
      },
    });
    await act(async () => {
      fireEvent.click(importButton());
    });
    const { jobId } = fake.callsTo('import:run-csv')[1] as { jobId: string };
    // Not cancellable (e.g. no worker): said so, and the button is usable again.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    });
    expect(useToastStore.getState().queue.map((t) => t.message)).toContain('This import cannot be stopped now; it will finish on its own.');
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeEnabled();
    cancellable = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    });
    expect(fake.callsTo('import:cancel-job')).toEqual([{ jobId }, { jobId }]);
    expect(await screen.findByText('Import cancelled; nothing was imported.')).toBeInTheDocument();
    // Said as a cancellation, not a failure.
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByText('Failed')).toBeNull();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
  });
});
