import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { invoke } from '../../../ipc/client.js';
import { PasswordField } from '../../../ui/PasswordField.js';
import { StrengthMeter } from '../../../ui/StrengthMeter.js';
import { notify } from '../../notifications/store.js';
import { passphraseStrength, validateNewPassphrase } from '../../vault/passphrase.js';
import { useVaultStatusStore } from '../../vault/store.js';

interface Errors {
  current?: string;
  next?: string;
  repeat?: string;
}

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passphraseStrength(next);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (current === '') found.current = 'Enter your current passphrase';
    const fresh = validateNewPassphrase(next, repeat);
    if (fresh.passphrase) found.next = fresh.passphrase;
    else if (next === current) found.next = 'Choose a passphrase different from the current one';
    if (fresh.repeat) found.repeat = fresh.repeat;
    setErrors(found);
    const first = (['current', 'next', 'repeat'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`change-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await invoke('vault:change-passphrase', { current, next });
    setBusy(false);
    if (result.ok) {
      useVaultStatusStore.getState().setStatus(result.value);
      setCurrent('');
      setNext('');
      setRepeat('');
      notify.success('Passphrase changed. Use the new one next time you unlock.');
      return;
    }
    if (result.error.code === 'wrong_passphrase') {
      setErrors({ current: 'That is not the current passphrase' });
      document.getElementById('change-current')?.focus();
    } else if (result.error.code === 'invalid_input' && result.error.field === 'next') {
      setErrors({ next: result.error.message.replace(/^next: /, '') });
    } else {
      setFormError(result.error.message);
    }
  };

  const clear = (key: keyof Errors) => {
    if (errors[key]) setErrors((x) => ({ ...x, [key]: undefined }));
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby="change-title">
      <Typography id="change-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Change passphrase
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Quick: only the wrapping of the key changes, the database is not rewritten.
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 420 }}>
        <PasswordField
          id="change-current"
          label="Current passphrase"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
            clear('current');
          }}
          error={Boolean(errors.current)}
          helperText={errors.current}
          autoComplete="current-password"
          size="small"
          fullWidth
        />
        <PasswordField
          id="change-next"
          label="New passphrase"
          value={next}
          onChange={(e) => {
            setNext(e.target.value);
            clear('next');
          }}
          error={Boolean(errors.next)}
          helperText={errors.next}
          autoComplete="new-password"
          size="small"
          fullWidth
        />
        {next ? <StrengthMeter score={strength.score} label={strength.label} hint={strength.hint} /> : null}
        <PasswordField
          id="change-repeat"
          label="Repeat new passphrase"
          value={repeat}
          onChange={(e) => {
            setRepeat(e.target.value);
            clear('repeat');
          }}
          error={Boolean(errors.repeat)}
          helperText={errors.repeat}
          autoComplete="new-password"
          size="small"
          fullWidth
        />
        {formError ? <Alert severity="error">{formError}</Alert> : null}
        <Box>
          <Button
            type="submit"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : null}
          >
            {busy ? 'Changing…' : 'Change passphrase'}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
