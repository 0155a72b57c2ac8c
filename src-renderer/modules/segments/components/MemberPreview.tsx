import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useNavigationStore } from '../../../app/navigation-store.js';
import type { SegmentMember } from '../../../../src-shared/ipc/contracts/segments.js';

const number = new Intl.NumberFormat();
export const memberLocation = (m: Pick<SegmentMember, 'city' | 'region' | 'country'>) => [m.city, m.country].filter(Boolean).join(', ');

/** The live count and the newest members, beside the conditions. */
export function MemberPreview({
  count,
  items,
  loading,
  error,
  ms,
  title = 'Members',
}: {
  count: number | null;
  items: SegmentMember[];
  loading: boolean;
  error: string | null;
  ms: number | null;
  title?: string;
}) {
  const go = useNavigationStore((s) => s.go);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="segment-preview-title" sx={{ overflow: 'hidden' }}>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Updating the count" /> : null}</Box>
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography id="segment-preview-title" variant="overline" color="text.secondary" component="h2">
          {title}
        </Typography>
        <Typography variant="h3" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} aria-live="polite" data-testid="segment-count">
          {count === null ? '…' : number.format(count)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {count === null ? 'Counting…' : `${count === 1 ? 'candidate matches' : 'candidates match'}${ms !== null ? ` · ${Math.round(ms)} ms` : ''}`}
        </Typography>
      </Box>
      {error ? (
        <Alert severity="error" sx={{ mx: 2, mb: 1 }}>
          {error}
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }} component="h3">
            Newest {items.length === 1 ? 'member' : `${items.length} members`}
          </Typography>
          <List dense aria-label="Newest members" sx={{ maxHeight: 'calc(100vh - 380px)', overflow: 'auto' }}>
            {items.map((m) => (
              <ListItem key={m.id} divider>
                <ListItemText
                  primary={
                    <Link component="button" type="button" onClick={() => go('candidates', String(m.id))} sx={{ fontWeight: 600, textAlign: 'left' }}>
                      {m.displayName}
                    </Link>
                  }
                  secondary={[m.currentTitle, memberLocation(m)].filter(Boolean).join(' · ') || '—'}
                />
              </ListItem>
            ))}
          </List>
        </>
      ) : count === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          Nobody matches yet. Loosen a condition or switch a group to “any”.
        </Typography>
      ) : null}
    </Paper>
  );
}
