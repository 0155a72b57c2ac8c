import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PeopleIcon, PersonAddIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { useCandidateListStore } from '../store.js';
import { NewCandidateDialog } from './NewCandidateDialog.js';

const number = new Intl.NumberFormat();
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const formatDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : date.format(d);
};

const location = (city: string, country: string) => [city, country].filter(Boolean).join(', ');

// Fixed column widths keep the table inside the page at 1280 px; long values are cut with an ellipsis and the
// full text stays available as a tooltip and to screen readers.
const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const COLUMNS = [
  { label: 'Name', width: '17%' },
  { label: 'Title', width: '18%' },
  { label: 'Company', width: '16%' },
  { label: 'Location', width: '15%' },
  { label: 'E-mail', width: '21%' },
  { label: 'Updated', width: '13%', align: 'right' as const },
];

export function CandidatesScreen() {
  const { items, total, page, rowsPerPage, loading, loaded, error, load, setPage, setRowsPerPage } = useCandidateListStore();
  const [dialogOpen, setDialogOpen] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const empty = loaded && total === 0;

  return (
    <>
      <PageHeader
        title="Candidates"
        subtitle={loaded ? `${number.format(total)} ${total === 1 ? 'candidate' : 'candidates'}` : ' '}
        actions={
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialogOpen(true)}>
            New candidate
          </Button>
        }
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading candidates" /> : null}</Box>
        {empty ? (
          <EmptyState
            icon={<PeopleIcon />}
            title="No candidates yet"
            action={
              <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setDialogOpen(true)}>
                Add the first candidate
              </Button>
            }
          >
            Add people one by one here, or load a sample agency from the Dashboard to look around first.
          </EmptyState>
        ) : (
          <>
            {/* The table scrolls inside the page so the header and paging stay in view; focusable so keys scroll it too. */}
            <TableContainer tabIndex={0} role="region" aria-label="Candidate list" sx={{ maxHeight: 'calc(100vh - 260px)' }}>
              <Table stickyHeader size="small" aria-label="Candidates" sx={{ tableLayout: 'fixed' }}>
                <TableHead>
                  <TableRow>
                    {COLUMNS.map((c) => (
                      <TableCell key={c.label} align={c.align} sx={{ width: c.width }}>
                        {c.label}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((c) => (
                    <TableRow key={c.id} hover>
                      <TableCell sx={{ ...cell, fontWeight: 500 }} title={c.displayName}>
                        {c.displayName}
                      </TableCell>
                      <TableCell sx={cell} title={c.currentTitle}>
                        {c.currentTitle}
                      </TableCell>
                      <TableCell sx={cell} title={c.currentCompany}>
                        {c.currentCompany}
                      </TableCell>
                      <TableCell sx={cell} title={location(c.city, c.country)}>
                        {location(c.city, c.country)}
                      </TableCell>
                      <TableCell sx={cell} title={c.primaryEmail ?? undefined}>
                        {c.primaryEmail}
                      </TableCell>
                      <TableCell align="right" sx={{ ...cell, color: 'text.secondary' }}>
                        {formatDate(c.updatedAt)}
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
      <NewCandidateDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onCreated={(candidate) => {
          setDialogOpen(false);
          notify.success(`Added ${candidate.displayName}`);
          // Newest changes sort first: show page one, where the new candidate is.
          void setPage(0);
        }}
      />
    </>
  );
}
