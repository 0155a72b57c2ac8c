import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { isDate } from '../../../../src-shared/domain/kpi/time.js';
import { PRESETS, presetOf, presetRange, type PresetId } from '../filter.js';
import { useKpiFilterOptionsStore } from '../options-store.js';
import { useKpiDashboardStore } from '../store.js';

const ALL = '';
const idOrNull = (v: string) => (v === ALL ? null : Number(v));

/** Period (preset or custom dates) and the client, job, recruiter, source and segment filters. */
export function KpiFilterBar() {
  const filter = useKpiDashboardStore((s) => s.filter);
  const setFilter = useKpiDashboardStore((s) => s.setFilter);
  const options = useKpiFilterOptionsStore((s) => s.options);
  const forClient = useKpiFilterOptionsStore((s) => s.forClient);
  const loadOptions = useKpiFilterOptionsStore((s) => s.load);
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const preset = presetOf(filter);

  useEffect(() => {
    setFrom(filter.from);
    setTo(filter.to);
  }, [filter.from, filter.to]);
  useEffect(() => {
    if (!options || forClient !== filter.clientId) void loadOptions(filter.clientId);
  }, [filter.clientId, forClient, options, loadOptions]);

  const dateError = !isDate(from) || !isDate(to) ? 'Use a date' : from > to ? 'Start after end' : null;
  const applyDates = () => {
    if (!dateError && (from !== filter.from || to !== filter.to)) void setFilter({ from, to });
  };
  const select = { size: 'small' as const, select: true, sx: { minWidth: 150, maxWidth: 240, flex: '1 1 150px' } };

  return (
    <Box component="form" aria-label="KPI filters" onSubmit={(e) => (e.preventDefault(), applyDates())} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
      <TextField
        {...select}
        label="Period"
        value={preset}
        onChange={(e) => {
          const id = e.target.value as PresetId;
          if (id !== 'custom') void setFilter(presetRange(id));
        }}
      >
        {PRESETS.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.label}
          </MenuItem>
        ))}
        <MenuItem value="custom">Custom dates</MenuItem>
      </TextField>
      <TextField
        size="small"
        type="date"
        label="From"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        onBlur={applyDates}
        error={Boolean(dateError)}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 160 }}
      />
      <TextField
        size="small"
        type="date"
        label="To"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        onBlur={applyDates}
        error={Boolean(dateError)}
        helperText={dateError ?? undefined}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 160 }}
      />
      <TextField {...select} label="Client" value={filter.clientId ?? ALL} onChange={(e) => void setFilter({ clientId: idOrNull(e.target.value) })}>
        <MenuItem value={ALL}>All clients</MenuItem>
        {options?.clients.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label="Job" value={filter.jobId ?? ALL} onChange={(e) => void setFilter({ jobId: idOrNull(e.target.value) })}>
        <MenuItem value={ALL}>{options?.jobsTruncated && filter.clientId === null ? 'All jobs (pick a client to list all)' : 'All jobs'}</MenuItem>
        {options?.jobs.map((j) => (
          <MenuItem key={j.id} value={j.id}>
            {j.title} · {j.clientName}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label="Recruiter" value={filter.recruiterId ?? ALL} onChange={(e) => void setFilter({ recruiterId: idOrNull(e.target.value) })}>
        <MenuItem value={ALL}>All recruiters</MenuItem>
        {options?.recruiters.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...select} label="Source" value={filter.source ?? ALL} onChange={(e) => void setFilter({ source: e.target.value === ALL ? null : e.target.value })}>
        <MenuItem value={ALL}>All sources</MenuItem>
        {options?.sources.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      {options?.segmentsAvailable ? (
        <TextField {...select} label="Segment" value={filter.segmentId ?? ALL} onChange={(e) => void setFilter({ segmentId: idOrNull(e.target.value) })}>
          <MenuItem value={ALL}>All candidates</MenuItem>
          {options.segments.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {filter.clientId !== null || filter.jobId !== null || filter.recruiterId !== null || filter.source !== null || filter.segmentId !== null ? (
        <Button onClick={() => void setFilter({ clientId: null, jobId: null, recruiterId: null, source: null, segmentId: null })}>Clear filters</Button>
      ) : null}
    </Box>
  );
}
