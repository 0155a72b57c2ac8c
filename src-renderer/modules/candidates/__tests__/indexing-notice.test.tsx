import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexingNotice } from '../components/IndexingNotice.js';

afterEach(cleanup);

describe('Indexing notice', () => {
  it('says how far the rebuild got and searches again on request', () => {
    const onRetry = vi.fn();
    render(<IndexingNotice pending={40_000} of={100_000} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The search index is catching up (60,000 of 100,000 candidates indexed)');
    expect(screen.getByRole('alert')).toHaveTextContent('some matches may be missing');
    fireEvent.click(screen.getByRole('button', { name: 'Search again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
