import Alert from '@mui/material/Alert';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { PoolDto } from '../../../../src-shared/ipc/contracts/pools.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';

type Option = PoolDto | { id: 0; name: string; inputValue: string };
const filter = createFilterOptions<Option>();

/**
 * Adds candidates to a talent pool (an existing one or one created on the spot). Used from a selection, and
 * from the reject dialog ("keep in touch: add to Silver medalists").
 */
export function PoolPicker({
  candidateIds,
  source,
  note = '',
  onDone,
  autoFocus = false,
}: {
  candidateIds: number[];
  source: 'manual' | 'selection' | 'segment' | 'rejection';
  note?: string;
  onDone?: (poolName: string) => void;
  autoFocus?: boolean;
}) {
  const [pools, setPools] = useState<PoolDto[]>([]);
  const [value, setValue] = useState<Option | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void invoke('pools:list-pools', {}).then((r) => r.ok && setPools(r.value.items));
  }, []);
  const add = async () => {
    if (!value) return;
    let poolId = value.id;
    let name = value.name;
    if (poolId === 0) {
      const created = await invoke('pools:create-pool', { name: (value as { inputValue: string }).inputValue });
      if (!created.ok) return setError(created.error.message);
      poolId = created.value.id;
      name = created.value.name;
    }
    const r = await invoke('pools:add-members', { poolId, candidateIds, source, note });
    if (!r.ok) return setError(r.error.message);
    const { added, already } = r.value;
    notify.success(
      added === 0
        ? `Already in ${name}`
        : candidateIds.length === 1
          ? `Added to ${name}`
          : `Added ${added} ${added === 1 ? 'candidate' : 'candidates'} to ${name}${already > 0 ? ` (${already} already there)` : ''}`,
    );
    onDone?.(name);
  };
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert> : null}
      <Autocomplete<Option>
        options={pools}
        value={value}
        onChange={(_e, v) => setValue(typeof v === 'string' ? null : v)}
        filterOptions={(options, params) => {
          const filtered = filter(options, params);
          if (params.inputValue.trim() && !options.some((o) => o.name.toLowerCase() === params.inputValue.trim().toLowerCase())) {
            filtered.push({ id: 0, name: `Create “${params.inputValue.trim()}”`, inputValue: params.inputValue.trim() });
          }
          return filtered;
        }}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => a.id === b.id && a.name === b.name}
        renderInput={(params) => <TextField {...params} label="Talent pool" autoFocus={autoFocus} placeholder="Silver medalists" />}
        sx={{ minWidth: 260 }}
      />
      <Button sx={{ mt: 1 }} variant="outlined" onClick={() => void add()} disabled={!value}>
        Add to pool
      </Button>
    </>
  );
}

export function AddToPoolDialog({
  open,
  onClose,
  candidateIds,
  source = 'selection',
}: {
  open: boolean;
  onClose(): void;
  candidateIds: number[];
  source?: 'manual' | 'selection' | 'segment' | 'rejection';
}) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="add-to-pool-title">
      <DialogTitle id="add-to-pool-title">
        Add {candidateIds.length === 1 ? 'candidate' : `${candidateIds.length} candidates`} to a talent pool
      </DialogTitle>
      <DialogContent sx={{ pt: '8px !important', display: 'grid' }}>
        <PoolPicker candidateIds={candidateIds} source={source} onDone={onClose} autoFocus />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
