import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { useSampleLoadStore } from '../sample-load-store.js';
import { useOverviewStore } from '../store.js';

export const SAMPLE_SIZES = [
  { candidates: 150, detail: 'A quick look' },
  { candidates: 400, detail: 'A small agency' },
  { candidates: 2_000, detail: 'A growing agency' },
  { candidates: 10_000, detail: 'A large agency' },
] as const;

const number = new Intl.NumberFormat();

/** The first-run offer: a realistic made-up agency to explore before entering real people. */
export function SampleDataOffer() {
  const [chosen, setChosen] = useState(400);
  const runningSize = useSampleLoadStore((s) => s.size);
  const [dismissing, setDismissing] = useState(false);
  const loading = useSampleLoadStore((s) => s.running);
  const progress = useSampleLoadStore((s) => s.progress);
  const error = useSampleLoadStore((s) => s.error);
  const startLoad = useSampleLoadStore((s) => s.load);
  const reload = useOverviewStore((s) => s.load);
  const size = loading && runningSize ? runningSize : chosen;

  const dismiss = async () => {
    setDismissing(true);
    const result = await invoke('app:dismiss-sample-offer', {});
    if (result.ok) await reload();
    else notify.error(result.error.message);
    setDismissing(false);
  };

  const total = progress?.total ?? size;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;

  return (
    <Card component="section" aria-labelledby="sample-title" sx={{ mb: 3, borderColor: 'primary.main' }}>
      <CardContent sx={{ p: 3 }}>
        <Typography id="sample-title" variant="h6" component="h2" gutterBottom>
          Start with a sample agency?
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
          Your vault is empty. Load a realistic, made-up agency — candidates, clients, jobs and their history — to
          try Rapport before adding real people. Sample data goes into an empty vault only.
        </Typography>
        <FormLabel id="sample-size-label" sx={{ display: 'block', mb: 0.5, color: 'text.primary' }}>
          Size
        </FormLabel>
        <RadioGroup
          aria-labelledby="sample-size-label"
          value={String(size)}
          onChange={(e) => setChosen(Number(e.target.value))}
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 1.5 }}
        >
          {SAMPLE_SIZES.map((s) => (
            <FormControlLabel
              key={s.candidates}
              value={String(s.candidates)}
              disabled={loading}
              control={<Radio size="small" />}
              label={
                <Box sx={{ py: 1 }}>
                  <Typography variant="body2" component="span" sx={{ display: 'block', fontWeight: 600 }}>
                    {number.format(s.candidates)} candidates
                  </Typography>
                  <Typography variant="body2" component="span" color="text.secondary">
                    {s.detail}
                  </Typography>
                </Box>
              }
              sx={{
                m: 0,
                pr: 1.5,
                alignItems: 'flex-start',
                border: 1,
                borderRadius: 2,
                borderColor: size === s.candidates ? 'primary.main' : 'divider',
                bgcolor: size === s.candidates ? 'action.hover' : 'transparent',
                '& .MuiRadio-root': { mt: 0.5 },
              }}
            />
          ))}
        </RadioGroup>
        {loading ? (
          <Box sx={{ mt: 2 }}>
            <LinearProgress
              variant="determinate"
              value={percent}
              aria-label="Loading sample data"
              sx={{ height: 8, borderRadius: 4 }}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
              {progress
                ? `${progress.phase === 'candidates' ? 'Creating candidates' : capitalise(progress.phase)}… ${number.format(done)} of ${number.format(total)}`
                : 'Preparing…'}
            </Typography>
          </Box>
        ) : null}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </CardContent>
      <CardActions sx={{ px: 3, pb: 3, pt: 0, gap: 1 }}>
        <Button variant="contained" onClick={() => void startLoad(size)} disabled={loading || dismissing}>
          {loading ? 'Loading sample data…' : 'Load sample agency'}
        </Button>
        <Button onClick={() => void dismiss()} disabled={loading || dismissing}>
          No thanks
        </Button>
      </CardActions>
    </Card>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
