import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useTheme } from '@mui/material/styles';
import { alpha } from '@mui/material/styles';

// Only what the four charts use, so the bundle carries no unused chart types.
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Chart colours from the MUI theme, so charts follow light and dark mode. */
export function useChartColors() {
  const theme = useTheme();
  const p = theme.palette;
  return {
    primary: p.primary.main,
    primarySoft: alpha(p.primary.main, 0.55),
    accent: p.mode === 'light' ? '#B26A00' : '#F2B35B',
    text: p.text.secondary,
    grid: p.divider,
    font: theme.typography.fontFamily as string,
    ramp: (i: number, n: number) => alpha(p.primary.main, 1 - (0.6 * i) / Math.max(1, n - 1)),
  };
}

export type ChartColors = ReturnType<typeof useChartColors>;

export const baseOptions = (c: ChartColors) => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  plugins: {
    legend: { display: false, labels: { color: c.text, font: { family: c.font } } },
    tooltip: { enabled: true },
  },
  scales: {
    x: { ticks: { color: c.text, font: { family: c.font } }, grid: { color: c.grid } },
    y: { ticks: { color: c.text, font: { family: c.font } }, grid: { color: c.grid }, beginAtZero: true },
  },
});
