import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';

export interface DataRow {
  label: string;
  cells: string[];
  /** Opens the drill-down for this row (the same as clicking its bar or point). */
  onOpen?: () => void;
}

/**
 * A chart with its title, a one-line explanation and the same figures as a table: the table is the keyboard
 * and screen-reader way to every number and every drill-down the canvas offers to the mouse.
 */
export function ChartCard(props: { title: string; subtitle: string; columns: string[]; rows: DataRow[]; height?: number; children: ReactNode; testId?: string }) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} data-testid={props.testId}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {props.title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {props.subtitle}
            </Typography>
          </Box>
          <Button size="small" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable}>
            {showTable ? 'Show chart' : 'Show table'}
          </Button>
        </Box>
        {showTable ? (
          <Table size="small" aria-label={`${props.title} (table)`} sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                {props.columns.map((c, i) => (
                  <TableCell key={c} align={i === 0 ? 'left' : 'right'}>
                    {c}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {props.rows.map((r) => (
                <TableRow key={r.label}>
                  <TableCell>
                    {r.onOpen ? (
                      <Button size="small" onClick={r.onOpen} sx={{ p: 0, minWidth: 0, textAlign: 'left' }}>
                        {r.label}
                      </Button>
                    ) : (
                      r.label
                    )}
                  </TableCell>
                  {r.cells.map((c, i) => (
                    <TableCell key={i} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {c}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Box sx={{ height: props.height ?? 240, mt: 1, position: 'relative' }}>{props.children}</Box>
        )}
      </CardContent>
    </Card>
  );
}
