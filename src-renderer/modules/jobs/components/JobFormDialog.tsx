import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { remotePreferences } from '../../../../src-shared/domain/candidate.js';
import { jobStatuses, type Job } from '../../../../src-shared/domain/job.js';
import { invoke } from '../../../ipc/client.js';
import { FormDialog } from '../../../ui/FormDialog.js';
import { bindField, focusFirstError, showEmpty } from '../../forms/bind.js';
import type { SubmitOutcome } from '../../forms/record-form-store.js';
import { jobStatusLabel } from '../format.js';
import type { JobFormField } from '../job-form.js';
import { useJobFormStore } from '../job-form-store.js';

const P = 'job-form';
const ORDER: JobFormField[] = [
  'clientId',
  'title',
  'status',
  'openings',
  'contactId',
  'ownerId',
  'city',
  'country',
  'remote',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'feePercent',
  'description',
  'requirements',
];
const remoteLabel: Record<string, string> = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote', flexible: 'Flexible' };
const full = { gridColumn: '1 / -1' } as const;

interface Named {
  id: number;
  name: string;
}

/** Clients whose name contains what is typed, asked once typing pauses. */
function ClientPicker() {
  const form = useJobFormStore();
  const [input, setInput] = useState(form.values.clientName);
  const [options, setOptions] = useState<Named[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      setLoading(true);
      const q = input.trim();
      void invoke('clients:list-clients', { limit: 20, sort: 'name', ...(q && q !== form.values.clientName ? { nameContains: q } : {}) }).then((r) => {
        if (!live) return;
        setLoading(false);
        if (r.ok) setOptions(r.value.items.map((c) => ({ id: c.id, name: c.name })));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [input, form.values.clientName]);
  const value = form.values.clientId ? { id: Number(form.values.clientId), name: form.values.clientName } : null;
  const error = form.errors.clientId;
  return (
    <Autocomplete<Named>
      id={`${P}-clientId`}
      options={options}
      value={value}
      loading={loading}
      inputValue={input}
      onInputChange={(_e, v) => setInput(v)}
      onChange={(_e, v) => {
        useJobFormStore.setState((s) => ({ values: { ...s.values, clientName: v?.name ?? '', contactId: '' } }));
        form.setField('clientId', v ? String(v.id) : '');
      }}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(o) => o}
      noOptionsText={input.trim() ? 'No client matches' : 'No clients yet: create one under Clients'}
      sx={full}
      renderInput={(params) => (
        <TextField {...params} label="Client" required autoFocus error={Boolean(error)} helperText={error ?? 'Type part of the name'} />
      )}
    />
  );
}

/** Contacts of the chosen client (the job's hiring manager) and the agency's recruiters (its owner). */
function usePickLists(open: boolean, clientId: string) {
  const [contacts, setContacts] = useState<Named[]>([]);
  const [owners, setOwners] = useState<Named[]>([]);
  // Asked when the dialog opens, not whenever a page that can open it is shown.
  useEffect(() => {
    if (open) void invoke('segments:get-options', {}).then((r) => r.ok && setOwners(r.value.owners));
  }, [open]);
  useEffect(() => {
    setContacts([]);
    const id = Number(clientId);
    if (!open || !id) return;
    let live = true;
    void invoke('contacts:list-contacts', { clientId: id, limit: 500 }).then((r) => {
      if (live && r.ok) setContacts(r.value.items.map((c) => ({ id: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(' ') })));
    });
    return () => {
      live = false;
    };
  }, [open, clientId]);
  return { contacts, owners };
}

/** "New job" and "Edit job": every field of the job; the pipeline has its own dialog on the board. */
export function JobFormDialog({ onSaved }: { onSaved(job: Job, outcome: SubmitOutcome<Job>['kind']): void }) {
  const form = useJobFormStore();
  const { contacts, owners } = usePickLists(form.open, form.values.clientId);
  const bind = (name: JobFormField, helper?: string) => bindField(form, P, name, helper);
  // A value the list does not know yet (still loading, or a recruiter since deactivated) still shows.
  const known = (list: Named[], id: string) => (id && !list.some((o) => String(o.id) === id) ? [...list, { id: Number(id), name: `#${id}` }] : list);

  const submit = async () => {
    const outcome = await form.submit();
    if (outcome.kind === 'saved' || outcome.kind === 'reloaded') onSaved(outcome.record, outcome.kind);
    else focusFirstError(P, ORDER, useJobFormStore.getState().errors);
  };

  const editing = form.mode === 'edit';
  return (
    <FormDialog
      open={form.open}
      title={editing ? `Edit job` : 'New job'}
      submitLabel={editing ? 'Save job' : 'Create job'}
      saving={form.saving}
      formError={form.formError}
      onClose={form.close}
      onSubmit={() => void submit()}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', columnGap: 2, rowGap: 1.5, pt: 1 }}>
        {editing ? (
          // Read-only rather than disabled: still readable at full contrast, and reachable by keyboard.
          <TextField
            id={`${P}-clientId`}
            label="Client"
            value={form.values.clientName}
            helperText="A job stays with its client"
            sx={full}
            slotProps={{ htmlInput: { readOnly: true } }}
          />
        ) : (
          <ClientPicker />
        )}
        <TextField {...bind('title')} label="Title" required autoFocus={editing} sx={full} slotProps={{ htmlInput: { maxLength: 200 } }} />
        <TextField {...bind('status')} label="Status" select sx={{ gridColumn: 'span 2' }}>
          {jobStatuses.map((s) => (
            <MenuItem key={s} value={s}>
              {jobStatusLabel[s]}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...bind('openings')} label="Openings" required sx={{ gridColumn: 'span 2' }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <TextField {...bind('contactId', form.values.clientId ? undefined : 'Choose the client first')} label="Hiring contact" select {...showEmpty} sx={{ gridColumn: 'span 2' }}>
          <MenuItem value="">
            <em>None</em>
          </MenuItem>
          {known(contacts, form.values.contactId).map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...bind('ownerId')} label="Owner" select {...showEmpty} sx={{ gridColumn: 'span 2' }}>
          <MenuItem value="">
            <em>Nobody</em>
          </MenuItem>
          {known(owners, form.values.ownerId).map((o) => (
            <MenuItem key={o.id} value={String(o.id)}>
              {o.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...bind('city')} label="City" sx={{ gridColumn: 'span 2' }} />
        <TextField
          {...bind('country', 'Two letters, e.g. NO')}
          label="Country"
          onChange={(e) => form.setField('country', e.target.value.toUpperCase())}
          slotProps={{ htmlInput: { maxLength: 2, spellCheck: false } }}
        />
        <TextField {...bind('remote')} label="Remote" select {...showEmpty}>
          <MenuItem value="">
            <em>Not given</em>
          </MenuItem>
          {remotePreferences.map((r) => (
            <MenuItem key={r} value={r}>
              {remoteLabel[r] ?? r}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...bind('salaryMin', 'Yearly')} label="Salary from" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <TextField {...bind('salaryMax', 'Yearly')} label="Salary to" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <TextField
          {...bind('salaryCurrency', 'e.g. EUR')}
          label="Currency"
          onChange={(e) => form.setField('salaryCurrency', e.target.value.toUpperCase())}
          slotProps={{ htmlInput: { maxLength: 3, spellCheck: false } }}
        />
        <TextField {...bind('feePercent', 'Of first-year salary')} label="Fee %" slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        <TextField {...bind('description')} label="Description" multiline minRows={3} maxRows={10} sx={full} />
        <TextField {...bind('requirements')} label="Requirements" multiline minRows={2} maxRows={8} sx={full} />
      </Box>
    </FormDialog>
  );
}
