import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { BulkResumeFileReport } from '../../../../src-shared/domain/import.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { useCandidateListStore } from '../../candidates/store.js';
import { notify } from '../../notifications/store.js';
import { fileToBase64, isResumeFile } from '../../profile/files.js';
import { newJobId, percent, resumeProgressText } from '../import-model.js';
import { useImportProgressStore } from '../progress-store.js';

const STATUS: Record<BulkResumeFileReport['status'], { label: string; color: 'success' | 'info' | 'default' | 'error' }> = {
  created: { label: 'Created', color: 'success' },
  attached: { label: 'Added to existing', color: 'info' },
  'duplicate-file': { label: 'Already imported', color: 'default' },
  failed: { label: 'Failed', color: 'error' },
};

export function ResumeBulkImport() {
  const [files, setFiles] = useState<File[]>([]);
  const [reports, setReports] = useState<BulkResumeFileReport[] | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const go = useNavigationStore((s) => s.go);
  const progress = useImportProgressStore((s) => (jobId ? s.jobs[jobId] : undefined));

  const run = async () => {
    const id = newJobId();
    setJobId(id);
    setBusy(true);
    setError(null);
    const payload = await Promise.all(files.map(async (f) => ({ filename: f.name, content: await fileToBase64(f) })));
    const r = await invoke('import:run-resumes', { files: payload, jobId: id });
    setBusy(false);
    useImportProgressStore.getState().clear(id);
    if (!r.ok) return setError(r.error.message);
    setReports(r.value.files);
    useCandidateListStore.getState().reset();
    const c = r.value.counts;
    notify.success(`${c.created} created, ${c.attached} added to existing, ${c.failed} failed`);
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="resume-import-heading" sx={{ p: 3 }}>
      <Typography id="resume-import-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        Import resumes
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        PDF, DOCX or TXT. Each file becomes a candidate, or is added to the one it matches (same e-mail, phone or LinkedIn).
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, mb: 2 }}>
        <Button variant="outlined" onClick={() => input.current?.click()} disabled={busy}>
          Choose resumes…
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".pdf,.docx,.txt"
          aria-label="Choose resume files"
          data-testid="resumes-input"
          onChange={(e) => {
            const chosen = Array.from(e.target.files ?? []);
            const bad = chosen.filter((f) => !isResumeFile(f.name));
            if (bad.length) notify.error(`Left out ${bad.map((f) => f.name).join(', ')}: not PDF, DOCX or TXT`);
            setFiles(chosen.filter((f) => isResumeFile(f.name)));
            setReports(null);
            e.target.value = '';
          }}
        />
        <Button variant="contained" onClick={() => void run()} disabled={busy || files.length === 0}>
          Import {files.length || ''} {files.length === 1 ? 'resume' : 'resumes'}
        </Button>
      </Box>
      {busy ? (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {progress ? resumeProgressText(progress) : 'Reading files…'}
          </Typography>
          <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress ? percent(progress.done, progress.total) : undefined} aria-label="Resume import progress" />
        </Box>
      ) : null}
      {files.length ? (
        <Table size="small" aria-label="Resume files">
          <TableHead>
            <TableRow>
              <TableCell>File</TableCell>
              <TableCell sx={{ width: 170 }}>Status</TableCell>
              <TableCell>Result</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {files.map((f, i) => {
              const rep = reports?.[i];
              return (
                <TableRow key={`${f.name}-${i}`}>
                  <TableCell>{f.name}</TableCell>
                  <TableCell>{rep ? <Chip size="small" color={STATUS[rep.status].color} label={STATUS[rep.status].label} /> : <Chip size="small" variant="outlined" label={busy ? 'Importing' : 'Waiting'} />}</TableCell>
                  <TableCell>
                    {rep?.candidateId ? (
                      <Link component="button" onClick={() => go('candidates', rep.candidateId!)}>
                        {rep.displayName ?? `Candidate #${rep.candidateId}`}
                      </Link>
                    ) : null}
                    {rep?.reason ? <Typography variant="body2" color="error">{rep.reason}</Typography> : null}
                    {rep?.messages.length ? <Typography variant="caption" color="text.secondary">{rep.messages.join('; ')}</Typography> : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </Paper>
  );
}
