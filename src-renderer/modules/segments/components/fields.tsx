import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useId, useState } from 'react';
import type { DateBound } from '../../../../src-shared/domain/segments/dates.js';
import type { SuggestField } from '../../../../src-shared/ipc/contracts/segments.js';
import { invoke } from '../../../ipc/client.js';
import { useSegmentOptionsStore, type JobOption } from '../options-store.js';

const FIELD_WIDTH = { minWidth: 200, flex: '1 1 220px' } as const;

/** Calls `load` 150 ms after the typed text settles; only the latest answer lands. */
function useSuggestions<T>(input: string, load: (q: string) => Promise<T[]>, enabled: boolean): T[] {
  const [options, setOptions] = useState<T[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const timer = setTimeout(() => void load(input.trim()).then((items) => live && setOptions(items)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `load` is recreated on each render by callers; the typed text and whether the list is open decide what to fetch.
  }, [input, enabled]);
  return options;
}

/** Free values as chips, with autocomplete from what the vault holds (most common first, with counts). */
export function ValuesField({ field, label, value, onChange, placeholder }: { field: SuggestField; label: string; value: string[]; onChange(v: string[]): void; placeholder?: string }) {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const options = useSuggestions(input, (q) => invoke('segments:suggest-values', { field, query: q, limit: 15 }).then((r) => (r.ok ? r.value.items : [])), open);
  const counts = new Map(options.map((o) => [o.value, o.count]));
  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      size="small"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options.map((o) => o.value)}
      value={value}
      onChange={(_e, v) => onChange([...new Set(v.map((s) => s.trim()).filter(Boolean))])}
      inputValue={input}
      onInputChange={(_e, v) => setInput(v)}
      filterOptions={(x) => x}
      renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={v} size="small" label={v} />)}
      renderOption={(props, o) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <li key={key} {...rest}>
            <Box sx={{ flex: 1 }}>{o}</Box>
            {counts.has(o) ? <Box sx={{ color: 'text.secondary', fontSize: 12, ml: 2 }}>{counts.get(o)}</Box> : null}
          </li>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} placeholder={value.length === 0 ? placeholder : undefined} />}
      sx={FIELD_WIDTH}
    />
  );
}

/** A fixed set of choices as chips (seniority, channels, stage types…). */
export function ChoicesField<T extends string>({
  label,
  options,
  value,
  onChange,
  labels,
}: {
  label: string;
  options: readonly T[];
  value: T[];
  onChange(v: T[]): void;
  labels?: Partial<Record<T, string>>;
}) {
  const name = (o: T) => labels?.[o] ?? o.replace(/-/g, ' ');
  return (
    <Autocomplete<T, true>
      multiple
      size="small"
      options={options as T[]}
      value={value}
      onChange={(_e, v) => onChange(v)}
      getOptionLabel={name}
      disableCloseOnSelect
      renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={v} size="small" label={name(v)} />)}
      renderInput={(params) => <TextField {...params} label={label} />}
      sx={FIELD_WIDTH}
    />
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, width = 150 }: { label: string; value: T; options: readonly (readonly [T, string])[]; onChange(v: T): void; width?: number }) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value as T)} sx={{ width }}>
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A whole number (or empty for "none"); invalid typing leaves the value alone until it parses. */
export function NumberField({ label, value, onChange, min = 0, max, width = 120, step }: { label: string; value: number | null | undefined; onChange(v: number | null): void; min?: number; max?: number; width?: number; step?: number }) {
  return (
    <TextField
      size="small"
      type="number"
      label={label}
      value={value ?? ''}
      onChange={(e) => {
        const raw = e.target.value;
        if (raw === '') return onChange(null);
        const n = Number(raw);
        if (Number.isFinite(n)) onChange(n);
      }}
      slotProps={{ htmlInput: { min, max, step: step ?? 1 } }}
      sx={{ width }}
    />
  );
}

