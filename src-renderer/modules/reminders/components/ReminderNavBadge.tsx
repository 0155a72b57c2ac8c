import Box from '@mui/material/Box';
import { badgeCount, useReminderStore } from '../store.js';

/** The sidebar count: overdue plus the rest of today; red when something is overdue. Hidden at zero. */
export function ReminderNavBadge() {
  const counts = useReminderStore((s) => s.counts);
  const n = badgeCount(counts);
  if (n === 0) return null;
  return (
    <Box
      component="span"
      data-testid="reminder-badge"
      aria-label={`${n} due`}
      sx={{
        minWidth: 22,
        height: 22,
        px: 0.75,
        borderRadius: 11,
        fontSize: 12,
        fontWeight: 700,
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: counts && counts.overdue > 0 ? 'error.main' : 'primary.main',
        color: counts && counts.overdue > 0 ? 'error.contrastText' : 'primary.contrastText',
      }}
    >
      {n > 99 ? '99+' : n}
    </Box>
  );
}
