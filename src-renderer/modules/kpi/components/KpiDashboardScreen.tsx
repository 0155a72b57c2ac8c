import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect } from 'react';
import { PageHeader } from '../../../ui/PageHeader.js';
import { SampleDataOffer } from '../../dashboard/components/SampleDataOffer.js';
import { useOverviewStore } from '../../dashboard/store.js';
import { DueTodayPanel } from '../../reminders/index.js';
import { useKpiDrilldownStore } from '../drilldown-store.js';
import { useKpiFilterOptionsStore } from '../options-store.js';
import { useKpiDashboardStore } from '../store.js';
import { CountsSummary } from './CountsSummary.js';
import { KpiDashboard } from './KpiDashboard.js';

/**
 * The Dashboard route: the agency overview (the sample-data offer on first run, the counts as a summary row
 * beside what is due today), then the KPIs once the vault has people in it. The KPIs reload when the counts
 * change (a sample load, an import).
 */
export function KpiDashboardScreen() {
  const overview = useOverviewStore((s) => s.overview);
  const error = useOverviewStore((s) => s.error);
  const loadOverview = useOverviewStore((s) => s.load);
  const counts = overview?.counts ?? null;
  const reloadKey = counts ? counts.applications * 31 + counts.activities * 7 + counts.candidates : 0;
  const offer = overview && overview.counts.candidates === 0 && !overview.sampleOfferDismissed;

  useEffect(() => {
    void loadOverview();
  }, [loadOverview]);
  // The figures are not kept once the screen closes (the filter stays for the session; it holds no data).
  useEffect(
    () => () => {
      useKpiDashboardStore.getState().clear();
      useKpiFilterOptionsStore.getState().reset();
      useKpiDrilldownStore.getState().close();
    },
    [],
  );

  return (
    <>
      <PageHeader title="Dashboard" subtitle={overview?.agencyName || 'Your agency at a glance'} />
      {error ? (
        <Alert severity="error" sx={{ mb: 3 }} action={<Button color="inherit" size="small" onClick={() => void loadOverview()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      {offer ? <SampleDataOffer /> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, alignItems: 'stretch' }}>
        <CountsSummary counts={counts} />
        {overview ? <Box sx={{ '& > section': { mt: 0, height: '100%', boxSizing: 'border-box' } }}>{<DueTodayPanel />}</Box> : null}
      </Box>
      {counts && counts.candidates > 0 ? <KpiDashboard reloadKey={reloadKey} /> : null}
    </>
  );
}
