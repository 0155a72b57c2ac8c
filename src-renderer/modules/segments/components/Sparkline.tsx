import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';

/**
 * Member count over the last 30 days as a small line. Days without a snapshot (Rapport was not opened) are
 * skipped; the accessible name states the first and last figures.
 */
export function Sparkline({ points, width = 120, height = 28 }: { points: { day: string; count: number }[]; width?: number; height?: number }) {
  const theme = useTheme();
  if (points.length === 0) return null;
  const label =
    points.length === 1
      ? `${points[0]!.count} on ${points[0]!.day}`
      : `From ${points[0]!.count} on ${points[0]!.day} to ${points[points.length - 1]!.count} on ${points[points.length - 1]!.day}`;
  const counts = points.map((p) => p.count);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const pad = 3;
  const x = (i: number) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (n: number) => (max === min ? height / 2 : height - pad - ((n - min) * (height - 2 * pad)) / (max - min));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.count).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <Box component="svg" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} sx={{ display: 'block' }}>
      <path d={path} fill="none" stroke={theme.palette.primary.main} strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(points.length - 1)} cy={y(last.count)} r={2.5} fill={theme.palette.primary.main} />
    </Box>
  );
}
