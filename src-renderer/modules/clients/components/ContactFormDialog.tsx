import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Contact } from '../../../../src-shared/domain/client.js';
import { FormDialog } from '../../../ui/FormDialog.js';
import { bindField, focusFirstError } from '../../forms/bind.js';
import type { SubmitOutcome } from '../../forms/record-form-store.js';
import type { ContactFormField } from '../contact-form.js';
import { useContactFormStore } from '../contact-form-store.js';

const P = 'contact-form';
const ORDER: ContactFormField[] = ['firstName', 'lastName', 'title', 'email', 'phone', 'notes'];

/** "New contact" (from the client's page) and "Edit contact". */
export function ContactFormDialog({ clientName, onSaved }: { clientName: string; onSaved(contact: Contact, outcome: SubmitOutcome<Contact>['kind']): void }) {
  const form = useContactFormStore();
  const bind = (name: ContactFormField, helper?: string) => bindField(form, P, name, helper);

  const submit = async () => {
    const outcome = await form.submit();
    if (outcome.kind === 'saved' || outcome.kind === 'reloaded') onSaved(outcome.record, outcome.kind);
    else focusFirstError(P, ORDER, useContactFormStore.getState().errors);
  };

  const editing = form.mode === 'edit';
  return (
    <FormDialog
      open={form.open}
      title={editing ? 'Edit contact' : `New contact at ${clientName}`}
      submitLabel={editing ? 'Save contact' : 'Add contact'}
      saving={form.saving}
      formError={form.formError}
      onClose={form.close}
      onSubmit={() => void submit()}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 1.5, pt: 1 }}>
        <TextField {...bind('firstName')} label="First name" required autoFocus autoComplete="off" />
        <TextField {...bind('lastName')} label="Last name" autoComplete="off" />
        <TextField {...bind('title', 'e.g. Head of Talent')} label="Job title" sx={{ gridColumn: '1 / -1' }} autoComplete="off" />
        <TextField {...bind('email')} label="E-mail" type="email" autoComplete="off" slotProps={{ htmlInput: { spellCheck: false } }} />
        <TextField {...bind('phone', 'With country code: +47 912 34 567')} label="Phone" type="tel" autoComplete="off" />
        <TextField {...bind('notes')} label="Notes" multiline minRows={3} maxRows={10} sx={{ gridColumn: '1 / -1' }} />
      </Box>
    </FormDialog>
  );
}
