import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../ErrorBoundary.js';

// The renderer project runs without vitest globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function Broken(): never {
  throw new Error('Cannot read properties of undefined');
}

describe('ErrorBoundary', () => {
  it('shows a recovery message instead of a blank window', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('This window ran into a problem')).toBeInTheDocument();
    expect(screen.getByText(/Your data is safe in the vault/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload window' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
