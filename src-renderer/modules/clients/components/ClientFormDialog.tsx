import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-shared/domain/client.js';
import { invoke } from '../../../ipc/client.js';
import { FormDialog } from '../../../ui/FormDialog.js';
import { bindField, focusFirstError, showEmpty } from '../../forms/bind.js';
import type { SubmitOutcome } from '../../forms/record-form-store.js';
import type { ClientFormField } from '../client-form.js';
import { useClientFormStore } from '../client-form-store.js';

const P = 'client-form';
const ORDER: ClientFormField[] = ['name', 'industry', 'website', 'city', 'country', 'ownerId', 'notes'];

/** "New client" and "Edit client". */
export function ClientFormDialog({ onSaved }: { onSaved(client: Client, outcome: SubmitOutcome<Client>['kind']): void }) {
  const form = useClientFormStore();
  const [owners, setOwners] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    if (form.open) void invoke('segments:get-options', {}).then((r) => r.ok && setOwners(r.value.owners));
  }, [form.open]);
  const bind = (name: ClientFormField, helper?: string) => bindField(form, P, name, helper);
  const ownerKnown = !form.values.ownerId || owners.some((o) => String(o.id) === form.values.ownerId);

  const submit = async () => {
    const outcome = await form.submit();
    if (outcome.kind === 'saved' || outcome.kind === 'reloaded') onSaved(outcome.record, outcome.kind);
    else focusFirstError(P, ORDER, useClientFormStore.getState().errors);
  };

  const editing = form.mode === 'edit';
  return (
    <FormDialog
      open={form.open}
      title={editing ? 'Edit client' : 'New client'}
      submitLabel={editing ? 'Save client' : 'Create client'}
      saving={form.saving}
      formError={form.formError}
      onClose={form.close}
      onSubmit={() => void submit()}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 1.5, pt: 1 }}>
        <TextField {...bind('name')} label="Name" required autoFocus sx={{ gridColumn: '1 / -1' }} slotProps={{ htmlInput: { maxLength: 200 } }} />
        <TextField {...bind('industry')} label="Industry" />
        <TextField {...bind('website', 'e.g. globex.example')} label="Website" slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url' } }} />
        <TextField {...bind('city')} label="City" />
        <TextField
          {...bind('country', 'Two letters, e.g. NO')}
          label="Country"
          onChange={(e) => form.setField('country', e.target.value.toUpperCase())}
          slotProps={{ htmlInput: { maxLength: 2, spellCheck: false } }}
        />
        <TextField {...bind('ownerId')} label="Owner" select {...showEmpty} sx={{ gridColumn: '1 / -1' }}>
          <MenuItem value="">
            <em>Nobody</em>
          </MenuItem>
          {owners.map((o) => (
            <MenuItem key={o.id} value={String(o.id)}>
              {o.name}
            </MenuItem>
          ))}
          {ownerKnown ? null : <MenuItem value={form.values.ownerId}>#{form.values.ownerId}</MenuItem>}
        </TextField>
        <TextField {...bind('notes')} label="Notes" multiline minRows={3} maxRows={10} sx={{ gridColumn: '1 / -1' }} />
      </Box>
    </FormDialog>
  );
}
