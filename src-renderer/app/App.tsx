import { Toaster } from '../modules/notifications/components/Toaster.js';
import { VaultGate } from '../modules/vault/components/VaultGate.js';
import { AppThemeProvider } from './AppThemeProvider.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { Shell } from './Shell.js';

export function App() {
  return (
    <AppThemeProvider>
      <ErrorBoundary>
        <VaultGate>
          <Shell />
        </VaultGate>
        <Toaster />
      </ErrorBoundary>
    </AppThemeProvider>
  );
}
