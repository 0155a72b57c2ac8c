import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import type { DuplicateMatch, MergeRecord } from '../../../../src-shared/domain/candidate.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useCandidateProfileStore } from '../profile-store.js';

const REASON: Record<string, string> = {
  email: 'same e-mail',
  phone: 'same phone',
  linkedin: 'same LinkedIn',
  github: 'same GitHub',
  'name+company': 'similar name at the same company',
  'name+city': 'similar name in the same city',
};

/** Possible duplicates of this candidate, with merge into this profile; and recent merges, with unmerge. */
export function DuplicateBanner({ candidateId, onOpen, onChanged }: { candidateId: number; onOpen: (id: number) => void; onChanged: () => void }) {
  const version = useCandidateProfileStore((s) => s.confirmed?.version);
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const [merges, setMerges] = useState<MergeRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([invoke('candidates:check-duplicates', { candidateId }), invoke('candidates:list-merges', { candidateId })]).then(([d, m]) => {
      if (!live) return;
      setMatches(d.ok ? [...d.value.exact, ...d.value.likely].filter((x) => x.candidateId !== candidateId) : []);
      setMerges(m.ok ? m.value.items.filter((x) => x.targetId === candidateId && x.canUnmerge && !x.unmergedAt) : []);
    });
    return () => {
      live = false;
    };
    // Each saved edit (a new version) checks again: an e-mail just added can be another candidate's.
  }, [candidateId, tick, version]);

  const merge = async (other: DuplicateMatch) => {
    if (!version) return;
    setBusy(true);
    const source = await invoke('candidates:get-candidate', { id: other.candidateId });
    if (!source.ok) {
      setBusy(false);
      return notify.error(source.error.message);
    }
    const r = await invoke('candidates:merge-candidates', { targetId: candidateId, targetVersion: version, sourceId: other.candidateId, sourceVersion: source.value.version, picks: {} });
    setBusy(false);
    if (!r.ok) {
      notify.error(r.error.code === 'conflict' ? 'One of the records changed meanwhile; nothing was merged. Try again.' : `Not merged: ${r.error.message}`);
    } else notify.success(`Merged ${other.displayName} into this profile`);
    setTick((t) => t + 1);
    onChanged();
  };
  const unmerge = async (m: MergeRecord) => {
    setBusy(true);
    const r = await invoke('candidates:unmerge-candidates', { mergeId: m.id, force: false });
    setBusy(false);
    if (!r.ok) notify.error(`Not unmerged: ${r.error.message}`);
    else notify.success(`Restored ${m.sourceName} as a separate candidate`);
    setTick((t) => t + 1);
    onChanged();
  };

  if (matches.length === 0 && merges.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {matches.length ? (
        <Alert severity="warning" role="region" aria-label="Possible duplicates">
          <AlertTitle>Possible duplicate{matches.length > 1 ? 's' : ''}</AlertTitle>
          {matches.slice(0, 3).map((m) => (
            <Box key={m.candidateId} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <span>
                <strong>{m.displayName}</strong> — {m.reasons.map((r) => REASON[r.kind] ?? r.kind).join(', ')}
              </span>
              <Button size="small" color="inherit" onClick={() => onOpen(m.candidateId)}>
                Open
              </Button>
              <Button size="small" color="inherit" variant="outlined" disabled={busy} onClick={() => void merge(m)}>
                Merge into this profile
              </Button>
            </Box>
          ))}
        </Alert>
      ) : null}
      {merges.map((m) => (
        <Alert
          key={m.id}
          severity="info"
          action={
            <Button color="inherit" size="small" disabled={busy} onClick={() => void unmerge(m)}>
              Unmerge
            </Button>
          }
        >
          {m.sourceName} was merged into this profile. You can undo it until {new Date(m.expiresAt).toLocaleDateString()}.
        </Alert>
      ))}
    </Box>
  );
}
