import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { invoke } from '../../../ipc/client.js';

export interface PickedCandidate {
  id: number;
  displayName: string;
  currentTitle: string;
}

/** Type-ahead over the search index (recent candidates before typing). */
export function CandidatePicker({ value, onChange, label = 'Preview for' }: { value: PickedCandidate | null; onChange(c: PickedCandidate | null): void; label?: string }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<PickedCandidate[]>([]);
  useEffect(() => {
    let live = true;
    const q = input.trim();
    const timer = setTimeout(() => {
      const run =
        q.length >= 2
          ? invoke('search:search-candidates', { query: `${q.replace(/["()*:]/g, ' ').trim()}*`, limit: 15 }).then((r) => (r.ok ? r.value.items : []))
          : invoke('candidates:list-candidates', { limit: 15 }).then((r) => (r.ok ? r.value.items : []));
      void run.then((items) => live && setOptions(items.map((i) => ({ id: i.id, displayName: i.displayName, currentTitle: i.currentTitle }))));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input]);
  return (
    <Autocomplete<PickedCandidate>
      options={options}
      value={value}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v) => setInput(v)}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.displayName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, o) => (
        <li {...props} key={o.id}>
          {o.displayName}
          {o.currentTitle ? <span style={{ opacity: 0.6, marginLeft: 8 }}>{o.currentTitle}</span> : null}
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={label} size="small" />}
      sx={{ minWidth: 240 }}
    />
  );
}
