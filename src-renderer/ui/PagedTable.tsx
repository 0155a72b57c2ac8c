import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/** One line of text per cell, cut with an ellipsis (the full text goes in the cell's title). */
export const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export interface PagedColumn<T> {
  label: string;
  /** Share of the table's width, e.g. '28%' (the layout is fixed, so long text never pushes columns). */
  width: string;
  align?: 'right';
  sx?: SxProps<Theme>;
  /** Tooltip text for a cell that may be cut. */
  title?(row: T): string | undefined;
  render(row: T): ReactNode;
}

/**
 * A page of records as a table with a sticky header and pagination, a loading bar that does not move the layout,
 * and `empty` in place of the table when there is nothing to show. The scrolling region is keyboard-focusable.
 */
export function PagedTable<T>({
  label,
  columns,
  rows,
  rowKey,
  total,
  page,
  rowsPerPage,
  loading,
  empty,
  onPageChange,
  onRowsPerPageChange,
}: {
  /** Accessible names: the table ("Jobs"), its scrolling region ("Job list"), the loading bar. */
  label: { table: string; region: string; loading: string };
  columns: PagedColumn<T>[];
  rows: T[];
  rowKey(row: T): string | number;
  total: number;
  page: number;
  rowsPerPage: number;
  loading: boolean;
  /** Shown instead of the table (e.g. an EmptyState), or null to show the table. */
  empty: ReactNode;
  onPageChange(page: number): void;
  onRowsPerPageChange(rows: number): void;
}) {
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label={label.loading} /> : null}</Box>
      {empty ?? (
        <>
          <TableContainer tabIndex={0} role="region" aria-label={label.region} sx={{ maxHeight: 'calc(100vh - 260px)' }}>
            <Table stickyHeader size="small" aria-label={label.table} sx={{ tableLayout: 'fixed' }}>
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.label} sx={{ width: c.width }} align={c.align}>
                      {c.label}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={rowKey(row)} hover>
                    {columns.map((c) => (
                      <TableCell key={c.label} align={c.align} sx={c.sx} title={c.title?.(row)}>
                        {c.render(row)}
                      </TableCell>
                    ))}
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
            onPageChange={(_, p) => onPageChange(p)}
            onRowsPerPageChange={(e) => onRowsPerPageChange(Number(e.target.value))}
          />
        </>
      )}
    </Paper>
  );
}
