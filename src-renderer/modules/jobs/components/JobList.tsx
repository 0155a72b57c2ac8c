import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import type { JobSummary } from '../../../../src-shared/domain/job.js';
import { useNavigationStore, type ScreenId } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { WorkIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { ellipsis, PagedTable, type PagedColumn } from '../../../ui/PagedTable.js';
import { formatDate, jobStatusColor, jobStatusLabel, place } from '../format.js';
import { useJobFormStore } from '../job-form-store.js';
import { useJobListStore, type JobStatusFilter } from '../store.js';
import { JobFormDialog } from './JobFormDialog.js';

const number = new Intl.NumberFormat();
const linkSx = { ...ellipsis, maxWidth: '100%', textAlign: 'left', verticalAlign: 'bottom' } as const;

const columns = (go: (screen: ScreenId, ...params: (string | number)[]) => void): PagedColumn<JobSummary>[] => [
  {
    label: 'Title',
    width: '28%',
    sx: { ...ellipsis, fontWeight: 500 },
    title: (j) => j.title,
    render: (j) => (
      <Link component="button" type="button" underline="hover" onClick={() => go('jobs', j.id)} sx={{ ...linkSx, fontWeight: 500 }}>
        {j.title}
      </Link>
    ),
  },
  {
    label: 'Client',
    width: '21%',
    sx: ellipsis,
    title: (j) => j.clientName,
    render: (j) => (
      <Link component="button" type="button" underline="hover" color="inherit" onClick={() => go('clients', j.clientId)} sx={linkSx}>
        {j.clientName}
      </Link>
    ),
  },
  { label: 'Location', width: '15%', sx: ellipsis, render: (j) => place(j.city, j.country) },
  { label: 'Status', width: '11%', render: (j) => <Chip size="small" variant="outlined" label={jobStatusLabel[j.status]} color={jobStatusColor[j.status]} /> },
  { label: 'Active', width: '9%', align: 'right', render: (j) => j.activeApplications },
  { label: 'Opened', width: '16%', align: 'right', sx: { ...ellipsis, color: 'text.secondary' }, render: (j) => formatDate(j.openedAt) },
];

export function JobList() {
  const { items, total, page, rowsPerPage, filter: status, loading, loaded, error, load, setPage, setRowsPerPage, setFilter: setStatus } = useJobListStore();
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Jobs"
        subtitle={loaded ? `${number.format(total)} ${total === 1 ? 'job' : 'jobs'}` : ' '}
        actions={
          <>
            <TextField select size="small" label="Status" value={status} onChange={(e) => void setStatus(e.target.value as JobStatusFilter)} sx={{ width: 230 }}>
              <MenuItem value="active">Open, on hold, draft</MenuItem>
              <MenuItem value="all">All jobs</MenuItem>
              <MenuItem value="open">Open</MenuItem>
              <MenuItem value="on_hold">On hold</MenuItem>
              <MenuItem value="filled">Filled</MenuItem>
              <MenuItem value="closed">Closed</MenuItem>
            </TextField>
            <Button variant="contained" onClick={() => useJobFormStore.getState().openCreate()}>
              New job
            </Button>
          </>
        }
      />
      {/* After create the job opens on its details, where what was just typed can be checked. */}
      <JobFormDialog onSaved={(job) => go('jobs', job.id, 'details')} />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <PagedTable
        label={{ table: 'Jobs', region: 'Job list', loading: 'Loading jobs' }}
        columns={columns(go)}
        rows={items}
        rowKey={(j) => j.id}
        total={total}
        page={page}
        rowsPerPage={rowsPerPage}
        loading={loading}
        empty={
          loaded && total === 0 ? (
            <EmptyState icon={<WorkIcon />} title="No jobs here">
              Jobs belong to clients: create one with “New job”, or load the sample agency from the Dashboard to see a full pipeline.
            </EmptyState>
          ) : null
        }
        onPageChange={(p) => void setPage(p)}
        onRowsPerPageChange={(r) => void setRowsPerPage(r)}
      />
    </>
  );
}
