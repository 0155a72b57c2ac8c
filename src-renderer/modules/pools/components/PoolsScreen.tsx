import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PoolDto, PoolMemberDto } from '../../../../src-shared/ipc/contracts/pools.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { ComposeMessageButton } from '../../outreach/components/ComposeMessageDialog.js';
import { GroupsIcon } from '../../reminders/icons.js';

function PoolDialog({ pool, onClose, onSaved }: { pool: PoolDto | null; onClose(): void; onSaved(p: PoolDto): void }) {
  const [name, setName] = useState(pool?.name ?? '');
  const [description, setDescription] = useState(pool?.description ?? '');
  const [cadenceDays, setCadence] = useState(pool?.cadenceDays ?? 30);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = pool
      ? await invoke('pools:update-pool', { id: pool.id, name, description, cadenceDays })
      : await invoke('pools:create-pool', { name, description, cadenceDays });
    if (!r.ok) return setError(r.error.message);
    onSaved(r.value);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="pool-dialog-title">
      <Box component="form" onSubmit={(e) => void submit(e)}>
        <DialogTitle id="pool-dialog-title">{pool ? 'Edit pool' : 'New talent pool'}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {error ? <Alert severity="error">{error}</Alert> : null}
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus placeholder="Silver medalists" />
          <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} multiline minRows={2} />
          <TextField
            label="Nurture cadence (days)"
            type="number"
            value={cadenceDays}
            onChange={(e) => setCadence(Math.max(1, Math.min(365, Number(e.target.value) || 1)))}
            helperText="Each member is due for a touch this many days after the last one"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!name.trim()}>
            Save
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : '—');

export function PoolsScreen() {
  const go = useNavigationStore((s) => s.go);
  const [pools, setPools] = useState<PoolDto[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [members, setMembers] = useState<PoolMemberDto[]>([]);
  const [dueOnly, setDueOnly] = useState(false);
  const [editing, setEditing] = useState<PoolDto | 'new' | null>(null);

  const loadPools = useCallback(async () => {
    const r = await invoke('pools:list-pools', {});
    if (r.ok) {
      setPools(r.value.items);
      setSelected((s) => s ?? r.value.items[0]?.id ?? null);
    }
  }, []);
  const loadMembers = useCallback(async () => {
    if (selected === null) return setMembers([]);
    const r = await invoke('pools:list-members', { poolId: selected, dueOnly });
    if (r.ok) setMembers(r.value.items);
  }, [selected, dueOnly]);
  useEffect(() => void loadPools(), [loadPools]);
  useEffect(() => void loadMembers(), [loadMembers]);

  const pool = pools?.find((p) => p.id === selected) ?? null;
  const remove = async (candidateId: number) => {
    if (!pool) return;
    const r = await invoke('pools:remove-members', { poolId: pool.id, candidateIds: [candidateId] });
    if (r.ok) {
      notify.info('Removed from the pool');
      void loadMembers();
      void loadPools();
    }
  };

  return (
    <>
      <PageHeader
        title="Talent pools"
        subtitle="Communities to nurture: silver medalists, future leaders, alumni…"
        actions={
          <Button variant="contained" startIcon={<GroupsIcon />} onClick={() => setEditing('new')}>
            New pool
          </Button>
        }
      />
      {pools && pools.length === 0 ? (
        <Paper variant="outlined">
          <EmptyState icon={<GroupsIcon />} title="No talent pools yet" action={<Button variant="outlined" onClick={() => setEditing('new')}>Create a pool</Button>}>
            Keep great people close: add candidates from a selection, or when you reject someone late in a pipeline.
          </EmptyState>
        </Paper>
      ) : (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '280px 1fr' }, alignItems: 'start' }}>
          <Paper variant="outlined">
            <List aria-label="Pools" disablePadding>
              {(pools ?? []).map((p) => (
                <ListItem key={p.id} disablePadding divider>
                  <ListItemButton selected={p.id === selected} onClick={() => setSelected(p.id)}>
                    <ListItemText primary={p.name} secondary={`${p.memberCount} member${p.memberCount === 1 ? '' : 's'} · every ${p.cadenceDays} days`} />
                    {p.dueCount > 0 ? <Chip size="small" color="warning" label={`${p.dueCount} due`} /> : null}
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          </Paper>
          {pool ? (
            <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="pool-title">
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography id="pool-title" variant="h6" component="h2">
                    {pool.name}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {pool.description || 'No description'} · touch every {pool.cadenceDays} days
                  </Typography>
                </Box>
                <FormControlLabel control={<Switch checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} />} label="Due for a touch" />
                <Button onClick={() => setEditing(pool)}>Edit</Button>
              </Box>
              {members.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
                  {dueOnly ? 'Nobody is due for a touch.' : 'No members yet.'}
                </Typography>
              ) : (
                <Table size="small" aria-label={`Members of ${pool.name}`}>
                  <TableHead>
                    <TableRow>
                      <TableCell>Candidate</TableCell>
                      <TableCell>Last touch</TableCell>
                      <TableCell>Next touch</TableCell>
                      <TableCell>Added from</TableCell>
                      <TableCell align="right">Actions</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {members.map((m) => (
                      <TableRow key={m.candidateId} hover>
                        <TableCell>
                          <Link component="button" type="button" onClick={() => go('candidates', String(m.candidateId))} sx={{ fontWeight: 600 }}>
                            {m.displayName}
                          </Link>
                          <Typography variant="caption" color="text.secondary" component="div">
                            {m.currentTitle}
                          </Typography>
                        </TableCell>
                        <TableCell>{date(m.lastTouchAt)}</TableCell>
                        <TableCell>{m.due ? <Chip size="small" color="warning" label={`Due since ${date(m.nextTouchAt)}`} /> : date(m.nextTouchAt)}</TableCell>
                        <TableCell>{m.source}</TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          <ComposeMessageButton candidateId={m.candidateId} label={m.displayName} purpose="check-in" onLogged={() => void loadMembers().then(loadPools)} size="small" />
                          <Button size="small" color="inherit" onClick={() => void remove(m.candidateId)}>
                            Remove
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Paper>
          ) : null}
        </Box>
      )}
      {editing ? (
        <PoolDialog
          pool={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            setSelected(p.id);
            void loadPools();
          }}
        />
      ) : null}
    </>
  );
}
