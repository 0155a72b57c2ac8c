import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { kpiDefinitions } from '../../../../src-shared/domain/kpi/definitions.js';
import { kpiIds, type KpiId, type KpiSettings } from '../../../../src-shared/domain/kpi/settings.js';
import { useKpiSettingsStore } from '../settings-store.js';

const units: Record<string, string> = { days: 'days', hours: 'hours', percent: '%', count: '', money: '', score: '' };
const targetable = kpiIds.filter((id) => kpiDefinitions[id].better !== 'neither');

/** The agency's targets (each with its default and where that comes from) and the definition choices. */
export function KpiSettingsDialog({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(): void }) {
  const { settings, saving, error, load, save } = useKpiSettingsStore();
  const [draft, setDraft] = useState<KpiSettings | null>(null);
  const [targets, setTargets] = useState<Partial<Record<KpiId, string>>>({});

  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  useEffect(() => {
    if (open && settings) {
      setDraft(structuredClone(settings));
      setTargets(Object.fromEntries(Object.entries(settings.targets).map(([k, v]) => [k, v === null ? '' : String(v)])));
    }
  }, [open, settings]);

  const submit = async () => {
    if (!draft) return;
    const own: Partial<Record<KpiId, number | null>> = {};
    for (const id of targetable) {
      const raw = (targets[id] ?? '').trim();
      if (raw !== '' && Number.isFinite(Number(raw))) own[id] = Number(raw);
    }
    if (await save({ ...draft, targets: own })) {
      onSaved();
      onClose();
    }
  };
  const set = <K extends keyof KpiSettings>(key: K, patch: Partial<KpiSettings[K]>) => setDraft((d) => (d ? { ...d, [key]: { ...d[key], ...patch } } : d));

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="kpi-settings-title">
      <DialogTitle id="kpi-settings-title">Targets and definitions</DialogTitle>
      <DialogContent dividers>
        {error ? <Alert severity="error" sx={{ mb: 2 }}>{error.message}</Alert> : null}
        {draft ? (
          <>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              Where the industry disagrees
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2, mb: 3 }}>
              <TextField select size="small" label="Time to fill starts when the job is" value={draft.timeToFill.start} onChange={(e) => set('timeToFill', { start: e.target.value as 'opened' | 'created' })}>
                <MenuItem value="opened">Opened</MenuItem>
                <MenuItem value="created">Created (brief taken)</MenuItem>
              </TextField>
              <TextField select size="small" label="Time to fill: average" value={draft.timeToFill.aggregate} onChange={(e) => set('timeToFill', { aggregate: e.target.value as 'mean' | 'median' })}>
                <MenuItem value="mean">Mean</MenuItem>
                <MenuItem value="median">Median</MenuItem>
              </TextField>
              <FormControlLabel
                control={<Switch checked={draft.timeToFill.excludeOnHold} onChange={(e) => set('timeToFill', { excludeOnHold: e.target.checked })} />}
                label="Leave on-hold time out of time to fill"
              />
              <TextField select size="small" label="Time to hire starts when the candidate" value={draft.timeToHire.start} onChange={(e) => set('timeToHire', { start: e.target.value as 'application' | 'first_contact' })}>
                <MenuItem value="application">Entered the job’s pipeline</MenuItem>
                <MenuItem value="first_contact">Was first added to the database</MenuItem>
              </TextField>
              <TextField select size="small" label="Time to hire: average" value={draft.timeToHire.aggregate} onChange={(e) => set('timeToHire', { aggregate: e.target.value as 'mean' | 'median' })}>
                <MenuItem value="mean">Mean</MenuItem>
                <MenuItem value="median">Median</MenuItem>
              </TextField>
              <TextField select size="small" label="Offer acceptance divides by" value={draft.offerAcceptance.denominator} onChange={(e) => set('offerAcceptance', { denominator: e.target.value as 'extended' | 'decided' })}>
                <MenuItem value="extended">All offers extended</MenuItem>
                <MenuItem value="decided">Decided offers only</MenuItem>
              </TextField>
              <TextField
                size="small"
                type="number"
                label="Reply window (days)"
                value={draft.engagement.replyWindowDays}
                onChange={(e) => set('engagement', { replyWindowDays: Math.max(1, Math.min(30, Math.round(Number(e.target.value) || 1))) })}
                slotProps={{ htmlInput: { min: 1, max: 30 } }}
              />
            </Box>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              Targets (leave empty for the default)
            </Typography>
            <Box sx={{ display: 'grid', gap: 1.5 }}>
              {targetable.map((id) => {
                const def = kpiDefinitions[id];
                return (
                  <Box key={id} sx={{ display: 'grid', gridTemplateColumns: '200px 1fr', gap: 2, alignItems: 'start' }}>
                    <TextField
                      size="small"
                      type="number"
                      label={`${def.label}${units[def.unit] ? ` (${units[def.unit]})` : ''}`}
                      value={targets[id] ?? ''}
                      placeholder={def.defaultTarget ? String(def.defaultTarget.value) : 'No target'}
                      onChange={(e) => setTargets((t) => ({ ...t, [id]: e.target.value }))}
                      slotProps={{ inputLabel: { shrink: true } }}
                    />
                    <Typography variant="body2" color="text.secondary" sx={{ pt: 0.5 }}>
                      {def.defaultTarget ? `Default ${def.defaultTarget.value}: ${def.defaultTarget.source}` : 'No industry default; set your own.'}
                    </Typography>
                  </Box>
                );
              })}
            </Box>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!draft || saving}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
