import { cleanup, act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../../src-shared/domain/vault.js';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { CreateVaultScreen } from '../components/CreateVaultScreen.js';
import { UnlockScreen, WRONG_PASSPHRASE_TEXT } from '../components/UnlockScreen.js';
import { VaultGate } from '../components/VaultGate.js';
import { useVaultStatusStore } from '../store.js';

// The renderer project runs without vitest globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const status = (over: Partial<VaultStatus> = {}): VaultStatus => ({
  state: 'absent',
  protection: null,
  keychainAvailable: false,
  dataDir: '/tmp/vault',
  schemaVersion: null,
  ...over,
});

const passphraseInput = () => screen.getByLabelText(/^Passphrase/, { selector: 'input' });
const repeatInput = () => screen.getByLabelText(/^Repeat passphrase/, { selector: 'input' });
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

beforeEach(() => useVaultStatusStore.setState({ status: null, error: null }));
afterEach(() => useVaultStatusStore.setState({ status: null, error: null }));

describe('Create vault screen', () => {
  it('refuses a short passphrase and a mismatched repeat without calling the core', () => {
    const fake = installFakeBridge({});
    render(<CreateVaultScreen status={status()} />);
    type(passphraseInput(), 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(screen.getByText('Use at least 10 characters')).toBeInTheDocument();
    expect(passphraseInput()).toHaveAttribute('aria-invalid', 'true');

    type(passphraseInput(), 'a long enough passphrase');
    type(repeatInput(), 'a different passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(screen.getByText('The two passphrases do not match')).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });

  it('explains that the passphrase cannot be recovered and shows a strength hint', () => {
    installFakeBridge({});
    render(<CreateVaultScreen status={status()} />);
    expect(screen.getByText(/It cannot be recovered/)).toBeInTheDocument();
    type(passphraseInput(), 'tidy mountain lantern orbit');
    expect(screen.getByText('Strong')).toBeInTheDocument();
  });

  it('creates the vault with the passphrase and hands the new status to the gate', async () => {
    const unlocked = status({ state: 'unlocked', protection: 'passphrase', schemaVersion: 1 });
    const fake = installFakeBridge({ 'vault:create': () => ok(unlocked) });
    render(<CreateVaultScreen status={status()} />);
    type(passphraseInput(), 'a long enough passphrase');
    type(repeatInput(), 'a long enough passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    await waitFor(() => expect(useVaultStatusStore.getState().status).toEqual(unlocked));
    expect(fake.callsTo('vault:create')).toEqual([{ passphrase: 'a long enough passphrase', useKeychain: false }]);
  });

  it('offers the keychain as the default where one exists, with no passphrase to type', async () => {
    const fake = installFakeBridge({ 'vault:create': () => ok(status({ state: 'unlocked', protection: 'os-keychain' })) });
    render(<CreateVaultScreen status={status({ keychainAvailable: true })} />);
    expect(screen.getByRole('radio', { name: /keychain/ })).toBeChecked();
    expect(screen.queryByLabelText(/^Passphrase/, { selector: 'input' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    await waitFor(() => expect(fake.callsTo('vault:create')).toEqual([{ useKeychain: true }]));

    fireEvent.click(screen.getByRole('radio', { name: /passphrase/ }));
    expect(passphraseInput()).toBeInTheDocument();
  });
});

describe('Unlock screen', () => {
  it('shows a clear error on a wrong passphrase and keeps what was typed', async () => {
    installFakeBridge({ 'vault:unlock': () => fail('wrong_passphrase', 'Wrong passphrase') });
    render(<UnlockScreen status={status({ state: 'locked', protection: 'passphrase' })} />);
    type(passphraseInput(), 'not it');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(WRONG_PASSPHRASE_TEXT)).toBeInTheDocument();
    expect(passphraseInput()).toHaveAttribute('aria-invalid', 'true');
    expect(passphraseInput()).toHaveValue('not it');
    expect(useVaultStatusStore.getState().status).toBeNull();
    // Typing again clears the error.
    type(passphraseInput(), 'not it either');
    expect(screen.queryByText(WRONG_PASSPHRASE_TEXT)).toBeNull();
  });

  it('shows other failures (e.g. the host went away) as a form error', async () => {
    installFakeBridge({ 'vault:unlock': () => fail('internal', 'Lost contact with Rapport.') });
    render(<UnlockScreen status={status({ state: 'locked', protection: 'passphrase' })} />);
    type(passphraseInput(), 'whatever');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Lost contact with Rapport.');
  });

  it('asks for the passphrase before calling the core', () => {
    const fake = installFakeBridge({});
    render(<UnlockScreen status={status({ state: 'locked', protection: 'passphrase' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter your passphrase')).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });
});

describe('Vault gate', () => {
  it('follows the vault state: create → (pushed lock) → unlock → shell', async () => {
    let current = status();
    const fake = installFakeBridge({
      'vault:get-status': () => ok(current),
      'vault:unlock': () => ok((current = status({ state: 'unlocked', protection: 'passphrase' }))),
    });
    render(
      <VaultGate>
        <p>the shell</p>
      </VaultGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Create your vault' })).toBeInTheDocument();

    act(() => fake.emit('vault:status-changed', status({ state: 'locked', protection: 'passphrase' })));
    expect(screen.getByRole('heading', { name: 'Unlock Rapport' })).toBeInTheDocument();

    type(passphraseInput(), 'the right one');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('the shell')).toBeInTheDocument();
  });

  it('explains a missing token instead of showing a blank page', async () => {
    installFakeBridge({ 'vault:get-status': () => fail('unauthorized', 'Missing or wrong token') });
    render(
      <VaultGate>
        <p>the shell</p>
      </VaultGate>,
    );
    expect(await screen.findByText('Open Rapport from its own link')).toBeInTheDocument();
  });
});
