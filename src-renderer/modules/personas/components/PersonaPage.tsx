import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ScoredMember } from '../../../../src-shared/ipc/contracts/personas.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { ArrowBackIcon } from '../../segments/components/icons.js';
import { memberLocation } from '../../segments/components/MemberPreview.js';
import { usePersonaReportStore } from '../report-store.js';
import { PersonaDialog } from './PersonaDialog.js';

const number = new Intl.NumberFormat();

/** One distribution (seniority, country, source) as labelled bars: share of the persona's members. */
function Distribution({ title, buckets, total, empty = '—' }: { title: string; buckets: { value: string; count: number }[]; total: number; empty?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={`${title} distribution`}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {buckets.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No members
        </Typography>
      ) : (
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 120px) 1fr', alignItems: 'center', columnGap: 1.5, rowGap: 0.75 }}>
          {buckets.slice(0, 6).map((b) => {
            const share = total > 0 ? (b.count / total) * 100 : 0;
            return (
              <Box key={b.value || 'none'} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" noWrap title={b.value || empty}>
                  {b.value || empty}
                </Typography>
                <Box component="dd" sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 1 }}>
                  <LinearProgress variant="determinate" value={share} aria-label={`${b.value || empty}: ${Math.round(share)}%`} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ width: 36, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {Math.round(share)}%
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
    </Paper>
  );
}

function ScoreCell({ member }: { member: ScoredMember }) {
  const score = member.score ?? 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 110 }}>
      <Typography variant="body2" sx={{ fontWeight: 700, width: 28, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {member.score ?? '—'}
      </Typography>
      <LinearProgress variant="determinate" value={score} color={score >= 70 ? 'success' : score >= 40 ? 'primary' : 'warning'} aria-label={`Match score ${score} of 100`} sx={{ flex: 1, height: 6, borderRadius: 3 }} />
    </Box>
  );
}

/** The persona page: who it is, how its members spread, and each member's match score with the reasons. */
export function PersonaPage({ personaId }: { personaId: number }) {
  const go = useNavigationStore((s) => s.go);
  const { report, loading, error, load, reset } = usePersonaReportStore();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void load(personaId);
    return () => reset();
  }, [personaId, load, reset]);

  if (error) {
    return (
      <Alert severity="error" action={<Button color="inherit" onClick={() => go('personas')}>Back to personas</Button>}>
        {error.message}
      </Alert>
    );
  }
  const p = report?.persona;
  const remove = async () => {
    if (!p || !window.confirm(`Delete the persona “${p.name}”? Its segment stays.`)) return;
    const r = await invoke('personas:delete-persona', { id: p.id });
    if (!r.ok) return notify.error(r.error.message);
    notify.info(`Deleted “${p.name}”`);
    go('personas');
  };

  return (
    <>
      <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => go('personas')} sx={{ mb: 1 }}>
        All personas
      </Button>
      <PageHeader
        title={p?.name ?? 'Persona'}
        subtitle={
          report?.segment ? (
            <>
              {number.format(report.memberCount)} candidates in the segment{' '}
              <Link component="button" type="button" onClick={() => go('segments', String(report.segment!.id))}>
                {report.segment.name}
              </Link>
            </>
          ) : (
            'No segment linked yet: edit the persona to choose one.'
          )
        }
        actions={
          <>
            <Button color="inherit" onClick={() => void remove()} disabled={!p}>
              Delete
            </Button>
            <Button variant="outlined" onClick={() => setEditing(true)} disabled={!p}>
              Edit persona
            </Button>
          </>
        }
      />
      <Box sx={{ height: 4, mb: 1 }}>{loading ? <LinearProgress aria-label="Loading the persona" /> : null}</Box>
      {p ? (
        <Box sx={{ display: 'grid', gap: 2, mb: 3 }}>
          <Paper
            variant="outlined"
            sx={{ p: 2, display: 'grid', gap: 1.5, columnGap: 3, alignContent: 'start', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}
            component="section"
            aria-label="Profile"
          >
            {p.description ? (
              <Typography variant="body2" sx={{ gridColumn: '1 / -1' }}>
                {p.description}
              </Typography>
            ) : null}
            {(
              [
                ['Motivations', p.motivations],
                ['Career goals', p.careerGoals],
                ['Notes', p.notes],
              ] as const
            )
              .filter(([, v]) => v)
              .map(([label, v]) => (
                <Box key={label}>
                  <Typography variant="caption" color="text.secondary" component="h3">
                    {label}
                  </Typography>
                  <Typography variant="body2">{v}</Typography>
                </Box>
              ))}
            <Box>
              <Typography variant="caption" color="text.secondary" component="h3">
                Typical skills and experience
              </Typography>
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
                {p.skills.map((s) => (
                  <Chip key={s.name} size="small" label={s.minLevel ? `${s.name} ≥ ${s.minLevel}` : s.name} />
                ))}
                {p.seniority.map((s) => (
                  <Chip key={s} size="small" variant="outlined" label={s} />
                ))}
                {p.industries.map((s) => (
                  <Chip key={s} size="small" variant="outlined" label={s} />
                ))}
                {p.skills.length + p.seniority.length + p.industries.length === 0 ? <Typography variant="body2">—</Typography> : null}
              </Box>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary" component="h3">
                Preferred channels
              </Typography>
              <Typography variant="body2">{p.channels.join(', ') || '—'}</Typography>
            </Box>
          </Paper>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' } }}>
            <Distribution title="Seniority" buckets={report.distribution.seniority} total={report.memberCount} empty="not recorded" />
            <Distribution title="Country" buckets={report.distribution.country} total={report.memberCount} empty="unknown" />
            <Distribution title="Source" buckets={report.distribution.source} total={report.memberCount} empty="unknown" />
          </Box>
        </Box>
      ) : null}
      {report && report.segment ? (
        <Paper variant="outlined" sx={{ overflow: 'hidden' }} component="section" aria-labelledby="persona-members">
          <Typography id="persona-members" variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
            Best matches
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
            {report.members.length} of {number.format(report.memberCount)} members by match score
            {report.scored < report.memberCount ? ` (the newest ${number.format(report.scored)} were scored)` : ''}.
          </Typography>
          <Table size="small" aria-label="Members by match score" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '22%' }}>Candidate</TableCell>
                <TableCell sx={{ width: '14%' }}>Score</TableCell>
                <TableCell>Why</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.members.map((m) => (
                <TableRow key={m.id} hover sx={{ verticalAlign: 'top' }}>
                  <TableCell>
                    <Link component="button" type="button" onClick={() => go('candidates', String(m.id))} sx={{ fontWeight: 600, textAlign: 'left' }}>
                      {m.displayName}
                    </Link>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {[m.currentTitle, memberLocation(m)].filter(Boolean).join(' · ')}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <ScoreCell member={m} />
                  </TableCell>
                  <TableCell>
                    <Box component="ul" sx={{ m: 0, pl: 2 }}>
                      {m.reasons.map((r) => (
                        <Typography component="li" variant="caption" key={r.dimension} sx={{ color: r.points === r.max ? 'text.primary' : 'text.secondary' }}>
                          {r.text} <Box component="span" sx={{ color: 'text.secondary' }}>({Math.round(r.points)}/{Math.round(r.max)})</Box>
                        </Typography>
                      ))}
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
      {editing && p ? (
        <PersonaDialog
          persona={p}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            notify.success(`Saved “${saved.name}”`);
            void load(personaId);
          }}
        />
      ) : null}
    </>
  );
}
