import { create } from 'zustand';

export type ToastSeverity = 'success' | 'error' | 'info' | 'warning';

export interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
}

interface ToastState {
  /** Shown one at a time, oldest first, so a burst of results is not lost behind each other. */
  queue: Toast[];
  show(message: string, severity?: ToastSeverity): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  queue: [],
  show: (message, severity = 'info') => set((s) => ({ queue: [...s.queue, { id: nextId++, message, severity }] })),
  dismiss: (id) => set((s) => ({ queue: s.queue.filter((t) => t.id !== id) })),
}));

/** For event handlers outside React render: `notify.success('Saved')`. */
export const notify = {
  success: (message: string) => useToastStore.getState().show(message, 'success'),
  error: (message: string) => useToastStore.getState().show(message, 'error'),
  info: (message: string) => useToastStore.getState().show(message, 'info'),
};
