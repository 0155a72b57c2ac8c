import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { csvPresetNames, duplicatePolicies, type CsvField, type CsvImportResult, type CsvPreview, type CsvPresetName, type DuplicatePolicy } from '../../../../src-shared/domain/import.js';
import { invoke } from '../../../ipc/client.js';
import { downloadText } from '../../candidates/components/BulkActions.js';
import { useCandidateListStore } from '../../candidates/store.js';
import { notify } from '../../notifications/store.js';
import { fileToBase64 } from '../../profile/files.js';
import { csvProgressView, duplicateMappings, FIELD_LABELS, FIELD_OPTIONS, newJobId, REPORT_ROW_LIMIT, rowStatusLabel } from '../import-model.js';
import { useImportProgressStore } from '../progress-store.js';

const STEPS = ['File', 'Columns', 'Dry run', 'Import'];
const PRESET_LABEL: Record<CsvPresetName, string> = { 'linkedin-connections': 'LinkedIn connections export', generic: 'Generic CSV' };
const DUP_LABEL: Record<DuplicatePolicy, string> = { skip: 'Skip duplicates', 'merge-empty-fields': 'Fill empty fields of the existing candidate', create: 'Create anyway' };
const DEFAULT_DUPLICATES: DuplicatePolicy = 'skip';
const DEFAULT_ON_ERROR: 'skip' | 'abort' = 'skip';
const number = new Intl.NumberFormat();

function Counts({ result }: { result: CsvImportResult }) {
  const c = result.counts;
  // An aborted import wrote nothing: its counts say what would have happened, not what did.
  const verb = (done: string) => (result.outcome === 'committed' ? done : result.outcome === 'aborted' ? `would have been ${done}` : `to ${done === 'created' ? 'create' : 'update'}`);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} aria-label="Counts" role="list">
      <Chip role="listitem" label={`${c.total} rows`} />
      <Chip role="listitem" color={result.outcome === 'aborted' ? 'default' : 'success'} label={`${c.created} ${verb('created')}`} />
      {c.updated ? <Chip role="listitem" color="info" label={`${c.updated} ${verb('updated')}`} /> : null}
      <Chip role="listitem" color={c.duplicate ? 'warning' : 'default'} label={`${c.duplicate} duplicate${c.duplicate === 1 ? '' : 's'}`} />
      {c.likely ? <Chip role="listitem" color="warning" variant="outlined" label={`${c.likely} likely duplicate${c.likely === 1 ? '' : 's'} ${result.outcome === 'committed' ? 'to review' : 'would be flagged'}`} /> : null}
      <Chip role="listitem" color={c.invalid ? 'error' : 'default'} label={`${c.invalid} invalid`} />
      {c.skipped ? <Chip role="listitem" label={`${c.skipped} skipped`} /> : null}
    </Box>
  );
}

function RowReport({ result }: { result: CsvImportResult }) {
  // The core picked these (reportRows 'problems', see request()): in report order, at most REPORT_ROW_LIMIT.
  const shown = result.rows;
  const all = result.reportRowsTotal;
  if (shown.length === 0) return <Typography variant="body2">Every row is fine.</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {shown.length < all ? (
        <Typography variant="body2" color="text.secondary">
          Showing {number.format(shown.length)} of {number.format(all)} rows with notes (invalid rows first)
          {result.reportFile ? '; the full report lists every row.' : '.'}
        </Typography>
      ) : null}
      <TableContainer sx={{ maxHeight: 260 }} tabIndex={0} role="region" aria-label="Row report">
        <Table size="small" stickyHeader aria-label="Rows needing attention">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 70 }}>Line</TableCell>
              <TableCell sx={{ width: 140 }}>Status</TableCell>
              <TableCell>What</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.line}</TableCell>
                <TableCell>
                  {rowStatusLabel(r.status, result.outcome)}
                  {r.likelyDuplicateOf ? <Chip size="small" color="warning" variant="outlined" label="likely duplicate" sx={{ display: 'flex', width: 'fit-content', mt: 0.5 }} /> : null}
                </TableCell>
                <TableCell>
                  {/* The core's messages already name what a duplicate duplicates ("same e-mail as line 3"). */}
                  {r.messages.join('; ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}

function FileButton({ file, label }: { file: NonNullable<CsvImportResult['errorFile']>; label: string }) {
  return (
    <Button variant="outlined" onClick={() => downloadText(file.filename, new TextDecoder().decode(Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))), 'text/csv')}>
      {label} ({number.format(file.rows)} {file.rows === 1 ? 'row' : 'rows'})
    </Button>
  );
}

