import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useEffect, type ReactNode } from 'react';
import type { EntityCounts } from '../../../../src-shared/ipc/contract.js';
import { AssignmentIcon, BusinessIcon, ChatIcon, PeopleIcon, PersonIcon, WorkIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { StatCard } from '../../../ui/StatCard.js';
import { useOverviewStore } from '../store.js';
import { SampleDataOffer } from './SampleDataOffer.js';
import { DueTodayPanel } from '../../reminders/index.js';

const CARDS: { key: keyof EntityCounts; label: string; icon: ReactNode }[] = [
  { key: 'candidates', label: 'Candidates', icon: <PeopleIcon /> },
  { key: 'clients', label: 'Clients', icon: <BusinessIcon /> },
  { key: 'contacts', label: 'Client contacts', icon: <PersonIcon /> },
  { key: 'jobs', label: 'Jobs', icon: <WorkIcon /> },
  { key: 'applications', label: 'Applications', icon: <AssignmentIcon /> },
  { key: 'activities', label: 'Activities', icon: <ChatIcon /> },
];

const number = new Intl.NumberFormat();

export function DashboardScreen() {
  const overview = useOverviewStore((s) => s.overview);
  const error = useOverviewStore((s) => s.error);
  const load = useOverviewStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  const offer = overview && overview.counts.candidates === 0 && !overview.sampleOfferDismissed;

  return (
    <>
      <PageHeader title="Dashboard" subtitle={overview?.agencyName || 'Your agency at a glance'} />
      {error ? (
        <Alert severity="error" sx={{ mb: 3 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      {offer ? <SampleDataOffer /> : null}
      <Box
        component="section"
        aria-label="Counts"
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}
      >
        {CARDS.map((c) =>
          overview ? (
            <StatCard key={c.key} label={c.label} value={number.format(overview.counts[c.key])} icon={c.icon} />
          ) : (
            <Skeleton key={c.key} variant="rounded" height={84} />
          ),
        )}
      </Box>
      {overview ? <DueTodayPanel /> : null}
    </>
  );
}
