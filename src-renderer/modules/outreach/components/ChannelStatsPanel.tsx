import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ChannelStatDto } from '../../../../src-shared/ipc/contracts/outreach.js';
import { invoke } from '../../../ipc/client.js';

type By = 'channel' | 'seniority' | 'source' | 'pool' | 'segment';
const pct = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** Which channel works for whom: touches, replies and reply rate per channel, overall or by group. */
export function ChannelStatsPanel() {
  const [by, setBy] = useState<By>('channel');
  const [rows, setRows] = useState<ChannelStatDto[] | null>(null);
  useEffect(() => {
    void invoke('outreach:channel-stats', { by }).then((r) => setRows(r.ok ? r.value.items : []));
  }, [by]);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="channel-stats-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography id="channel-stats-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          Reply rate by channel
        </Typography>
        <TextField select size="small" label="Per" value={by} onChange={(e) => setBy(e.target.value as By)} sx={{ width: 160 }}>
          <MenuItem value="channel">All candidates</MenuItem>
          <MenuItem value="seniority">Seniority</MenuItem>
          <MenuItem value="source">Source</MenuItem>
          <MenuItem value="pool">Talent pool</MenuItem>
          <MenuItem value="segment">Segment</MenuItem>
        </TextField>
      </Box>
      {rows && rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No touches logged yet. Messages you log from a profile or a pool show up here.
        </Typography>
      ) : (
        <Table size="small" aria-label="Reply rate by channel">
          <TableHead>
            <TableRow>
              {by !== 'channel' ? <TableCell>{by === 'pool' ? 'Pool' : by[0]!.toUpperCase() + by.slice(1)}</TableCell> : null}
              <TableCell>Channel</TableCell>
              <TableCell align="right">Touches</TableCell>
              <TableCell align="right">Replies</TableCell>
              <TableCell sx={{ width: '30%' }}>Reply rate</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(rows ?? []).map((r) => (
              <TableRow key={`${r.group}-${r.channel}`}>
                {by !== 'channel' ? <TableCell>{r.group}</TableCell> : null}
                <TableCell>{r.channel}</TableCell>
                <TableCell align="right">{r.touches}</TableCell>
                <TableCell align="right">{r.replies}</TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <LinearProgress variant="determinate" value={r.replyRate * 100} sx={{ flex: 1, height: 6, borderRadius: 3 }} aria-hidden />
                    <Typography variant="caption" sx={{ width: 36, textAlign: 'right' }}>
                      {pct.format(r.replyRate)}
                    </Typography>
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