/** "N days ago" or a calendar day (the browser's date picker). */
export function DateBoundField({ label, value, onChange, allowEmpty }: { label: string; value: DateBound | null | undefined; onChange(v: DateBound | null): void; allowEmpty?: boolean }) {
  const id = useId();
  const type = value?.type ?? 'none';
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Box role="group" aria-labelledby={id} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <TextField
        id={id}
        select
        size="small"
        label={label}
        value={type}
        onChange={(e) => {
          const t = e.target.value;
          onChange(t === 'none' ? null : t === 'date' ? { type: 'date', date: today } : { type: 'days-ago', days: 30 });
        }}
        sx={{ width: 140 }}
      >
        {allowEmpty ? <MenuItem value="none">Any time</MenuItem> : null}
        <MenuItem value="days-ago">Days ago</MenuItem>
        <MenuItem value="date">On a date</MenuItem>
      </TextField>
      {value?.type === 'days-ago' ? (
        <NumberField label="Days" value={value.days} onChange={(d) => onChange({ type: 'days-ago', days: d ?? 0 })} width={100} max={36500} />
      ) : null}
      {value?.type === 'date' ? (
        <TextField
          size="small"
          type="date"
          label="Date"
          value={value.date}
          onChange={(e) => e.target.value && onChange({ type: 'date', date: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
        />
      ) : null}
    </Box>
  );
}

const jobLabel = (j: JobOption) => `${j.title} — ${j.clientName}`;

/** A job by title or client; null means "any job". */
export function JobPicker({ value, onChange, label = 'Job' }: { value: number | null; onChange(id: number | null): void; label?: string }) {
  const jobs = useSegmentOptionsStore((s) => s.jobs);
  const remember = useSegmentOptionsStore((s) => s.rememberJobs);
  const ensure = useSegmentOptionsStore((s) => s.ensureJobs);
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (value !== null) void ensure([value]);
  }, [value, ensure]);
  const options = useSuggestions(
    input,
    (q) =>
      invoke('segments:suggest-jobs', { query: q, limit: 20 }).then((r) => {
        if (!r.ok) return [];
        remember(r.value.items);
        return r.value.items;
      }),
    open,
  );
  const selected = value === null ? null : (jobs[value] ?? null);
  return (
    <Autocomplete<JobOption>
      size="small"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={selected}
      onChange={(_e, v) => onChange(v?.id ?? null)}
      onInputChange={(_e, v, reason) => reason === 'input' && setInput(v)}
      filterOptions={(x) => x}
      getOptionLabel={jobLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => <TextField {...params} label={label} placeholder="Any job" />}
      sx={{ minWidth: 240, flex: '1 1 260px' }}
    />
  );
}

interface PlaceValue {
  country?: string | undefined;
  region?: string | undefined;
  city?: string | undefined;
}
const placeKey = (p: PlaceValue) => [p.country ?? '', p.region ?? '', p.city ?? ''].join('|');
export const placeLabel = (p: PlaceValue) => [p.city, p.region, p.country].filter(Boolean).join(', ');

/** Countries, regions and cities in use (search by name, e.g. "switzerland" or "zür"). */
export function PlacesField({ value, onChange }: { value: PlaceValue[]; onChange(v: PlaceValue[]): void }) {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const options = useSuggestions(input, (q) => invoke('segments:suggest-places', { query: q, limit: 20 }).then((r) => (r.ok ? r.value.items : [])), open);
  return (
    <Autocomplete<PlaceValue, true>
      multiple
      size="small"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={value}
      onChange={(_e, v) => onChange(v.map((p) => ({ country: p.country ?? '', region: p.region ?? '', city: p.city ?? '' })))}
      inputValue={input}
      onInputChange={(_e, v) => setInput(v)}
      filterOptions={(x) => x}
      getOptionLabel={placeLabel}
      isOptionEqualToValue={(a, b) => placeKey(a) === placeKey(b)}
      renderOption={(props, o) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <li key={key} {...rest}>
            <Box sx={{ flex: 1 }}>{placeLabel(o)}</Box>
            {'count' in o ? <Box sx={{ color: 'text.secondary', fontSize: 12, ml: 2 }}>{String((o as { count: number }).count)}</Box> : null}
          </li>
        );
      }}
      renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={placeKey(v)} size="small" label={placeLabel(v)} />)}
      renderInput={(params) => <TextField {...params} label="Places" placeholder={value.length === 0 ? 'Country, region or city' : undefined} />}
      sx={{ ...FIELD_WIDTH, minWidth: 280 }}
    />
  );
}
