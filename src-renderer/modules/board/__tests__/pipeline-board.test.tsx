import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { PipelineBoard } from '../components/PipelineBoard.js';
import { useBoardStore } from '../store.js';

const job = {
  id: 7,
  version: 3,
  title: 'Engineer',
  salaryCurrency: 'EUR',
  stages: [
    { id: 1, name: 'Sourced', type: 'sourced', position: 0, applicationCount: 3 },
    { id: 2, name: 'Screening', type: 'screening', position: 1, applicationCount: 0 },
  ],
} as unknown as Job;
const card = (id: number, name: string): BoardCard => ({
  id,
  version: 1,
  candidateId: id,
  candidateName: name,
  currentTitle: '',
  stageId: 1,
  status: 'active',
  rating: null,
  stageEnteredAt: '2026-03-01T00:00:00.000Z',
  lastContactAt: null,
  ownerName: '',
});
const cards = [card(1, 'Ann Able'), card(2, 'Bob Baker'), card(3, 'Cat Cole')];

beforeEach(() => {
  useBoardStore.getState().reset();
  useToastStore.setState({ queue: [] });
});
afterEach(() => cleanup());

const column = (name: string) => screen.getByRole('list', { name });
const names = (name: string) => within(column(name)).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('pipeline board keyboard', () => {
  it('Alt+↑ / Alt+↓ move the focused card within its column, say where, and keep focus on it', async () => {
    const fake = installFakeBridge({
      'board:get-board': () => ok({ job, cards }),
      'board:reorder-card': (p) => ok({ ...cards.find((c) => c.id === (p as { id: number }).id)!, version: 2 }),
    });
    render(<PipelineBoard jobId={7} />);
    await waitFor(() => expect(names('Sourced')).toEqual(['Ann Able', 'Bob Baker', 'Cat Cole']));

    const bob = screen.getByRole('button', { name: 'Bob Baker' });
    bob.focus();
    await act(async () => {
      fireEvent.keyDown(bob, { key: 'ArrowUp', altKey: true });
    });
    expect(names('Sourced')).toEqual(['Bob Baker', 'Ann Able', 'Cat Cole']);
    expect(screen.getByTestId('board-announcer')).toHaveTextContent('Bob Baker moved to position 1 of 3 in Sourced.');
    expect(fake.callsTo('board:reorder-card')).toEqual([{ id: 2, version: 1, position: { place: 'before', cardId: 1 } }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bob Baker' })));

    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'Bob Baker' }), { key: 'ArrowUp', altKey: true });
    });
    expect(screen.getByTestId('board-announcer')).toHaveTextContent('Bob Baker is already at the top of Sourced.');
    expect(fake.callsTo('board:reorder-card')).toHaveLength(1);

    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'Ann Able' }), { key: 'ArrowDown', altKey: true });
    });
    expect(names('Sourced')).toEqual(['Bob Baker', 'Cat Cole', 'Ann Able']);
    expect(fake.callsTo('board:reorder-card').at(-1)).toEqual({ id: 1, version: 1, position: { place: 'after', cardId: 3 } });
  });

  it('Alt+→ still moves one stage, on top of the next column', async () => {
    const fake = installFakeBridge({
      'board:get-board': () => ok({ job, cards: [...cards.slice(0, 2), { ...cards[2]!, stageId: 2 }] }),
      'applications:move-application': () => ok({ id: 1, version: 2, stageId: 2, status: 'active', stageEnteredAt: '2026-03-05T00:00:00.000Z' }),
    });
    render(<PipelineBoard jobId={7} />);
    await waitFor(() => expect(names('Screening')).toEqual(['Cat Cole']));
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'Ann Able' }), { key: 'ArrowRight', altKey: true });
    });
    expect(names('Screening')).toEqual(['Ann Able', 'Cat Cole']);
    expect(fake.callsTo('applications:move-application')).toEqual([{ id: 1, version: 1, toStageId: 2 }]);
    expect(screen.getByTestId('board-announcer')).toHaveTextContent('Ann Able moved to Screening, position 1.');
  });
});
