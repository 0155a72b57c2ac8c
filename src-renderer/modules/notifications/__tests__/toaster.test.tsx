import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GIVE_WAY_MS, Toaster } from '../components/Toaster.js';
import { notify, useToastStore } from '../store.js';

beforeEach(() => {
  vi.useFakeTimers();
  useToastStore.setState({ queue: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Toaster', () => {
  it('shows one toast at a time; a newer one takes over soon even while the pointer rests on the older one', () => {
    render(<Toaster />);
    act(() => notify.error('Not saved: someone else changed this job'));
    const first = screen.getByRole('alert');
    expect(first).toHaveTextContent('Not saved');
    // The pointer on the toast stops Snackbar's own timer.
    fireEvent.mouseEnter(first);
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved');

    act(() => notify.success('“Doomsday Engineer” is now on hold'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved');
    act(() => vi.advanceTimersByTime(GIVE_WAY_MS));
    expect(screen.getByRole('alert')).toHaveTextContent('is now on hold');
    expect(useToastStore.getState().queue).toHaveLength(1);
  });
});
