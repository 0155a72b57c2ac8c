import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { jobStatuses, type Job, type JobStatus } from '../../../../src-shared/domain/job.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { DeleteButton } from '../../../ui/ConfirmDialog.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { PipelineBoard } from '../../board/components/PipelineBoard.js';
import { useBoardStore } from '../../board/store.js';
import { useConfirmAction } from '../../forms/use-confirm-action.js';
import { formatDate, jobStatusColor, jobStatusLabel, place, salaryText } from '../format.js';
import { useJobFormStore } from '../job-form-store.js';
import { changeJobStatus } from '../job-status.js';
import { JobFormDialog } from './JobFormDialog.js';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 120, flex: 1 }}>
      <Typography variant="caption" color="text.secondary" component="h3">
        {label}
      </Typography>
      <Typography variant="h6" component="p">
        {value}
      </Typography>
    </Paper>
  );
}

function JobDetails({ job }: { job: Job }) {
  const count = (types: string[]) => job.stages.filter((s) => types.includes(s.type)).reduce((n, s) => n + s.applicationCount, 0);
  const total = job.stages.reduce((n, s) => n + s.applicationCount, 0);
  const active = count(['sourced', 'screening', 'interview', 'offer']);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box component="section" aria-label="Statistics" sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Stat label="Applications" value={total} />
        <Stat label="Active" value={active} />
        <Stat label="Interviewing" value={count(['interview'])} />
        <Stat label="Offers" value={count(['offer'])} />
        <Stat label="Hired" value={`${count(['hired'])} of ${job.openings}`} />
        <Stat label="Rejected / withdrawn" value={count(['rejected', 'withdrawn'])} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(240px, 1fr)', gap: 2 }}>
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="job-description">
            <Typography id="job-description" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Description
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={job.description ? 'text.primary' : 'text.secondary'}>
              {job.description || 'No description yet.'}
            </Typography>
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="job-requirements">
            <Typography id="job-requirements" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Requirements
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={job.requirements ? 'text.primary' : 'text.secondary'}>
              {job.requirements || 'No requirements yet.'}
            </Typography>
          </Paper>
        </Box>
        <Paper variant="outlined" sx={{ p: 2, alignSelf: 'start' }} component="section" aria-labelledby="job-facts">
          <Typography id="job-facts" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            Facts
          </Typography>
          <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
            <Typography component="dt" variant="body2">Location</Typography>
            <Typography component="dd" variant="body2">{[place(job.city, job.country), job.remote].filter(Boolean).join(' · ') || 'Not given'}</Typography>
            <Typography component="dt" variant="body2">Salary</Typography>
            <Typography component="dd" variant="body2">{salaryText(job.salaryMin, job.salaryMax, job.salaryCurrency)}</Typography>
            <Typography component="dt" variant="body2">Openings</Typography>
            <Typography component="dd" variant="body2">{job.openings}</Typography>
            <Typography component="dt" variant="body2">Fee</Typography>
            <Typography component="dd" variant="body2">{job.feePercent !== null ? `${job.feePercent} %` : 'Not given'}</Typography>
            <Typography component="dt" variant="body2">Opened</Typography>
            <Typography component="dd" variant="body2">{formatDate(job.openedAt) || '—'}</Typography>
            <Typography component="dt" variant="body2">Updated</Typography>
            <Typography component="dd" variant="body2">{formatDate(job.updatedAt)}</Typography>
          </Box>
        </Paper>
      </Box>
    </Box>
  );
}

/** The job just written replaces the shown one; after a conflict the board re-reads the job and its cards. */
function showJob(job: Job, fresh: boolean): void {
  if (fresh) void useBoardStore.getState().load(job.id);
  else if (useBoardStore.getState().job?.id === job.id) useBoardStore.setState({ job });
}

/** Status, edit and delete for the job on screen. */
function JobActions({ job }: { job: Job }) {
  const go = useNavigationStore((s) => s.go);
  const [changing, setChanging] = useState(false);
  const remove = useConfirmAction(() => invoke('jobs:delete-job', { id: job.id, version: job.version }), {
    success: `Job “${job.title}” deleted`,
    failure: 'Not deleted',
    onDone: () => go('jobs'),
  });
  const setStatus = async (status: JobStatus) => {
    setChanging(true);
    const r = await changeJobStatus(job, status);
    setChanging(false);
    if (r.kind === 'saved') showJob(r.job, false);
    else if (r.kind === 'stale') showJob(job, true);
  };
  return (
    <>
      <TextField
        select
        size="small"
        label="Status"
        value={job.status}
        disabled={changing}
        onChange={(e) => void setStatus(e.target.value as JobStatus)}
        sx={{ width: 140 }}
        id="job-status-select"
      >
        {jobStatuses.map((s) => (
          <MenuItem key={s} value={s}>
            {jobStatusLabel[s]}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" onClick={() => useJobFormStore.getState().openEdit(job)}>
        Edit job
      </Button>
      <DeleteButton action={remove} title={`Delete “${job.title}”?`} confirmLabel="Delete job">
        The job and its pipeline are removed for good. A job that has had candidates cannot be deleted: close it instead, so its history stays.
      </DeleteButton>
    </>
  );
}

/** One job: its pipeline board (default) or its description, requirements and stats. */
export function JobDetail({ jobId, tab }: { jobId: number; tab: 'board' | 'details' }) {
  const job = useBoardStore((s) => (s.job?.id === jobId ? s.job : null));
  const error = useBoardStore((s) => s.error);
  const go = useNavigationStore((s) => s.go);

  useEffect(() => {
    // The details tab reads the same job the board loads; load it here too when the tab is opened first.
    if (tab === 'details') void useBoardStore.getState().load(jobId);
  }, [jobId, tab]);
  useEffect(() => () => useBoardStore.getState().reset(), []);

  return (
    <>
      <PageHeader
        title={job?.title ?? (error ? 'Job' : ' ')}
        subtitle={
          job ? (
            <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Link component="button" type="button" underline="hover" onClick={() => go('clients', job.clientId)}>
                {job.clientName}
              </Link>
              {place(job.city, job.country) ? <span>· {place(job.city, job.country)}</span> : null}
              <Chip size="small" variant="outlined" label={jobStatusLabel[job.status]} color={jobStatusColor[job.status]} />
            </Box>
          ) : (
            ' '
          )
        }
        actions={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Link component="button" type="button" onClick={() => go('jobs')} underline="hover" sx={{ mr: 1 }}>
              All jobs
            </Link>
            {job ? <JobActions job={job} /> : null}
          </Box>
        }
      />
      <JobFormDialog onSaved={(saved, outcome) => showJob(saved, outcome === 'reloaded')} />
      <Tabs value={tab} onChange={(_, v: 'board' | 'details') => (v === 'board' ? go('jobs', jobId) : go('jobs', jobId, 'details'))} sx={{ mb: 2, mt: -2 }} aria-label="Job views">
        <Tab value="board" label="Pipeline" id="job-tab-board" aria-controls="job-panel" />
        <Tab value="details" label="Details" id="job-tab-details" aria-controls="job-panel" />
      </Tabs>
      <Box id="job-panel" role="tabpanel" aria-labelledby={`job-tab-${tab}`}>
        {tab === 'board' ? <PipelineBoard jobId={jobId} /> : job ? <JobDetails job={job} /> : null}
      </Box>
    </>
  );
}
