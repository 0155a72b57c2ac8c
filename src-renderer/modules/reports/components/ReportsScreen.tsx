import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import { contrastText, MAX_LOGO_BYTES } from '../../../../src-shared/domain/kpi/reports.js';
import { isDate } from '../../../../src-shared/domain/kpi/time.js';
import type { SearchResult } from '../../../../src-shared/ipc/contracts/search.js';
import { invoke } from '../../../ipc/client.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useOverviewStore } from '../../dashboard/store.js';
import { useKpiDashboardStore } from '../../kpi/store.js';
import { PRESETS, presetRange } from '../../kpi/filter.js';
import { notify } from '../../notifications/store.js';
import { useBrandingStore } from '../branding-store.js';
import { fileToBase64 } from '../download.js';
import { useReportJobStore } from '../report-job-store.js';

function Section({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Box>
          <Typography id={id} variant="h6" component="h2" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {subtitle}
          </Typography>
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}

function Progress({ kind }: { kind: 'kpi' | 'candidate' }) {
  const running = useReportJobStore((s) => s.running);
  const percent = useReportJobStore((s) => s.percent);
  const phase = useReportJobStore((s) => s.phase);
  if (running !== kind) return null;
  return (
    <Box>
      <LinearProgress variant="determinate" value={percent} aria-label="Making the PDF" sx={{ height: 8, borderRadius: 4 }} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} aria-live="polite">
        {phase}
      </Typography>
    </Box>
  );
}

function KpiReportSection() {
  const dashboardFilter = useKpiDashboardStore((s) => s.filter);
  const [from, setFrom] = useState(dashboardFilter.from);
  const [to, setTo] = useState(dashboardFilter.to);
  const [useDashboardFilters, setUseDashboardFilters] = useState(true);
  const running = useReportJobStore((s) => s.running);
  const kpiReport = useReportJobStore((s) => s.kpiReport);
  const invalid = !isDate(from) || !isDate(to) || from > to;
  const hasFilters = [dashboardFilter.clientId, dashboardFilter.jobId, dashboardFilter.recruiterId, dashboardFilter.source, dashboardFilter.segmentId].some((v) => v !== null);
  return (
    <Section id="kpi-report-title" title="KPI report" subtitle="Every KPI for a period against the period before and your targets, with charts, tables and the definitions. Branded with your agency's name, logo and colour.">
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label="Period"
          value=""
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => {
            const r = presetRange(e.target.value as (typeof PRESETS)[number]['id']);
            setFrom(r.from);
            setTo(r.to);
          }}
          sx={{ minWidth: 170 }}
        >
          <MenuItem value="" disabled>
            Pick a preset…
          </MenuItem>
          {PRESETS.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="date" label="From" value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} error={invalid} />
        <TextField size="small" type="date" label="To" value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} error={invalid} helperText={invalid ? 'Pick a start on or before the end' : undefined} />
        {hasFilters ? (
          <FormControlLabel control={<Switch checked={useDashboardFilters} onChange={(e) => setUseDashboardFilters(e.target.checked)} />} label="Use the dashboard's client, job, recruiter, source and segment filters" />
        ) : null}
      </Box>
      <Progress kind="kpi" />
      <Box>
        <Button
          variant="contained"
          disabled={invalid || running !== null}
          onClick={() => void kpiReport(useDashboardFilters ? { ...dashboardFilter, from, to } : { from, to })}
        >
          {running === 'kpi' ? 'Making the KPI report…' : 'Save KPI report as PDF'}
        </Button>
        {!invalid ? (
          <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 2 }}>
            {formatDay(from)} – {formatDay(to)}
          </Typography>
        ) : null}
      </Box>
    </Section>
  );
}

