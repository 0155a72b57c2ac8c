import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { invoke } from '../../../ipc/client.js';
import { PasswordField } from '../../../ui/PasswordField.js';
import { notify } from '../../notifications/store.js';
import { useVaultStatusStore } from '../../vault/store.js';

export function RekeyDialog({ open, onClose, needsPassphrase }: { open: boolean; onClose(): void; needsPassphrase: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    // Re-encryption must run to the end; the dialog stays while it does.
    if (busy) return;
    setPassphrase('');
    setFieldError(null);
    setFormError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (needsPassphrase && passphrase === '') {
      setFieldError('Enter your passphrase to confirm');
      return;
    }
    setBusy(true);
    const result = await invoke('vault:rekey-database', needsPassphrase ? { passphrase } : {});
    setBusy(false);
    if (result.ok) {
      useVaultStatusStore.getState().setStatus(result.value.status);
      notify.success('The database key was replaced and every page re-encrypted.');
      setPassphrase('');
      onClose();
      return;
    }
    if (result.error.code === 'wrong_passphrase') setFieldError('That passphrase is not correct');
    else setFormError(result.error.message);
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="rekey-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="rekey-title">Replace the database key?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Rapport will generate a new random key and re-encrypt the whole vault with it. Do this if you think an
            old copy of the key may have leaked. It can take a while on a large vault; keep Rapport open until it
            finishes. Your passphrase stays the same.
          </DialogContentText>
          {needsPassphrase ? (
            <PasswordField
              id="rekey-passphrase"
              label="Passphrase"
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value);
                setFieldError(null);
              }}
              error={Boolean(fieldError)}
              helperText={fieldError ?? ' '}
              autoComplete="current-password"
              disabled={busy}
              autoFocus
              fullWidth
            />
          ) : null}
          {busy ? (
            <Box sx={{ mt: 1 }}>
              <LinearProgress aria-label="Re-encrypting the vault" />
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
                Re-encrypting the vault…
              </Typography>
            </Box>
          ) : null}
          {formError ? (
            <Alert severity="error" sx={{ mt: 1 }}>
              {formError}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color="warning" disabled={busy}>
            {busy ? 'Replacing key…' : 'Replace key'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
