import { create } from 'zustand';
import type { KpiFilterInput } from '../../../src-shared/domain/kpi/dashboard.js';
import type { PdfFile } from '../../../src-shared/domain/kpi/reports.js';
import type { Result } from '../../../src-shared/ipc/result.js';
import { invoke, on } from '../../ipc/client.js';
import { notify } from '../notifications/store.js';
import { downloadBase64 } from './download.js';

export type ReportKind = 'kpi' | 'candidate';

interface ReportJobState {
  running: ReportKind | null;
  /** 0–100 while a report is being made. */
  percent: number;
  phase: string;
  last: { kind: ReportKind; filename: string; pages: number; bytes: number } | null;
  kpiReport(filter: KpiFilterInput): Promise<void>;
  candidateProfile(candidateId: number, anonymize: boolean): Promise<void>;
}

let seq = 0;

/**
 * Makes a PDF in the core, following its progress, then saves it where the user chooses: a download in the
 * browser host (the desktop app can offer a native save dialog for the same bytes).
 */
export const useReportJobStore = create<ReportJobState>()((set, get) => {
  async function run(kind: ReportKind, call: (jobId: string) => Promise<Result<PdfFile>>) {
    if (get().running) return;
    const jobId = `report-${++seq}-${Date.now()}`;
    set({ running: kind, percent: 0, phase: 'Starting…' });
    const off = on('job:progress', (p) => {
      if (p.jobId !== jobId) return;
      // Two phases: bringing the summaries up to date (first 70%), then the document.
      const share = p.total > 0 ? p.done / p.total : 0;
      const percent = p.phase === 'summaries' ? share * 70 : 70 + share * 30;
      set({ percent: Math.max(get().percent, Math.min(100, percent)), phase: p.phase === 'summaries' ? 'Summarising records…' : 'Laying out the PDF…' });
    });
    const result = await call(jobId);
    off();
    set({ running: null, percent: 0, phase: '' });
    if (!result.ok) {
      notify.error(result.error.message);
      return;
    }
    const file = result.value;
    downloadBase64(file.base64, file.filename);
    set({ last: { kind, filename: file.filename, pages: file.pages, bytes: file.bytes } });
    notify.success(`Saved ${file.filename} (${file.pages} ${file.pages === 1 ? 'page' : 'pages'})`);
  }
  return {
    running: null,
    percent: 0,
    phase: '',
    last: null,
    kpiReport: (filter) => run('kpi', (jobId) => invoke('reports:generate-kpi-report', { filter, jobId })),
    candidateProfile: (candidateId, anonymize) => run('candidate', (jobId) => invoke('reports:generate-candidate-profile', { candidateId, anonymize, jobId })),
  };
});
