import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { BusinessIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useClientListStore } from '../list-store.js';

const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const number = new Intl.NumberFormat();
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ClientList() {
  const { items, total, page, rowsPerPage, query, loading, loaded, error, load, setPage, setRowsPerPage, setQuery } = useClientListStore();
  const go = useNavigationStore((s) => s.go);
  const [text, setText] = useState(query);
  useEffect(() => {
    void load();
  }, [load]);
  // Ask the vault once typing pauses, not on every key.
  useEffect(() => {
    if (text === useClientListStore.getState().query) return;
    const t = setTimeout(() => void setQuery(text), 200);
    return () => clearTimeout(t);
  }, [text, setQuery]);

  return (
    <>
      <PageHeader
        title="Clients"
        subtitle={loaded ? `${number.format(total)} ${total === 1 ? 'client' : 'clients'}` : ' '}
        actions={<TextField size="small" type="search" label="Find a client" value={text} onChange={(e) => setText(e.target.value)} sx={{ width: 260 }} />}
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading clients" /> : null}</Box>
        {loaded && total === 0 ? (
          <EmptyState icon={<BusinessIcon />} title={query ? 'No client matches' : 'No clients yet'}>
            {query ? 'Try a shorter part of the name.' : 'Load the sample agency from the Dashboard to look around.'}
          </EmptyState>
        ) : (
          <>
            <TableContainer tabIndex={0} role="region" aria-label="Client list" sx={{ maxHeight: 'calc(100vh - 260px)' }}>
              <Table stickyHeader size="small" aria-label="Clients" sx={{ tableLayout: 'fixed' }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '28%' }}>Name</TableCell>
                    <TableCell sx={{ width: '18%' }}>Industry</TableCell>
                    <TableCell sx={{ width: '18%' }}>Location</TableCell>
                    <TableCell sx={{ width: '10%' }} align="right">Contacts</TableCell>
                    <TableCell sx={{ width: '11%' }} align="right">Open jobs</TableCell>
                    <TableCell sx={{ width: '15%' }} align="right">Updated</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((c) => (
                    <TableRow key={c.id} hover>
                      <TableCell sx={cell} title={c.name}>
                        <Link component="button" type="button" underline="hover" onClick={() => go('clients', c.id)} sx={{ ...cell, maxWidth: '100%', fontWeight: 500, verticalAlign: 'bottom' }}>
                          {c.name}
                        </Link>
                      </TableCell>
                      <TableCell sx={cell}>{c.industry}</TableCell>
                      <TableCell sx={cell}>{[c.city, c.country].filter(Boolean).join(', ')}</TableCell>
                      <TableCell align="right">{c.contactCount}</TableCell>
                      <TableCell align="right">{c.openJobCount}</TableCell>
                      <TableCell align="right" sx={{ ...cell, color: 'text.secondary' }}>
                        {date.format(new Date(c.updatedAt))}
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
