import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import type { Contact } from '../../../../src-shared/domain/client.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { DeleteButton } from '../../../ui/ConfirmDialog.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useConfirmAction } from '../../forms/use-confirm-action.js';
import { useContactFormStore } from '../contact-form-store.js';
import { useContactStore } from '../contact-store.js';
import { ContactFormDialog } from './ContactFormDialog.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const channelLabel: Record<string, string> = {
  email: 'E-mail',
  phone: 'Call',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  video: 'Video call',
  meeting: 'Meeting',
  event: 'Event',
  note: 'Note',
};

function ContactActions({ contact }: { contact: Contact }) {
  const go = useNavigationStore((s) => s.go);
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  const remove = useConfirmAction(() => invoke('contacts:delete-contact', { id: contact.id, version: contact.version }), {
    success: `Contact “${name}” deleted`,
    failure: 'Not deleted',
    onDone: () => go('clients', contact.clientId),
  });
  return (
    <>
      <Button variant="outlined" onClick={() => useContactFormStore.getState().openEdit(contact)}>
        Edit contact
      </Button>
      <DeleteButton action={remove} title={`Delete ${name}?`} confirmLabel="Delete contact">
        The contact and their own activity entries are removed for good. Jobs that name them as hiring contact keep the job, without a contact.
      </DeleteButton>
    </>
  );
}

export function ContactDetail({ clientId, contactId }: { clientId: number; contactId: number }) {
  const { contact, activities, activityTotal, loading, error, load, reset } = useContactStore();
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    void load(contactId);
    return reset;
  }, [contactId, load, reset]);
  const name = contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : '';

  return (
    <>
      <PageHeader
        title={name || (error ? 'Contact' : ' ')}
        subtitle={
          contact ? (
            <>
              {contact.title ? `${contact.title} at ` : ''}
              <Link component="button" type="button" underline="hover" onClick={() => go('clients', clientId)}>
                {contact.clientName}
              </Link>
            </>
          ) : (
            ' '
          )
        }
        actions={contact ? <ContactActions contact={contact} /> : undefined}
      />
      <ContactFormDialog clientName={contact?.clientName ?? ''} onSaved={(saved) => useContactStore.setState({ contact: saved })} />
      <Box sx={{ height: 4, mb: 1 }}>{loading ? <LinearProgress aria-label="Loading the contact" /> : null}</Box>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {contact ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) minmax(0, 2fr)', gap: 2, alignItems: 'start' }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="contact-details">
            <Typography id="contact-details" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Details
            </Typography>
            <Typography variant="body2">{contact.email || 'No e-mail'}</Typography>
            <Typography variant="body2">{contact.phone || 'No phone'}</Typography>
            {contact.notes ? (
              <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
                {contact.notes}
              </Typography>
            ) : null}
          </Paper>
          <Paper variant="outlined" component="section" aria-labelledby="contact-activity">
            <Typography id="contact-activity" variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
              Activity ({activityTotal})
            </Typography>
            {activities.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
                No activity with this contact yet.
              </Typography>
            ) : (
              <List dense>
                {activities.map((a) => (
                  <ListItem key={a.id} divider>
                    <ListItemText
                      primary={`${channelLabel[a.channel] ?? a.channel}${a.subject ? ` — ${a.subject}` : ''}`}
                      secondary={[when.format(new Date(a.occurredAt)), a.direction, a.outcome].filter(Boolean).join(' · ')}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Paper>
        </Box>
      ) : null}
    </>
  );
}
