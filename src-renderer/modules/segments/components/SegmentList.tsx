import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { useSegmentListStore } from '../list-store.js';
import { AddIcon, DeleteIcon, SegmentIcon } from './icons.js';
import { Sparkline } from './Sparkline.js';

const number = new Intl.NumberFormat();
const date = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** Saved segments with today's count and a 30-day sparkline, and the static lists frozen from them. */
export function SegmentList() {
  const go = useNavigationStore((s) => s.go);
  const { segments, lists, loading, loaded, error, load, reset } = useSegmentListStore();
  useEffect(() => {
    void load();
    return () => reset();
  }, [load, reset]);

  const remove = async (kind: 'segment' | 'list', id: number, name: string) => {
    if (!window.confirm(`Delete the ${kind} “${name}”? ${kind === 'list' ? 'Its members stay in Rapport.' : 'Lists frozen from it stay.'}`)) return;
    const r = kind === 'segment' ? await invoke('segments:delete-segment', { id }) : await invoke('lists:delete-list', { id });
    if (!r.ok) return notify.error(r.error.message);
    notify.info(`Deleted “${name}”`);
    void load();
  };

  return (
    <>
      <PageHeader
        title="Segments"
        subtitle="Slices of your talent pool, by skills, place, engagement or pipeline — counted live."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => go('segments', 'new')}>
            New segment
          </Button>
        }
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ overflow: 'hidden', mb: 3 }} component="section" aria-labelledby="segments-heading">
        <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Counting segments" /> : null}</Box>
        <Typography id="segments-heading" variant="h6" component="h2" sx={{ px: 2, pt: 1 }}>
          Dynamic segments
        </Typography>
        {loaded && segments.length === 0 ? (
          <EmptyState icon={<SegmentIcon />} title="No segments yet" action={<Button variant="outlined" onClick={() => go('segments', 'new')}>Build the first segment</Button>}>
            A segment is a saved set of conditions — “Java developers in Zürich not contacted for 90 days” — whose members update as your data does.
          </EmptyState>
        ) : (
          <Table size="small" aria-label="Segments" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '34%' }}>Name</TableCell>
                <TableCell align="right" sx={{ width: '12%' }}>
                  Members
                </TableCell>
                <TableCell sx={{ width: '20%' }}>Last 30 days</TableCell>
                <TableCell sx={{ width: '10%' }}>Personas</TableCell>
                <TableCell sx={{ width: '14%' }}>Updated</TableCell>
                <TableCell align="right" sx={{ width: '10%' }}>
                  <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {segments.map((s) => (
                <TableRow key={s.id} hover>
                  <TableCell sx={ellipsis}>
                    <Link component="button" type="button" onClick={() => go('segments', String(s.id))} sx={{ fontWeight: 600 }}>
                      {s.name}
                    </Link>
                    {s.description ? (
                      <Typography variant="caption" color="text.secondary" component="div" sx={ellipsis} title={s.description}>
                        {s.description}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                    {number.format(s.count)}
                  </TableCell>
                  <TableCell>
                    <Sparkline points={s.history} />
                  </TableCell>
                  <TableCell>{s.personas || '—'}</TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{date(s.updatedAt)}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={s.personas ? 'Used by a persona' : 'Delete segment'}>
                      <span>
                        <IconButton size="small" aria-label={`Delete segment ${s.name}`} disabled={s.personas > 0} onClick={() => void remove('segment', s.id, s.name)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ overflow: 'hidden' }} component="section" aria-labelledby="lists-heading">
        <Typography id="lists-heading" variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
          Static lists
        </Typography>
        {loaded && lists.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 2 }}>
            Freeze a segment to keep its members as they are today — for a campaign, a shortlist or a client report.
          </Typography>
        ) : (
          <Table size="small" aria-label="Static lists" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '46%' }}>Name</TableCell>
                <TableCell align="right" sx={{ width: '12%' }}>
                  Members
                </TableCell>
                <TableCell sx={{ width: '18%' }}>Created</TableCell>
                <TableCell sx={{ width: '14%' }}>Frozen from</TableCell>
                <TableCell align="right" sx={{ width: '10%' }}>
                  <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lists.map((l) => (
                <TableRow key={l.id} hover>
                  <TableCell sx={ellipsis}>
                    <Link component="button" type="button" onClick={() => go('segments', 'lists', String(l.id))} sx={{ fontWeight: 600 }}>
                      {l.name}
                    </Link>
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                    {number.format(l.count)}
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{date(l.createdAt)}</TableCell>
                  <TableCell sx={ellipsis} title={segments.find((s) => s.id === l.sourceSegmentId)?.name}>
                    {segments.find((s) => s.id === l.sourceSegmentId)?.name ?? '—'}
                  </TableCell>
                  <TableCell align="right">
                    <IconButton size="small" aria-label={`Delete list ${l.name}`} onClick={() => void remove('list', l.id, l.name)}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
    </>
  );
}
