import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import { DRILLDOWN_PAGE, useKpiDrilldownStore } from '../drilldown-store.js';

const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 200 } as const;

/** The applications behind a clicked bar or point. */
export function DrilldownDialog() {
  const { target, result, page, loading, error, setPage, close } = useKpiDrilldownStore();
  const showDays = target?.kind === 'time-to-fill';
  return (
    <Dialog open={target !== null} onClose={close} maxWidth="lg" fullWidth aria-labelledby="drilldown-title">
      <DialogTitle id="drilldown-title">{result?.title ?? 'Loading…'}</DialogTitle>
      {/* Focusable so the list can be scrolled from the keyboard. */}
      <DialogContent dividers sx={{ p: 0 }} tabIndex={0} role="region" aria-label="Applications behind this figure">
        <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading the records" /> : null}</Box>
        {error ? <Alert severity="error" sx={{ m: 2 }}>{error.message}</Alert> : null}
        {result ? (
          result.total === 0 ? (
            <Box sx={{ p: 3, color: 'text.secondary' }}>Nothing behind this point.</Box>
          ) : (
            <Table size="small" aria-label="Applications" stickyHeader>
              <TableHead>
                <TableRow>
                  <TableCell>Candidate</TableCell>
                  <TableCell>Job</TableCell>
                  <TableCell>Client</TableCell>
                  <TableCell>Stage</TableCell>
                  <TableCell>Source</TableCell>
                  <TableCell>Entered</TableCell>
                  <TableCell>Hired</TableCell>
                  {showDays ? <TableCell align="right">Days to fill</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {result.rows.map((r) => (
                  <TableRow key={r.applicationId} hover>
                    <TableCell sx={{ ...cell, fontWeight: 500 }} title={r.candidateName}>
                      {r.candidateName}
                    </TableCell>
                    <TableCell sx={cell} title={r.jobTitle}>
                      {r.jobTitle}
                    </TableCell>
                    <TableCell sx={cell} title={r.clientName}>
                      {r.clientName}
                    </TableCell>
                    <TableCell sx={cell}>{r.stage}</TableCell>
                    <TableCell sx={cell}>{r.source}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(r.enteredAt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.hiredAt ? formatDay(r.hiredAt) : '—'}</TableCell>
                    {showDays ? <TableCell align="right">{r.days ?? '—'}</TableCell> : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        ) : null}
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between' }}>
        {result && result.total > DRILLDOWN_PAGE ? (
          <TablePagination
            component="div"
            count={result.total}
            page={page}
            rowsPerPage={DRILLDOWN_PAGE}
            rowsPerPageOptions={[DRILLDOWN_PAGE]}
            onPageChange={(_, p) => void setPage(p)}
          />
        ) : (
          <Box sx={{ px: 2, color: 'text.secondary', typography: 'body2' }}>{result ? `${result.total} ${result.total === 1 ? 'application' : 'applications'}` : ''}</Box>
        )}
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