/** The error file (invalid rows, to fix and import again) and the full per-row report. */
function ReportFiles({ result }: { result: CsvImportResult }) {
  return (
    <>
      {result.errorFile ? <FileButton file={result.errorFile} label="Download error file" /> : null}
      {result.reportFile ? <FileButton file={result.reportFile} label="Download full report" /> : null}
    </>
  );
}

/** Step, label and a per-step bar: the bar is remounted at each step so it never animates backwards. */
function ImportProgress({ jobId }: { jobId: string | null }) {
  const progress = useImportProgressStore((s) => (jobId ? s.jobs[jobId] : undefined));
  const view = csvProgressView(progress);
  const [stopping, setStopping] = useState(false);
  // The import's own call then answers `cancelled`, which the wizard shows like any failed import.
  const cancel = async () => {
    if (!jobId) return;
    setStopping(true);
    const r = await invoke('import:cancel-job', { jobId });
    if (!r.ok || !r.value.cancelled) {
      setStopping(false);
      notify.error(r.ok ? 'This import cannot be stopped now; it will finish on its own.' : `Not cancelled: ${r.error.message}`);
    }
  };
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1 }}>
        <Typography variant="body2" sx={{ flex: 1 }}>
          <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
            {view.stepText}
          </Box>
          {view.label}
          {view.detail ? ` · ${view.detail}` : ''}
        </Typography>
        <Button size="small" color="inherit" onClick={() => void cancel()} disabled={!jobId || stopping}>
          {stopping ? 'Stopping…' : 'Cancel import'}
        </Button>
      </Box>
      <LinearProgress
        key={progress?.step ?? -1}
        variant={view.value === null ? 'indeterminate' : 'determinate'}
        value={view.value ?? undefined}
        aria-label="Import progress"
        aria-valuetext={view.valueText}
      />
    </Box>
  );
}