function CandidateProfileSection() {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<SearchResult[]>([]);
  const [candidate, setCandidate] = useState<SearchResult | null>(null);
  const [anonymize, setAnonymize] = useState(true);
  const running = useReportJobStore((s) => s.running);
  const candidateProfile = useReportJobStore((s) => s.candidateProfile);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const result = await invoke('search:search-candidates', { query: `${q}*`, limit: 10 });
      if (live) setOptions(result.ok ? result.value.items : []);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <Section id="profile-title" title="Candidate profile" subtitle="A one- or two-page profile to send to a client. Anonymised: no e-mail, phone or links, the name reduced to initials, the current employer withheld.">
      <Autocomplete
        options={options}
        value={candidate}
        onChange={(_, v) => setCandidate(v)}
        inputValue={query}
        onInputChange={(_, v) => setQuery(v)}
        filterOptions={(x) => x}
        getOptionLabel={(o) => o.displayName}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderOption={(props, o) => (
          <li {...props} key={o.id}>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {o.displayName}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {[o.currentTitle, o.city].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          </li>
        )}
        noOptionsText={query.trim().length < 2 ? 'Type a name, skill or title' : 'No candidates found'}
        renderInput={(params) => <TextField {...params} size="small" label="Candidate" />}
        sx={{ maxWidth: 480 }}
      />
      <FormControlLabel control={<Switch checked={anonymize} onChange={(e) => setAnonymize(e.target.checked)} />} label="Anonymise (no contact details, initials only)" />
      <Progress kind="candidate" />
      <Box>
        <Button variant="contained" disabled={!candidate || running !== null} onClick={() => candidate && void candidateProfile(candidate.id, anonymize)}>
          {running === 'candidate' ? 'Making the profile…' : 'Save profile as PDF'}
        </Button>
      </Box>
    </Section>
  );
}

function BrandingSection() {
  const { branding, saving, error, load, save } = useBrandingStore();
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#0B5F6B');
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (branding) {
      setName(branding.agencyName);
      setColour(branding.colour);
    }
  }, [branding]);
  const validColour = /^#[0-9a-fA-F]{6}$/.test(colour);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return notify.error('Use a PNG or JPEG image for the logo');
    if (file.size > MAX_LOGO_BYTES) return notify.error('The logo must be at most 256 KB');
    if (await save({ logo: { mime: file.type, base64: await fileToBase64(file) } })) notify.success('Logo saved');
  };

  return (
    <Section id="branding-title" title="Branding" subtitle="How your reports look: the agency name, a colour for the header band and charts, and a logo (PNG or JPEG, up to 256 KB).">
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField size="small" label="Agency name" value={name} onChange={(e) => setName(e.target.value)} sx={{ minWidth: 280 }} />
        <TextField
          size="small"
          label="Colour"
          value={colour}
          onChange={(e) => setColour(e.target.value)}
          error={!validColour}
          helperText={validColour ? undefined : 'Use #RRGGBB'}
          sx={{ width: 150 }}
          slotProps={{
            input: {
              startAdornment: (
                <Box
                  component="input"
                  type="color"
                  aria-label="Pick the colour"
                  value={validColour ? colour : '#000000'}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setColour(e.target.value.toUpperCase())}
                  sx={{ width: 28, height: 28, p: 0, mr: 1, border: 0, bgcolor: 'transparent', cursor: 'pointer' }}
                />
              ),
            },
          }}
        />
        <Button
          variant="outlined"
          disabled={saving || !validColour || !name.trim()}
          onClick={() =>
            void save({ agencyName: name.trim(), colour }).then(async (ok) => {
              if (!ok) return;
              notify.success('Branding saved');
              // The app bar shows the agency name from the overview.
              await useOverviewStore.getState().load();
            })
          }
        >
          Save name and colour
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Box
          sx={{ width: 260, height: 64, borderRadius: 1, bgcolor: validColour ? colour : 'grey.500', display: 'flex', alignItems: 'center', gap: 1.5, px: 1.5, color: contrastText(colour) }}
          aria-label="Header preview"
          role="img"
        >
          {branding?.logo ? (
            <Box component="img" alt="" src={`data:${branding.logo.mime};base64,${branding.logo.base64}`} sx={{ width: 40, height: 40, objectFit: 'contain', bgcolor: '#fff', borderRadius: 1, p: 0.25 }} />
          ) : null}
          <Typography variant="body2" sx={{ fontWeight: 700, color: 'inherit' }} noWrap>
            {name || 'Your agency'}
          </Typography>
        </Box>
        <Button variant="outlined" component="label" disabled={saving}>
          {branding?.logo ? 'Replace logo…' : 'Upload logo…'}
          <input hidden type="file" accept="image/png,image/jpeg" onChange={(e) => void upload(e.target.files?.[0])} />
        </Button>
        {branding?.logo ? (
          <Button color="inherit" disabled={saving} onClick={() => void save({ logo: null })}>
            Remove logo
          </Button>
        ) : null}
      </Box>
    </Section>
  );
}

export function ReportsScreen() {
  return (
    <>
      <PageHeader title="Reports" subtitle="PDFs made on this computer from your vault: KPI reports for clients and owners, candidate profiles for clients." />
      <Box sx={{ display: 'grid', gap: 2 }}>
        <KpiReportSection />
        <CandidateProfileSection />
        <BrandingSection />
      </Box>
    </>
  );
}
