import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { DrilldownTarget } from '../../../../src-shared/domain/kpi/dashboard.js';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import { SettingsIcon } from '../../../ui/icons.js';
import { useKpiDrilldownStore } from '../drilldown-store.js';
import { useKpiDashboardStore } from '../store.js';
import { DrilldownDialog } from './DrilldownDialog.js';
import { KpiCard } from './KpiCard.js';
import { FunnelChart, SourceChart, TimeToFillChart, TrendChart } from './KpiCharts.js';
import { KpiFilterBar } from './KpiFilterBar.js';
import { KpiSettingsDialog } from './KpiSettingsDialog.js';
import { RecruiterTable, VelocityTable } from './KpiTables.js';

/** The KPI section of the dashboard: filters, a card per KPI, charts that drill down, two tables. */
export function KpiDashboard({ reloadKey }: { reloadKey: number }) {
  const { dashboard: d, loading, progress, error, filter, load } = useKpiDashboardStore();
  const openDrilldown = useKpiDrilldownStore((s) => s.open);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    void load();
  }, [load, reloadKey]);

  const open = (target: DrilldownTarget) => void openDrilldown(filter, target);
  const previousLabel = d ? `${formatDay(d.previous.from)} – ${formatDay(d.previous.to)}` : '';

  return (
    <Box component="section" aria-labelledby="kpi-title" sx={{ mt: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id="kpi-title" variant="h6" component="h2" sx={{ fontWeight: 600 }}>
            Recruitment KPIs
          </Typography>
          <Typography variant="body2" color="text.secondary" aria-live="polite">
            {d ? `${formatDay(d.filter.from)} – ${formatDay(d.filter.to)} compared with ${previousLabel} · ${d.filterLabel}` : ' '}
          </Typography>
        </Box>
        <Button startIcon={<SettingsIcon />} onClick={() => setSettingsOpen(true)}>
          Targets and definitions
        </Button>
      </Box>
      <KpiFilterBar />
      <Box sx={{ height: 4, my: 1.5 }}>
        {loading ? (
          <LinearProgress
            aria-label={progress ? 'Summarising the records' : 'Loading KPIs'}
            variant={progress ? 'determinate' : 'indeterminate'}
            value={progress ? Math.min(100, (progress.done / Math.max(1, progress.total)) * 100) : 0}
          />
        ) : null}
      </Box>
      {progress ? (
        <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ mb: 1 }}>
          Summarising pipeline and activity history for fast KPIs (first view after new data)…
        </Typography>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      {d?.freshness === 'stale' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          Another job is running on the vault; pipeline and touch figures may be slightly behind until it finishes.
        </Alert>
      ) : null}
      <Box component="div" role="list" aria-label="KPI cards" sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        {d
          ? d.cards.map((k) => (
              <Box role="listitem" key={k.id}>
                <KpiCard kpi={k} previousLabel="previous" />
              </Box>
            ))
          : Array.from({ length: 8 }, (_, i) => <Skeleton key={i} variant="rounded" height={132} />)}
      </Box>
      {d ? (
        <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <FunnelChart d={d} open={open} />
          <TrendChart d={d} open={open} />
          <SourceChart d={d} open={open} />
          <TimeToFillChart d={d} open={open} />
          <VelocityTable d={d} />
          <RecruiterTable d={d} open={open} />
        </Box>
      ) : null}
      {d ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
          Computed in {d.ms} ms {d.path === 'rollup' ? 'from daily summaries' : 'from the records'}. Click a bar or point, or use “Show table”, to see the applications behind it.
        </Typography>
      ) : null}
      <DrilldownDialog />
      <KpiSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} onSaved={() => void load()} />
    </Box>
  );
}
