import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { JobSummary } from '../../../../src-shared/domain/job.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useCandidateProfileStore } from '../profile-store.js';
import { ApplicationsSection } from './ApplicationsSection.js';
import { AttachmentsSection } from './AttachmentsSection.js';
import { DuplicateBanner } from './DuplicateBanner.js';
import { ConsentSection, ContactSection, DetailsSection, ExperienceSection, SkillsSection } from './ProfileSections.js';
import { ResumeDropZone } from './ResumeDropZone.js';
import { LogActivityDialog, TimelineSection, type LogKind } from './TimelineSection.js';
import { ComposeMessageButton } from '../../outreach/index.js';
import { CreateReminderButton } from '../../reminders/index.js';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

function AddToJobDialog({ candidateId, open, onClose, onAdded }: { candidateId: number; open: boolean; onClose: () => void; onAdded: () => void }) {
  const [jobs, setJobs] = useState<JobSummary[]>([]);
  const [jobId, setJobId] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    void invoke('jobs:list-jobs', { limit: 200, status: ['open', 'draft', 'on_hold'] }).then((r) => r.ok && setJobs(r.value.items));
  }, [open]);
  const add = async () => {
    if (jobId === '') return;
    const r = await invoke('applications:create-application', { candidateId, jobId });
    if (!r.ok) return setError(r.error.message);
    notify.success(`Added to ${r.value.jobTitle} (${r.value.stageName})`);
    onAdded();
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="add-to-job-title">
      <DialogTitle id="add-to-job-title">Add to a job</DialogTitle>
      <DialogContent>
        <TextField select fullWidth margin="dense" label="Job" value={jobId} onChange={(e) => setJobId(Number(e.target.value))} error={error !== null} helperText={error ?? (jobs.length ? ' ' : 'No open jobs')}>
          {jobs.map((j) => (
            <MenuItem key={j.id} value={j.id}>
              {j.title} · {j.clientName}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={jobId === ''} onClick={() => void add()}>
          Add
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function ProfileScreen({ candidateId }: { candidateId: number }) {
  const { candidate, error, load, reset } = useCandidateProfileStore();
  const go = useNavigationStore((s) => s.go);
  const [logKind, setLogKind] = useState<LogKind | null>(null);
  const [jobOpen, setJobOpen] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    void load(candidateId);
    return () => reset();
  }, [candidateId, load, reset]);

  useEffect(() => {
    if (candidate) document.title = `${candidate.displayName} · Rapport`;
  }, [candidate]);

  if (error) {
    return (
      <Alert severity="error" action={<Button color="inherit" onClick={() => go('candidates')}>Back to the list</Button>}>
        {error.code === 'not_found' ? 'This candidate no longer exists (deleted or merged).' : error.message}
      </Alert>
    );
  }
  if (!candidate || candidate.id !== candidateId) return <Typography sx={{ p: 2 }}>Loading…</Typography>;

  const email = candidate.emails.find((e) => e.primary) ?? candidate.emails[0];
  const phone = candidate.phones.find((p) => p.primary) ?? candidate.phones[0];
  const place = [candidate.city, candidate.country].filter(Boolean).join(', ');
  const changed = () => {
    void load(candidateId);
    setRefresh((r) => r + 1);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Link
        component="button"
        variant="body2"
        onClick={() => go('candidates')}
        sx={{ justifySelf: 'start' }}
      >
        ← All candidates
      </Link>
      <Paper variant="outlined" sx={{ p: 2.5, display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Avatar sx={{ width: 56, height: 56, bgcolor: 'primary.main', color: 'primary.contrastText', fontWeight: 600 }} aria-hidden>
          {initials(candidate.displayName)}
        </Avatar>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
            {candidate.displayName}
          </Typography>
          <Typography color="text.secondary">
            {[candidate.currentTitle, candidate.currentCompany].filter(Boolean).join(' at ') || candidate.headline || 'No title yet'}
            {place ? ` · ${place}` : ''}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }} aria-label="Contact points" role={email || phone || candidate.links.length || candidate.tags.length ? 'list' : undefined}>
            {email ? (
              <span role="listitem">
                <Chip size="small" component="a" clickable href={`mailto:${email.address}`} label={email.address} />
              </span>
            ) : null}
            {phone ? (
              <span role="listitem">
                <Chip size="small" component="a" clickable href={`tel:${phone.number}`} label={phone.number} />
              </span>
            ) : null}
            {candidate.links.slice(0, 3).map((l) => (
              <span role="listitem" key={l.url}>
                <Chip size="small" variant="outlined" label={l.kind} component="a" clickable href={l.url} target="_blank" rel="noreferrer noopener" />
              </span>
            ))}
            {candidate.tags.slice(0, 4).map((t) => (
              <span role="listitem" key={`tag-${t}`}>
                <Chip size="small" color="secondary" variant="outlined" label={t} />
              </span>
            ))}
          </Box>
        </Box>
        <Box role="toolbar" aria-label="Quick actions" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end', maxWidth: 520 }}>
          <Button variant="contained" onClick={() => setLogKind('call')}>
            Log call
          </Button>
          <Button variant="outlined" onClick={() => setLogKind('meeting')}>
            Log meeting
          </Button>
          <Button variant="outlined" onClick={() => setLogKind('message')}>
            Log message
          </Button>
          <Button variant="outlined" onClick={() => setLogKind('note')}>
            Add note
          </Button>
          <Button variant="outlined" onClick={() => setJobOpen(true)}>
            Add to job
          </Button>
          <ResumeDropZone attachTo={{ id: candidate.id, name: candidate.displayName }} onSaved={(id) => (id === candidateId ? changed() : go('candidates', id))} />
          <CreateReminderButton candidateId={candidate.id} label={candidate.displayName} />
          <ComposeMessageButton candidateId={candidate.id} label={candidate.displayName} onLogged={changed} />
        </Box>
      </Paper>
      <DuplicateBanner candidateId={candidateId} onOpen={(id) => go('candidates', id)} onChanged={changed} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 7fr) minmax(0, 5fr)' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <TimelineSection candidateId={candidateId} onLog={setLogKind} />
          <ApplicationsSection candidateId={candidateId} refresh={refresh} />
          <AttachmentsSection candidateId={candidateId} refresh={refresh} />
          <ExperienceSection candidate={candidate} />
        </Box>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <DetailsSection candidate={candidate} />
          <ContactSection candidate={candidate} />
          <SkillsSection candidate={candidate} />
          <ConsentSection candidate={candidate} />
        </Box>
      </Box>
      <LogActivityDialog kind={logKind} onClose={() => setLogKind(null)} />
      <AddToJobDialog candidateId={candidateId} open={jobOpen} onClose={() => setJobOpen(false)} onAdded={() => setRefresh((r) => r + 1)} />
    </Box>
  );
}
