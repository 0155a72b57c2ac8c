import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../src-shared/domain/vault.js';
import { invoke } from '../../../ipc/client.js';
import { CenteredPanel } from '../../../ui/CenteredPanel.js';
import { PasswordField } from '../../../ui/PasswordField.js';
import { StrengthMeter } from '../../../ui/StrengthMeter.js';
import { passphraseStrength, validateNewPassphrase, type NewPassphraseErrors } from '../passphrase.js';
import { useVaultStatusStore } from '../store.js';

type Protection = 'keychain' | 'passphrase';

export function CreateVaultScreen({ status }: { status: VaultStatus }) {
  // The keychain is the easier and safer default where a real one exists: nothing to forget, nothing to type.
  const [protection, setProtection] = useState<Protection>(status.keychainAvailable ? 'keychain' : 'passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usePassphrase = protection === 'passphrase';
  const strength = passphraseStrength(passphrase);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (usePassphrase) {
      const found = validateNewPassphrase(passphrase, repeat);
      setErrors(found);
      if (found.passphrase || found.repeat) {
        document.getElementById(found.passphrase ? 'create-passphrase' : 'create-repeat')?.focus();
        return;
      }
    }
    setBusy(true);
    const result = await invoke('vault:create', usePassphrase ? { passphrase, useKeychain: false } : { useKeychain: true });
    setBusy(false);
    if (result.ok) {
      useVaultStatusStore.getState().setStatus(result.value);
      return;
    }
    if (result.error.code === 'invalid_input' && result.error.field === 'passphrase') {
      setErrors({ passphrase: result.error.message.replace(/^passphrase: /, '') });
    } else {
      setFormError(result.error.message);
    }
  };

  return (
    <CenteredPanel width={480}>
      <Box component="form" noValidate onSubmit={submit} aria-labelledby="create-title">
        <Typography id="create-title" variant="h5" component="h1" sx={{ fontWeight: 600 }} gutterBottom>
          Create your vault
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          Rapport keeps your candidates, clients and notes in an encrypted vault on this computer. Nothing leaves it
          unless you send it.
        </Typography>

        {/* Lets password managers file the passphrase under a stable name instead of guessing one. */}
        <input type="text" name="username" autoComplete="username" value="Rapport vault" readOnly hidden />
        <Stack spacing={2.5}>
          {status.keychainAvailable ? (
            <FormControl>
              <FormLabel id="protection-label">How should the vault be unlocked?</FormLabel>
              <RadioGroup aria-labelledby="protection-label" value={protection} onChange={(e) => setProtection(e.target.value as Protection)}>
                <FormControlLabel
                  value="keychain"
                  control={<Radio />}
                  label="Keep the key in this computer's keychain (recommended)"
                />
                <FormControlLabel value="passphrase" control={<Radio />} label="Ask for a passphrase each time" />
              </RadioGroup>
            </FormControl>
          ) : null}

          {usePassphrase ? (
            <>
              <PasswordField
                id="create-passphrase"
                label="Passphrase"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  if (errors.passphrase) setErrors((x) => ({ ...x, passphrase: undefined }));
                }}
                error={Boolean(errors.passphrase)}
                helperText={errors.passphrase}
                autoComplete="new-password"
                autoFocus
                required
                fullWidth
              />
              <StrengthMeter score={strength.score} label={strength.label} hint={strength.hint} />
              <PasswordField
                id="create-repeat"
                label="Repeat passphrase"
                value={repeat}
                onChange={(e) => {
                  setRepeat(e.target.value);
                  if (errors.repeat) setErrors((x) => ({ ...x, repeat: undefined }));
                }}
                error={Boolean(errors.repeat)}
                helperText={errors.repeat}
                autoComplete="new-password"
                required
                fullWidth
              />
              <Alert severity="warning" variant="outlined">
                Write your passphrase down somewhere safe. It cannot be recovered: without it, nobody — not even
                us — can open this vault.
              </Alert>
            </>
          ) : (
            <Alert severity="info" variant="outlined">
              Your operating system guards the key and opens the vault when you sign in to this computer. Back up
              the vault to keep a copy safe.
            </Alert>
          )}

          {formError ? <Alert severity="error">{formError}</Alert> : null}

          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
          >
            {busy ? 'Creating vault…' : 'Create vault'}
          </Button>
        </Stack>
      </Box>
    </CenteredPanel>
  );
}
