import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import type { Client } from '../../../../src-shared/domain/client.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { DeleteButton } from '../../../ui/ConfirmDialog.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useConfirmAction } from '../../forms/use-confirm-action.js';
import { JobFormDialog } from '../../jobs/components/JobFormDialog.js';
import { jobStatusColor, jobStatusLabel } from '../../jobs/format.js';
import { useJobFormStore } from '../../jobs/job-form-store.js';
import { useClientFormStore } from '../client-form-store.js';
import { useContactFormStore } from '../contact-form-store.js';
import { useClientDetailStore } from '../detail-store.js';
import { ClientFormDialog } from './ClientFormDialog.js';
import { ContactFormDialog } from './ContactFormDialog.js';

const fullName = (c: { firstName: string; lastName: string }) => [c.firstName, c.lastName].filter(Boolean).join(' ');

/** New job (for this client), edit, delete. */
function ClientActions({ client }: { client: Client }) {
  const go = useNavigationStore((s) => s.go);
  const remove = useConfirmAction(() => invoke('clients:delete-client', { id: client.id, version: client.version }), {
    success: `Client “${client.name}” deleted`,
    failure: 'Not deleted',
    onDone: () => go('clients'),
  });
  return (
    <>
      <Button variant="contained" onClick={() => useJobFormStore.getState().openCreate({ clientId: String(client.id), clientName: client.name })}>
        New job
      </Button>
      <Button variant="outlined" onClick={() => useClientFormStore.getState().openEdit(client)}>
        Edit client
      </Button>
      <DeleteButton action={remove} title={`Delete “${client.name}”?`} confirmLabel="Delete client">
        The client and its contacts are removed for good. A client with jobs cannot be deleted: close the jobs instead, so the placement history stays.
      </DeleteButton>
    </>
  );
}

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
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Link component="button" type="button" underline="hover" onClick={() => go('clients')} sx={{ mr: 1 }}>
              All clients
            </Link>
            {client ? <ClientActions client={client} /> : null}
          </Box>
        }
      />
      <JobFormDialog onSaved={(job) => go('jobs', job.id, 'details')} />
      <ClientFormDialog onSaved={() => void load(clientId, { keep: true })} />
      <ContactFormDialog clientName={client?.name ?? ''} onSaved={() => void load(clientId, { keep: true })} />
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
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1 }}>
                <Typography id="client-contacts" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  Contacts ({contacts.length})
                </Typography>
                <Button size="small" onClick={() => useContactFormStore.getState().openCreate({ clientId: String(clientId) })}>
                  New contact
                </Button>
              </Box>
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
