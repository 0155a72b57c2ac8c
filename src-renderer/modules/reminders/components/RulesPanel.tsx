import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { FollowUpRuleDto } from '../../../../src-shared/ipc/contracts/reminders.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useReminderStore } from '../store.js';

/** The automatic follow-up rules: each switchable, each with its N. */
export function RulesPanel() {
  const [rules, setRules] = useState<FollowUpRuleDto[]>([]);
  useEffect(() => {
    void invoke('rules:list-rules', {}).then((r) => r.ok && setRules(r.value.items));
  }, []);
  const update = async (kind: FollowUpRuleDto['kind'], patch: { enabled?: boolean; amount?: number }) => {
    const r = await invoke('rules:update-rule', { kind, ...patch });
    if (r.ok) setRules((rs) => rs.map((x) => (x.kind === kind ? r.value : x)));
    else notify.error(r.error.message);
  };
  const runNow = async () => {
    const r = await invoke('rules:run-rules', {});
    if (!r.ok) return notify.error(r.error.message);
    const n = Object.values(r.value.created).reduce((a, b) => a + b, 0);
    notify.success(n === 0 ? 'No new follow-ups' : `${n} follow-up reminder${n === 1 ? '' : 's'} created`);
    const s = useReminderStore.getState();
    useReminderStore.setState({ revision: s.revision + 1 });
    await Promise.all([s.load(), s.loadCounts()]);
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="rules-title" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography id="rules-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          Automatic follow-ups
        </Typography>
        <Button size="small" onClick={() => void runNow()}>
          Run now
        </Button>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        Checked hourly. Each situation creates one reminder, however often the rules run.
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3 }}>
        {rules.map((r) => (
          <Box key={r.kind} sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
            <Switch checked={r.enabled} onChange={(e) => void update(r.kind, { enabled: e.target.checked })} slotProps={{ input: { 'aria-label': r.label } }} />
            <Typography variant="body2" sx={{ flex: 1 }}>
              {r.label}
            </Typography>
            {/* Pool check-ins follow each pool's own cadence (set on the pool). */}
            {r.kind === 'pool-checkin' ? null : (
            <TextField
              type="number"
              size="small"
              label={r.unit}
              defaultValue={r.amount}
              disabled={!r.enabled}
              onBlur={(e) => {
                const v = Number(e.target.value);
                if (v >= 1 && v <= 365 && v !== r.amount) void update(r.kind, { amount: v });
              }}
              sx={{ width: 110 }}
              slotProps={{ htmlInput: { min: 1, max: 365, 'aria-label': `${r.label}: ${r.unit}` } }}
            />
            )}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
