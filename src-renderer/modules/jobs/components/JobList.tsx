import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { WorkIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { formatDate, jobStatusColor, jobStatusLabel, place } from '../format.js';
import { useJobListStore, type JobStatusFilter } from '../store.js';

const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const number = new Intl.NumberFormat();

export function JobList() {
  const { items, total, page, rowsPerPage, status, loading, loaded, error, load, setPage, setRowsPerPage, setStatus } = useJobListStore();
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
          <TextField select size="small" label="Status" value={status} onChange={(e) => void setStatus(e.target.value as JobStatusFilter)} sx={{ width: 230 }}>
            <MenuItem value="active">Open, on hold, draft</MenuItem>
            <MenuItem value="all">All jobs</MenuItem>
            <MenuItem value="open">Open</MenuItem>
            <MenuItem value="on_hold">On hold</MenuItem>
            <MenuItem value="filled">Filled</MenuItem>
            <MenuItem value="closed">Closed</MenuItem>
          </TextField>
        }
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading jobs" /> : null}</Box>
        {loaded && total === 0 ? (
          <EmptyState icon={<WorkIcon />} title="No jobs here">
            Jobs belong to clients. Load the sample agency from the Dashboard to see a full pipeline.
          </EmptyState>
        ) : (
          <>
            <TableContainer tabIndex={0} role="region" aria-label="Job list" sx={{ maxHeight: 'calc(100vh - 260px)' }}>
              <Table stickyHeader size="small" aria-label="Jobs" sx={{ tableLayout: 'fixed' }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '28%' }}>Title</TableCell>
                    <TableCell sx={{ width: '21%' }}>Client</TableCell>
                    <TableCell sx={{ width: '15%' }}>Location</TableCell>
                    <TableCell sx={{ width: '11%' }}>Status</TableCell>
                    <TableCell sx={{ width: '9%' }} align="right">
                      Active
                    </TableCell>
                    <TableCell sx={{ width: '16%' }} align="right">
                      Opened
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((j) => (
                    <TableRow key={j.id} hover>
                      <TableCell sx={{ ...cell, fontWeight: 500 }} title={j.title}>
                        <Link
                          component="button"
                          type="button"
                          underline="hover"
                          onClick={() => go('jobs', j.id)}
                          sx={{ ...cell, maxWidth: '100%', textAlign: 'left', fontWeight: 500, verticalAlign: 'bottom' }}
                        >
                          {j.title}
                        </Link>
                      </TableCell>
                      <TableCell sx={cell} title={j.clientName}>
                        <Link component="button" type="button" underline="hover" color="inherit" onClick={() => go('clients', j.clientId)} sx={{ ...cell, maxWidth: '100%', verticalAlign: 'bottom' }}>
                          {j.clientName}
                        </Link>
                      </TableCell>
                      <TableCell sx={cell}>{place(j.city, j.country)}</TableCell>
                      <TableCell>
                        <Chip size="small" variant="outlined" label={jobStatusLabel[j.status]} color={jobStatusColor[j.status]} />
                      </TableCell>
                      <TableCell align="right">{j.activeApplications}</TableCell>
                      <TableCell align="right" sx={{ ...cell, color: 'text.secondary' }}>
                        {formatDate(j.openedAt)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <TablePagination
              component="div"
              count={total}
              page={page}
              rowsPerPage={rowsPerPage}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_, p) => void setPage(p)}
              onRowsPerPageChange={(e) => void setRowsPerPage(Number(e.target.value))}
            />
          </>
        )}
      </Paper>
    </>
  );
}
