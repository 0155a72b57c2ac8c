import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

export interface StrengthMeterProps {
  /** 0 (none) … 4 (strong) */
  score: number;
  label: string;
  hint: string;
}

const colors = ['error', 'error', 'warning', 'success', 'success'] as const;

export function StrengthMeter({ score, label, hint }: StrengthMeterProps) {
  return (
    <Box>
      <LinearProgress
        variant="determinate"
        value={(score / 4) * 100}
        // Nothing typed yet is not an error: a neutral track until there is something to judge.
        color={score === 0 ? 'inherit' : (colors[score] ?? 'error')}
        aria-label="Passphrase strength"
        aria-valuetext={label}
        sx={{ height: 6, borderRadius: 3, color: score === 0 ? 'text.disabled' : undefined }}
      />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }} aria-live="polite">
        <Box component="strong" sx={{ color: 'text.primary' }}>
          {label}
        </Box>
        {hint ? ` · ${hint}` : ''}
      </Typography>
    </Box>
  );
}
