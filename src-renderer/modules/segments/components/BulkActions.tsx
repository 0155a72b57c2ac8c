import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { SegmentTargetInput } from '../../../../src-shared/ipc/contracts/segments.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useSegmentOptionsStore } from '../options-store.js';
import { downloadText } from './download.js';
import { JobPicker, SelectField, ValuesField } from './fields.js';
import { MoreIcon } from './icons.js';

type Action = 'tag' | 'job' | 'list' | 'follow-up';

function ActionDialog({ title, children, busy, canSubmit, onClose, onSubmit, error, confirm }: { title: string; children: ReactNode; busy: boolean; canSubmit: boolean; onClose(): void; onSubmit(): void; error: string | null; confirm: string }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-title">
      <Box component="form" onSubmit={submit}>
        <DialogTitle id="bulk-title">{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {error ? <Alert severity="error">{error}</Alert> : null}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!canSubmit || busy}>
            {confirm}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const tomorrowAtNine = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
};

/**
 * Bulk actions on everyone in the segment or list right now: tag, add to a job, add to a list or pool, export
 * CSV, one follow-up reminder each. `target` is what the actions work on (an unsaved definition is fine).
 */
export function BulkActions({ target, members, disabled }: { target: SegmentTargetInput; members: number | null; disabled?: boolean }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [jobId, setJobId] = useState<number | null>(null);
  const [into, setInto] = useState('');
  const [title, setTitle] = useState('Follow up');
  const [due, setDue] = useState(tomorrowAtNine);
  const lists = useSegmentOptionsStore((s) => s.lists);
  const pools = useSegmentOptionsStore((s) => s.pools);
  const loadOptions = useSegmentOptionsStore((s) => s.load);
  useEffect(() => {
    if (action === 'list') void loadOptions();
  }, [action, loadOptions]);

  const open = (a: Action) => {
    setAnchor(null);
    setError(null);
    setAction(a);
  };
  const close = () => setAction(null);
  const run = async <T,>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (v: T) => string) => {
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    notify.success(done(r.value));
    close();
  };
  const exportCsv = async () => {
    setAnchor(null);
    const r = await invoke('segments:export-members', { target });
    if (!r.ok) return notify.error(r.error.message);
    downloadText(r.value.filename, r.value.content, r.value.mime);
    notify.success(`Exported ${plural(r.value.count, 'candidate')}`);
  };
  const who = members === null ? 'every member' : plural(members, 'member');

  return (
    <>
      <Button variant="outlined" startIcon={<MoreIcon />} onClick={(e) => setAnchor(e.currentTarget)} disabled={disabled} aria-haspopup="menu">
        Bulk actions
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => open('tag')}>Tag members…</MenuItem>
        <MenuItem onClick={() => open('job')}>Add to a job…</MenuItem>
        <MenuItem onClick={() => open('list')}>Add to a list or talent pool…</MenuItem>
        <MenuItem onClick={() => open('follow-up')}>Create a follow-up for each…</MenuItem>
        <MenuItem onClick={() => void exportCsv()}>Export CSV</MenuItem>
      </Menu>
      {action === 'tag' ? (
        <ActionDialog title="Tag members" confirm={`Tag ${who}`} busy={busy} canSubmit={tags.length > 0} error={error} onClose={close}
          onSubmit={() => void run(() => invoke('segments:tag-members', { target, tags }), (v) => `Tagged ${plural(v.updated, 'candidate')} (${v.members} in the segment)`)}>
          <DialogContentText>Adds the tags to {who}; existing tags stay.</DialogContentText>
          <ValuesField field="tag" label="Tags" value={tags} onChange={setTags} />
        </ActionDialog>
      ) : null}
      {action === 'job' ? (
        <ActionDialog title="Add members to a job" confirm={`Add ${who}`} busy={busy} canSubmit={jobId !== null} error={error} onClose={close}
          onSubmit={() => void run(() => invoke('segments:add-members-to-job', { target, jobId: jobId! }), (v) => `Added ${plural(v.added, 'candidate')} to the pipeline${v.skipped ? `; ${v.skipped} already in it` : ''}`)}>
          <DialogContentText>Each member starts in the job’s first active stage; people already in its pipeline stay where they are.</DialogContentText>
          <JobPicker value={jobId} onChange={setJobId} />
        </ActionDialog>
      ) : null}
      {action === 'list' ? (
        <ActionDialog title="Add members to a list or pool" confirm={`Add ${who}`} busy={busy} canSubmit={into !== ''} error={error} onClose={close}
          onSubmit={() => {
            const [kind, id] = into.split(':');
            void run(
              () => invoke('segments:add-members-to-list', kind === 'pool' ? { target, poolId: Number(id) } : { target, listId: Number(id) }),
              (v) => `Added ${plural(v.added, 'candidate')}${v.already ? `; ${v.already} already there` : ''}`,
            );
          }}>
          <SelectField
            label="Add to"
            value={into}
            width={360}
            options={[['', 'Choose…'] as const, ...lists.map((l) => [`list:${l.id}`, `List: ${l.name}`] as const), ...pools.map((p) => [`pool:${p.id}`, `Talent pool: ${p.name}`] as const)]}
            onChange={setInto}
          />
        </ActionDialog>
      ) : null}
      {action === 'follow-up' ? (
        <ActionDialog title="Create a follow-up for each member" confirm={`Create for ${who}`} busy={busy} canSubmit={title.trim() !== '' && due !== ''} error={error} onClose={close}
          onSubmit={() => void run(() => invoke('segments:create-follow-ups', { target, title: title.trim(), dueAt: new Date(due).toISOString() }), (v) => `Created ${plural(v.created, 'follow-up')}`)}>
          <DialogContentText>One reminder per member, linked to the candidate.</DialogContentText>
          <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} required />
          <TextField label="Due" type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} required />
        </ActionDialog>
      ) : null}
    </>
  );
}
