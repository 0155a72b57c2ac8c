import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DrilldownTarget, KpiDashboard } from '../../../../src-shared/domain/kpi/dashboard.js';

const n = new Intl.NumberFormat();
const num = { fontVariantNumeric: 'tabular-nums' } as const;

export function VelocityTable({ d }: { d: KpiDashboard }) {
  return (
    <Card component="section" aria-labelledby="velocity-title">
      <CardContent>
        <Typography id="velocity-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Days in stage
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Average days before moving on, for candidates who entered a pipeline in the period.
        </Typography>
        <Table size="small" aria-label="Days in stage" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>Stage</TableCell>
              <TableCell align="right">Completed stays</TableCell>
              <TableCell align="right">Average days</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.velocity.map((v) => (
              <TableRow key={v.type}>
                <TableCell sx={{ textTransform: 'capitalize' }}>{v.type}</TableCell>
                <TableCell align="right" sx={num}>
                  {n.format(v.stays)}
                </TableCell>
                <TableCell align="right" sx={num}>
                  {v.meanDays === null ? '—' : v.meanDays.toFixed(1)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

export function RecruiterTable({ d, open }: { d: KpiDashboard; open(target: DrilldownTarget): void }) {
  return (
    <Card component="section" aria-labelledby="recruiters-title">
      <CardContent>
        <Typography id="recruiters-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Recruiter activity
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Touches each recruiter logged with candidates; placements on the jobs they own.
        </Typography>
        <Table size="small" aria-label="Recruiter activity" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>Recruiter</TableCell>
              <TableCell align="right">Touches</TableCell>
              <TableCell align="right">Outbound</TableCell>
              <TableCell align="right">Inbound</TableCell>
              <TableCell align="right">Placements</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.recruiters.map((r) => (
              <TableRow key={r.recruiterId}>
                <TableCell>{r.name}</TableCell>
                <TableCell align="right" sx={num}>
                  {n.format(r.touches)}
                </TableCell>
                <TableCell align="right" sx={num}>
                  {n.format(r.outbound)}
                </TableCell>
                <TableCell align="right" sx={num}>
                  {n.format(r.inbound)}
                </TableCell>
                <TableCell align="right" sx={num}>
                  {r.placements > 0 ? (
                    <Link component="button" type="button" onClick={() => open({ kind: 'recruiter', recruiterId: r.recruiterId })} aria-label={`${r.placements} placements for ${r.name}`}>
                      {n.format(r.placements)}
                    </Link>
                  ) : (
                    '0'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
