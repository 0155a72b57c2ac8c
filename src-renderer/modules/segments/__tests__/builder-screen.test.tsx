import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useBuilderStore } from '../builder-store.js';
import { SegmentBuilder } from '../components/SegmentBuilder.js';

afterEach(() => {
  cleanup();
  useBuilderStore.getState().reset();
});

describe('segment builder screen', () => {
  it('adds a condition from the menu, marks it unfinished inline, and shows the live count and members', { timeout: 30_000 }, async () => {
    installFakeBridge({
      'segments:get-options': () => ok({ owners: [], lists: [], pools: [] }),
      'segments:preview-members': () =>
        ok({ count: 1234, ms: 3, items: [{ id: 1, displayName: 'Ada Lovelace', currentTitle: 'Engineer', currentCompany: '', city: 'London', region: '', country: 'GB' }] }),
    });
    render(<SegmentBuilder segmentId={null} />);
    expect(await screen.findByText('1,234')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Newest members' })).toHaveTextContent('Ada Lovelace');
    expect(screen.getByText('Engineer · London, GB')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Add condition to the segment' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Tags' }));
    const row = await screen.findByRole('listitem', { name: 'Condition: Tags' });
    expect(within(row).getByText('Pick at least one tag — not counted yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Freeze as list' })).toBeDisabled();

    fireEvent.click(within(row).getByRole('button', { name: 'Remove condition: Tags' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Condition: Tags' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Freeze as list' })).toBeEnabled();
  });
});
