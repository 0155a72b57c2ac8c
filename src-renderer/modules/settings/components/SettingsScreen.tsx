import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { InfoIcon, KeyIcon, LockIcon, ShieldIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useLockVault } from '../../vault/hooks/useLockVault.js';
import { useVaultStatusStore } from '../../vault/store.js';
import { useAppInfo } from '../hooks/useAppInfo.js';
import { ChangePassphraseForm } from './ChangePassphraseForm.js';
import { RekeyDialog } from './RekeyDialog.js';

const HOSTS = { electron: 'Desktop app', node: 'Local browser host', cli: 'Command line' } as const;

function SectionTitle({ id, icon, children }: { id: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, color: 'text.primary', '& svg': { color: 'primary.main' } }}>
      {icon}
      <Typography id={id} variant="h6" component="h2">
        {children}
      </Typography>
    </Box>
  );
}

export function SettingsScreen() {
  const status = useVaultStatusStore((s) => s.status);
  const info = useAppInfo();
  const { lock, locking } = useLockVault();
  const [rekeyOpen, setRekeyOpen] = useState(false);
  const passphraseProtected = status?.protection === 'passphrase';

  const about: [string, ReactNode][] = [
    ['Version', info ? `${info.name} ${info.version}` : '…'],
    ['Running as', info ? HOSTS[info.host] : '…'],
    ['Platform', info?.platform ?? '…'],
    ['Data folder', <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{status?.dataDir ?? '…'}</Box>],
    ['Database schema', status?.schemaVersion != null ? `version ${status.schemaVersion}` : '…'],
  ];

  return (
    <>
      <PageHeader title="Settings" />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
        <Card component="section" aria-labelledby="security-title">
          <CardContent sx={{ p: 3 }}>
            <SectionTitle id="security-title" icon={<ShieldIcon />}>
              Security
            </SectionTitle>
            {/* Locking sits at the top: it is the one security action people reach for in a hurry. */}
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 3 }}>
              <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
                {passphraseProtected
                  ? 'Your vault is encrypted and opens with your passphrase.'
                  : 'Your vault is encrypted; its key is kept in this computer’s keychain.'}
              </Typography>
              <Button variant="outlined" startIcon={<LockIcon />} onClick={() => void lock()} disabled={locking}>
                Lock now
              </Button>
            </Box>

            {passphraseProtected ? (
              <>
                <ChangePassphraseForm />
                <Divider sx={{ my: 3 }} />
              </>
            ) : null}

            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              Replace the database key
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Re-encrypts the whole vault with a brand-new key. Slower than a passphrase change.
            </Typography>
            <Button variant="outlined" color="warning" startIcon={<KeyIcon />} onClick={() => setRekeyOpen(true)}>
              Replace the database key…
            </Button>
          </CardContent>
        </Card>

        <Card component="section" aria-labelledby="about-title">
          <CardContent sx={{ p: 3 }}>
            <SectionTitle id="about-title" icon={<InfoIcon />}>
              About
            </SectionTitle>
            <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1.25 }}>
              {about.map(([term, value]) => (
                <Box key={term} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {term}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0 }}>
                    {value}
                  </Typography>
                </Box>
              ))}
            </Box>
          </CardContent>
        </Card>
      </Box>
      <RekeyDialog open={rekeyOpen} onClose={() => setRekeyOpen(false)} needsPassphrase={passphraseProtected} />
    </>
  );
}
