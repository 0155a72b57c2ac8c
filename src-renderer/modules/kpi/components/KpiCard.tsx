import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { KpiCard as Kpi } from '../../../../src-shared/domain/kpi/dashboard.js';
import { kpiDefinitions } from '../../../../src-shared/domain/kpi/definitions.js';
import { formatChange, formatKpiValue } from '../../../../src-shared/domain/kpi/format.js';
import { InfoIcon } from '../../../ui/icons.js';

/** One KPI: value, change against the previous period (coloured by whether it is better), target, definition. */
export function KpiCard({ kpi, previousLabel }: { kpi: Kpi; previousLabel: string }) {
  const def = kpiDefinitions[kpi.id];
  const opt = { currency: kpi.currency };
  const change = formatChange(kpi.change.delta, kpi.unit);
  // A change too small to show ("±0") is no change: neither an arrow nor a colour.
  const flat = kpi.change.delta === null || change.startsWith('±');
  const improved = flat ? null : kpi.change.improved;
  const changeColor = improved === null ? 'text.secondary' : improved ? 'success.main' : 'error.main';
  const arrow = flat ? '' : kpi.change.delta! > 0 ? '▲ ' : '▼ ';
  const definition = (
    <Box sx={{ p: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {def.label}
      </Typography>
      <Typography variant="body2">{def.summary}</Typography>
      <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
        Start: {def.start}
        <br />
        End: {def.end}
      </Typography>
      {def.defaultTarget ? (
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          Default target: {def.defaultTarget.source}
        </Typography>
      ) : null}
    </Box>
  );
  return (
    <Card component="article" aria-label={kpi.label} data-kpi={kpi.id} sx={{ height: '100%' }}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, height: '100%', '&:last-child': { pb: 2 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Typography variant="body2" color="text.secondary" component="h3" sx={{ flex: 1, minWidth: 0 }} noWrap title={kpi.label}>
            {kpi.label}
          </Typography>
          <Tooltip title={definition} placement="top">
            <IconButton size="small" aria-label={`How ${def.label.toLowerCase()} is defined`} sx={{ m: -0.5 }}>
              <InfoIcon fontSize="inherit" />
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="h5" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-value">
          {formatKpiValue(kpi.value, kpi.unit, opt)}
        </Typography>
        <Typography variant="body2" sx={{ color: changeColor, fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-change">
          {kpi.previous === null && kpi.value === null ? 'No data yet' : `${arrow}${change} · ${previousLabel} ${formatKpiValue(kpi.previous, kpi.unit, opt)}`}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 'auto', pt: 0.5, flexWrap: 'wrap' }}>
          {kpi.target !== null ? (
            <Chip
              size="small"
              variant="outlined"
              color={kpi.status === 'met' ? 'success' : kpi.status === 'missed' ? 'warning' : 'default'}
              label={`${kpi.status === 'met' ? 'On target' : kpi.status === 'missed' ? 'Off target' : 'Target'} · ${formatKpiValue(kpi.target, kpi.unit, opt)}`}
              data-testid="kpi-target"
            />
          ) : null}
          <Typography variant="caption" color="text.secondary" noWrap title={kpi.detail} sx={{ minWidth: 0 }}>
            {kpi.detail}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}
