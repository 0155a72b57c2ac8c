import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { VaultStatus } from '../../../../src-shared/domain/vault.js';
import { invoke } from '../../../ipc/client.js';
import { CenteredPanel } from '../../../ui/CenteredPanel.js';
import { PasswordField } from '../../../ui/PasswordField.js';
import { useVaultStatusStore } from '../store.js';

export const WRONG_PASSPHRASE_TEXT = 'That passphrase is not correct. Check Caps Lock and try again.';

export function UnlockScreen({ status }: { status: VaultStatus }) {
  const keychain = status.protection === 'os-keychain';
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [capsLock, setCapsLock] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!keychain && passphrase === '') {
      setFieldError('Enter your passphrase');
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await invoke('vault:unlock', keychain ? {} : { passphrase });
    setBusy(false);
    if (result.ok) {
      useVaultStatusStore.getState().setStatus(result.value);
      return;
    }
    if (result.error.code === 'wrong_passphrase') {
      setFieldError(WRONG_PASSPHRASE_TEXT);
      // Keep what was typed but select it: the next attempt replaces it in one go, or it can be checked.
      input.current?.focus();
      input.current?.select();
    } else {
      setFormError(result.error.message);
    }
  };

  const trackCapsLock = (e: KeyboardEvent) => setCapsLock(e.getModifierState?.('CapsLock') ?? false);

  return (
    <CenteredPanel>
      <Box component="form" noValidate onSubmit={submit} aria-labelledby="unlock-title">
        <Typography id="unlock-title" variant="h5" component="h1" sx={{ fontWeight: 600 }} gutterBottom>
          Unlock Rapport
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {keychain
            ? 'The key to your vault is kept in this computer’s keychain.'
            : 'Your vault is locked. Enter your passphrase to open it.'}
        </Typography>
        {/* Lets password managers file the passphrase under a stable name instead of guessing one. */}
        <input type="text" name="username" autoComplete="username" value="Rapport vault" readOnly hidden />
        <Stack spacing={2.5}>
          {keychain ? null : (
            <PasswordField
              inputRef={input}
              id="unlock-passphrase"
              label="Passphrase"
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value);
                setFieldError(null);
              }}
              onKeyDown={trackCapsLock}
              onKeyUp={trackCapsLock}
              error={Boolean(fieldError)}
              helperText={fieldError ?? (capsLock ? 'Caps Lock is on' : undefined)}
              autoComplete="current-password"
              autoFocus
              fullWidth
            />
          )}
          {formError ? <Alert severity="error">{formError}</Alert> : null}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
          >
            {busy ? 'Unlocking…' : 'Unlock'}
          </Button>
        </Stack>
      </Box>
    </CenteredPanel>
  );
}
