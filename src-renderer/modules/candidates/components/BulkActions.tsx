import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { JobSummary } from '../../../../src-shared/domain/job.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { AddToPoolDialog } from '../../pools/components/AddToPoolDialog.js';
import { useCandidateSelectionStore } from '../selection-store.js';
import { useCandidateListStore } from '../store.js';

/** Offers a text file to the user as a download (a blob: URL, revoked right after). */
export function downloadText(filename: string, content: string, mime: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function BulkActions() {
  const ids = useCandidateSelectionStore((s) => s.ids);
  const clear = useCandidateSelectionStore((s) => s.clear);
  const [dialog, setDialog] = useState<'tag' | 'job' | 'pool' | null>(null);
  const [tag, setTag] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const [jobs, setJobs] = useState<JobSummary[]>([]);
  const [jobId, setJobId] = useState<number | ''>('');
  const [busy, setBusy] = useState(false);
  if (ids.length === 0) return null;

  const addTag = async () => {
    setBusy(true);
    const r = await invoke('candidates:add-tags', { candidateIds: ids, tags: [tag] });
    setBusy(false);
    if (!r.ok) return setTagError(r.error.message);
    notify.success(`Tagged ${r.value.updated} ${r.value.updated === 1 ? 'candidate' : 'candidates'} "${tag.trim()}"`);
    setDialog(null);
    void useCandidateListStore.getState().load();
  };
  const openJobs = async () => {
    setDialog('job');
    const r = await invoke('jobs:list-jobs', { limit: 200, status: ['open', 'draft', 'on_hold'] });
    if (r.ok) setJobs(r.value.items);
    else {
      const all = await invoke('jobs:list-jobs', { limit: 200 });
      if (all.ok) setJobs(all.value.items);
    }
  };
  const addToJob = async () => {
    if (jobId === '') return;
    setBusy(true);
    let added = 0;
    const failed: string[] = [];
    for (const candidateId of ids) {
      const r = await invoke('applications:create-application', { candidateId, jobId });
      if (r.ok) added++;
      else failed.push(r.error.message);
    }
    setBusy(false);
    setDialog(null);
    if (added) notify.success(`Added ${added} to the job`);
    if (failed.length) notify.error(`${failed.length} not added: ${failed[0]}`);
  };
  const exportCsv = async () => {
    const r = await invoke('export:candidates-csv', { candidateIds: ids });
    if (!r.ok) return notify.error(r.error.message);
    downloadText(r.value.filename, r.value.content, r.value.mime);
    notify.success(`Exported ${r.value.count} candidates`);
  };

  return (
    <Box role="toolbar" aria-label="Selection" sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, bgcolor: 'action.selected', borderRadius: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mr: 1 }}>
        {ids.length} selected
      </Typography>
      <Button size="small" variant="outlined" onClick={() => { setTag(''); setTagError(null); setDialog('tag'); }}>
        Tag…
      </Button>
      <Button size="small" variant="outlined" onClick={() => void openJobs()}>
        Add to job…
      </Button>
      <Button size="small" variant="outlined" onClick={() => setDialog('pool')}>
        Add to pool…
      </Button>
      <Button size="small" variant="outlined" onClick={() => void exportCsv()}>
        Export CSV
      </Button>
      <Box sx={{ flex: 1 }} />
      <Button size="small" onClick={clear}>
        Clear selection
      </Button>
      <Dialog open={dialog === 'tag'} onClose={() => setDialog(null)} aria-labelledby="bulk-tag-title">
        <DialogTitle id="bulk-tag-title">Tag {ids.length} candidates</DialogTitle>
        <DialogContent>
          <TextField autoFocus margin="dense" label="Tag" value={tag} onChange={(e) => setTag(e.target.value)} error={tagError !== null} helperText={tagError ?? ' '} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>Cancel</Button>
          <Button variant="contained" disabled={busy || !tag.trim()} onClick={() => void addTag()}>
            Add tag
          </Button>
        </DialogActions>
      </Dialog>
      <AddToPoolDialog open={dialog === 'pool'} onClose={() => setDialog(null)} candidateIds={ids} source="selection" />
      <Dialog open={dialog === 'job'} onClose={() => setDialog(null)} aria-labelledby="bulk-job-title" fullWidth maxWidth="xs">
        <DialogTitle id="bulk-job-title">Add {ids.length} candidates to a job</DialogTitle>
        <DialogContent>
          <TextField select fullWidth margin="dense" label="Job" value={jobId} onChange={(e) => setJobId(Number(e.target.value))}>
            {jobs.map((j) => (
              <MenuItem key={j.id} value={j.id}>
                {j.title} · {j.clientName}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>Cancel</Button>
          <Button variant="contained" disabled={busy || jobId === ''} onClick={() => void addToJob()}>
            Add to job
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
