import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useCallback, useEffect, useState } from 'react';
import type { CandidateList, SegmentMember } from '../../../../src-shared/ipc/contracts/segments.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { BulkActions } from './BulkActions.js';
import { ArrowBackIcon } from './icons.js';
import { memberLocation } from './MemberPreview.js';

const PAGE = 50;

/** A static list: its members (newest first), bulk actions, and removing people from it. */
export function ListView({ listId }: { listId: number }) {
  const go = useNavigationStore((s) => s.go);
  const [list, setList] = useState<CandidateList | null>(null);
  const [members, setMembers] = useState<{ items: SegmentMember[]; total: number }>({ items: [], total: 0 });
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [lists, page0] = await Promise.all([
      invoke('lists:list-lists', {}),
      invoke('segments:list-members', { target: { type: 'list', id: listId }, limit: PAGE, offset: page * PAGE }),
    ]);
    if (!page0.ok) return setError(page0.error.message);
    setList(lists.ok ? (lists.value.items.find((l) => l.id === listId) ?? null) : null);
    setMembers(page0.value);
    setError(null);
  }, [listId, page]);
  useEffect(() => void load(), [load]);

  const remove = async (m: SegmentMember) => {
    const r = await invoke('lists:remove-members', { listId, candidateIds: [m.id] });
    if (!r.ok) return notify.error(r.error.message);
    notify.info(`Removed ${m.displayName} from the list`);
    void load();
  };

  return (
    <>
      <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => go('segments')} sx={{ mb: 1 }}>
        All segments
      </Button>
      <PageHeader
        title={list?.name ?? 'Static list'}
        subtitle={`${members.total} ${members.total === 1 ? 'member' : 'members'}${list?.description ? ` · ${list.description}` : ''} · frozen: members do not change on their own`}
        actions={<BulkActions target={{ type: 'list', id: listId }} members={members.total} />}
      />
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Table size="small" aria-label="List members">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Title</TableCell>
              <TableCell>Location</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {members.items.map((m) => (
              <TableRow key={m.id} hover>
                <TableCell>
                  <Link component="button" type="button" onClick={() => go('candidates', String(m.id))} sx={{ fontWeight: 600 }}>
                    {m.displayName}
                  </Link>
                </TableCell>
                <TableCell>{m.currentTitle}</TableCell>
                <TableCell>{memberLocation(m)}</TableCell>
                <TableCell align="right">
                  <Button size="small" color="inherit" onClick={() => void remove(m)} aria-label={`Remove ${m.displayName} from the list`}>
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination component="div" count={members.total} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_e, p) => setPage(p)} />
      </Paper>
    </>
  );
}
