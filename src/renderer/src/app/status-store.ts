import { createStore } from './store';

/** Long-running work shown in the status bar ("Indexing…"), keyed by whoever reports it. */
export const statusStore = createStore<{ tasks: Record<string, string> }>({ tasks: {} });

export function setStatusTask(key: string, message: string | null): void {
  statusStore.set((s) => {
    const tasks = { ...s.tasks };
    if (message === null) delete tasks[key];
    else tasks[key] = message;
    return { tasks };
  });
}