export function CsvImportWizard() {
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState('');
  const [preset, setPreset] = useState<CsvPresetName | ''>('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<(CsvField | null)[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>(DEFAULT_DUPLICATES);
  const [onError, setOnError] = useState<'skip' | 'abort'>(DEFAULT_ON_ERROR);
  const [tags, setTags] = useState('');
  const [dry, setDry] = useState<CsvImportResult | null>(null);
  const [done, setDone] = useState<CsvImportResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The last import was stopped by the user (Cancel import), not refused. */
  const [cancelled, setCancelled] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The result is shown in place; a toast is only for an import that finishes after the user left the screen.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const request = () => ({
    content,
    filename: file?.name,
    ...(preset ? { preset } : {}),
    mapping,
    duplicates,
    onError,
    tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
    // The table shows at most REPORT_ROW_LIMIT rows: the core picks them, instead of sending 100k row reports over.
    reportRows: 'problems' as const,
    reportLimit: REPORT_ROW_LIMIT,
    // Every row's report as a file to download, since the table lists at most REPORT_ROW_LIMIT of them.
    reportFile: true,
  });

  const choose = async (f: File, p: CsvPresetName | '' = preset) => {
    setBusy(true);
    setError(null);
    const b64 = await fileToBase64(f);
    const r = await invoke('import:preview-csv', { content: b64, filename: f.name, ...(p ? { preset: p } : {}), sampleRows: 5 });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setFile(f);
    setContent(b64);
    setPreview(r.value);
    setPreset(r.value.preset);
    setMapping(r.value.mapping);
    setDry(null);
    setDone(null);
    setStep(1);
  };
  const dryRun = async () => {
    const dups = duplicateMappings(mapping);
    if (dups.length) return setError(`${dups.map((d) => FIELD_LABELS[d]).join(', ')} is mapped from more than one column`);
    if (!mapping.some(Boolean)) return setError('Map at least one column');
    setBusy(true);
    setError(null);
    const r = await invoke('import:run-csv', { ...request(), dryRun: true });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setDry(r.value);
    setStep(2);
  };
  const run = async () => {
    const id = newJobId();
    setJobId(id);
    setBusy(true);
    setError(null);
    setStep(3);
    const r = await invoke('import:run-csv', { ...request(), dryRun: false, jobId: id });
    setBusy(false);
    useImportProgressStore.getState().clear(id);
    setCancelled(!r.ok && r.error.code === 'cancelled');
    if (!r.ok) return setError(r.error.message);
    setDone(r.value);
    useCandidateListStore.getState().reset();
    if (r.value.outcome === 'committed' && !mounted.current) notify.success(`Imported ${r.value.counts.created} candidates from ${file?.name ?? 'the file'}`);
  };
  /** Back to the file step, keeping the options (the user may pick a corrected file). */
  const back = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setDry(null);
    setDone(null);
    setError(null);
  };
  /** A new file is a new import: nothing of the previous one carries over. */
  const restart = () => {
    back();
    setContent('');
    setPreset('');
    setMapping([]);
    setDuplicates(DEFAULT_DUPLICATES);
    setOnError(DEFAULT_ON_ERROR);
    setTags('');
    setJobId(null);
  };
  const failed = step === 3 && !busy && !done && error !== null;
  const aborted = done?.outcome === 'aborted';

  return (
    <Paper variant="outlined" component="section" aria-labelledby="csv-import-heading" sx={{ p: 3 }}>
      <Typography id="csv-import-heading" variant="h6" component="h2" sx={{ mb: 2 }}>
        Import candidates from a CSV file
      </Typography>
      {/* Past the last step once the import committed, so "Import" gets its check mark too. */}
      <Stepper activeStep={done?.outcome === 'committed' ? STEPS.length : step} sx={{ mb: 3 }}>
        {STEPS.map((s, i) => (
          <Step key={s}>
            <StepLabel
              error={i === 3 && (failed || aborted)}
              optional={
                i === 3 && (failed || aborted) ? (
                  <Typography variant="caption" color="error">
                    {aborted ? 'Nothing imported' : failed && cancelled ? 'Cancelled' : 'Failed'}
                  </Typography>
                ) : undefined
              }
            >
              {s}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {error ? (
        <Alert severity={failed && cancelled ? 'warning' : 'error'} sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      {busy && step !== 3 ? <LinearProgress sx={{ mb: 2 }} aria-label="Working" /> : null}

      {step === 0 ? (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label="Preset"
            value={preset}
            onChange={(e) => setPreset(e.target.value as CsvPresetName | '')}
            // Show "Detect automatically" rather than an empty field for the default.
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 240 }}
          >
            <MenuItem value="">Detect automatically</MenuItem>
            {csvPresetNames.map((p) => (
              <MenuItem key={p} value={p}>
                {PRESET_LABEL[p]}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="contained" onClick={() => input.current?.click()} disabled={busy}>
            Choose CSV file…
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept=".csv,text/csv,text/plain"
            aria-label="Choose a CSV file"
            data-testid="csv-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void choose(f);
              e.target.value = '';
            }}
          />
          <Typography variant="body2" color="text.secondary">
            UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated. LinkedIn exports are recognised.
          </Typography>
        </Box>
      ) : null}

      {step === 1 && preview ? (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2">
            <strong>{file?.name}</strong>: {preview.rowCount} rows · {preview.encoding} · delimiter “{preview.delimiter === '\t' ? 'tab' : preview.delimiter}” · {PRESET_LABEL[preview.preset]}
          </Typography>
          {preview.warnings.map((w) => (
            <Alert key={w} severity="warning">
              {w}
            </Alert>
          ))}
          <TableContainer sx={{ maxHeight: 300 }} tabIndex={0} role="region" aria-label="Column mapping">
            <Table size="small" stickyHeader aria-label="Columns">
              <TableHead>
                <TableRow>
                  <TableCell>Column in the file</TableCell>
                  <TableCell>Example</TableCell>
                  <TableCell sx={{ width: 260 }}>Imports into</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.headers.map((h, i) => (
                  <TableRow key={`${h}-${i}`}>
                    <TableCell>{h || `(column ${i + 1})`}</TableCell>
                    <TableCell sx={{ color: 'text.secondary', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{preview.sampleRows[0]?.[i] ?? ''}</TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        fullWidth
                        label={`Field for ${h || `column ${i + 1}`}`}
                        value={mapping[i] ?? ''}
                        onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? ((e.target.value || null) as CsvField | null) : m)))}
                      >
                        <MenuItem value="">Ignore</MenuItem>
                        {FIELD_OPTIONS.map((o) => (
                          <MenuItem key={o.value} value={o.value}>
                            {o.label}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField select size="small" label="Duplicates" value={duplicates} onChange={(e) => setDuplicates(e.target.value as DuplicatePolicy)} sx={{ minWidth: 260 }}>
              {duplicatePolicies.map((d) => (
                <MenuItem key={d} value={d}>
                  {DUP_LABEL[d]}
                </MenuItem>
              ))}
            </TextField>
            <TextField select size="small" label="Invalid rows" value={onError} onChange={(e) => setOnError(e.target.value as 'skip' | 'abort')} sx={{ minWidth: 260 }}>
              <MenuItem value="skip">Skip them (error file to fix and re-import)</MenuItem>
              <MenuItem value="abort">Import nothing if any row is invalid</MenuItem>
            </TextField>
            <TextField size="small" label="Tag every candidate" placeholder="e.g. spring-campaign" value={tags} onChange={(e) => setTags(e.target.value)} />
          </Box>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button onClick={back}>Back</Button>
            <Button variant="contained" onClick={() => void dryRun()} disabled={busy}>
              Check (dry run)
            </Button>
          </Box>
        </Box>
      ) : null}

      {step === 2 && dry ? (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2">Dry run: nothing has been written yet.</Typography>
          <Counts result={dry} />
          <RowReport result={dry} />
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button onClick={() => setStep(1)}>Back</Button>
            <ReportFiles result={dry} />
            <Button variant="contained" onClick={() => void run()} disabled={busy || dry.counts.created + dry.counts.updated === 0}>
              Import {dry.counts.created + dry.counts.updated} {dry.counts.created + dry.counts.updated === 1 ? 'candidate' : 'candidates'}
            </Button>
          </Box>
        </Box>
      ) : null}

      {step === 3 ? (
        <Box sx={{ display: 'grid', gap: 2 }}>
          {busy ? <ImportProgress jobId={jobId} /> : null}
          {failed ? (
            // The call itself failed (vault busy, invalid input): nothing was written, so the dry run still holds.
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button
                onClick={() => {
                  setError(null);
                  setStep(2);
                }}
              >
                Back
              </Button>
              <Button variant="contained" onClick={() => void run()}>
                Try again
              </Button>
            </Box>
          ) : null}
          {done ? (
            <>
              <Alert severity={done.outcome === 'committed' ? 'success' : 'warning'}>
                {done.outcome === 'committed'
                  ? `Import finished in ${done.ms < 1000 ? `${Math.max(1, Math.round(done.ms))} ms` : `${(done.ms / 1000).toFixed(1)} s`}.`
                  : `Nothing was imported: ${number.format(done.counts.invalid)} ${done.counts.invalid === 1 ? 'row is' : 'rows are'} invalid and this import was set to import nothing in that case. Fix ${done.counts.invalid === 1 ? 'it' : 'them'} and import the file again.`}
              </Alert>
              <Counts result={done} />
              <RowReport result={done} />
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                <ReportFiles result={done} />
                <Button variant="contained" onClick={restart}>
                  Import another file
                </Button>
              </Box>
            </>
          ) : null}
        </Box>
      ) : null}
    </Paper>
  );
}
