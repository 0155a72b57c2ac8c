import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { jobStatusColor, jobStatusLabel } from '../../jobs/format.js';
import { useClientDetailStore } from '../detail-store.js';

const fullName = (c: { firstName: string; lastName: string }) => [c.firstName, c.lastName].filter(Boolean).join(' ');

export function ClientDetail({ clientId }: { clientId: number }) {
  const { client, contacts, jobs, jobTotal, loading, error, load, reset } = useClientDetailStore();
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    void load(clientId);
    return reset;
  }, [clientId, load, reset]);

  return (
    <>
      <PageHeader
        title={client?.name ?? (error ? 'Client' : ' ')}
        subtitle={client ? [client.industry, [client.city, client.country].filter(Boolean).join(', ')].filter(Boolean).join(' · ') || ' ' : ' '}
        actions={
          <Link component="button" type="button" underline="hover" onClick={() => go('clients')}>
            All clients
          </Link>
        }
      />
      <Box sx={{ height: 4, mb: 1 }}>{loading ? <LinearProgress aria-label="Loading the client" /> : null}</Box>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {client ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 2fr)', gap: 2, alignItems: 'start' }}>
          <Paper variant="outlined" component="section" aria-labelledby="client-jobs">
            <Typography id="client-jobs" variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
              Jobs ({jobTotal})
            </Typography>
            {jobs.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
                No jobs for this client yet.
              </Typography>
            ) : (
              <List dense>
                {jobs.map((j) => (
                  <ListItem key={j.id} disablePadding secondaryAction={<Chip size="small" variant="outlined" label={jobStatusLabel[j.status]} color={jobStatusColor[j.status]} />}>
                    <ListItemButton onClick={() => go('jobs', j.id)}>
                      <ListItemText primary={j.title} secondary={`${j.activeApplications} active ${j.activeApplications === 1 ? 'application' : 'applications'}`} />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            )}
          </Paper>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Paper variant="outlined" component="section" aria-labelledby="client-contacts">
              <Typography id="client-contacts" variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
                Contacts ({contacts.length})
              </Typography>
              {contacts.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
                  No contacts yet.
                </Typography>
              ) : (
                <List dense>
                  {contacts.map((c) => (
                    <ListItem key={c.id} disablePadding>
                      <ListItemButton onClick={() => go('clients', clientId, 'contacts', c.id)}>
                        <ListItemText primary={fullName(c)} secondary={[c.title, c.email].filter(Boolean).join(' · ') || undefined} />
                      </ListItemButton>
                    </ListItem>
                  ))}
                </List>
              )}
            </Paper>
            <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="client-notes">
              <Typography id="client-notes" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
                About
              </Typography>
              {client.website ? (
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {client.website}
                </Typography>
              ) : null}
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={client.notes ? 'text.primary' : 'text.secondary'}>
                {client.notes || 'No notes.'}
              </Typography>
            </Paper>
          </Box>
        </Box>
      ) : null}
    </>
  );
}
