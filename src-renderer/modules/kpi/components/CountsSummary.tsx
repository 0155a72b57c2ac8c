import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { EntityCounts } from '../../../../src-shared/ipc/contract.js';

const ITEMS: { key: keyof EntityCounts; label: string }[] = [
  { key: 'candidates', label: 'Candidates' },
  { key: 'clients', label: 'Clients' },
  { key: 'contacts', label: 'Client contacts' },
  { key: 'jobs', label: 'Jobs' },
  { key: 'applications', label: 'Applications' },
  { key: 'activities', label: 'Activities' },
];
const number = new Intl.NumberFormat();

/** The vault's counts in one compact row (what the dashboard showed as cards before the KPIs came). */
export function CountsSummary({ counts }: { counts: EntityCounts | null }) {
  return (
    <Card component="section" aria-label="Counts" sx={{ height: '100%' }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5, p: 2 }}>
        {ITEMS.map((i) => (
          <Box key={i.key} sx={{ minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }} noWrap>
              {i.label}
            </Typography>
            {counts ? (
              <Typography variant="h6" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
                {number.format(counts[i.key])}
              </Typography>
            ) : (
              <Skeleton width={60} height={28} />
            )}
          </Box>
        ))}
      </Box>
    </Card>
  );
}
