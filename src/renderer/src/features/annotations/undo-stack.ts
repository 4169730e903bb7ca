/**
 * Undo/redo of annotation changes as commands: `run` does the change the first time, `redo`
 * repeats it after an undo (a create is redone by restoring the same annotation, so its id
 * survives), `undo` reverses it. A command that fails stays where it was, so the user can retry.
 */
export interface Command {
  /** "Delete highlight", shown in status messages. */
  label: string;
  run(): Promise<void>;
  undo(): Promise<void>;
  redo?(): Promise<void>;
}

export interface UndoState {
  past: Command[];
  future: Command[];
  busy: boolean;
}

export interface UndoStack {
  state(): UndoState;
  /** Runs a new command; on success it can be undone and the redo list is cleared. */
  execute(command: Command): Promise<void>;
  /** Puts a change already made (an import) on the stack, as if it had been executed. */
  record(command: Command): Promise<void>;
  /** Undoes the last command; returns it, or null when there is nothing to undo. */
  undo(): Promise<Command | null>;
  redo(): Promise<Command | null>;
  subscribe(listener: () => void): () => void;
}

export function createUndoStack(limit = 200): UndoStack {
  let state: UndoState = { past: [], future: [], busy: false };
  const listeners = new Set<() => void>();
  const set = (next: Partial<UndoState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  // One change at a time: a second Ctrl+Z while the first is in flight would undo out of order.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    state: () => state,
    execute: (command) =>
      serial(async () => {
        set({ busy: true });
        try {
          await command.run();
          set({ past: [...state.past, command].slice(-limit), future: [] });
        } finally {
          set({ busy: false });
        }
      }),
    record: (command) =>
      serial(async () => {
        set({ past: [...state.past, command].slice(-limit), future: [] });
      }),
    undo: () =>
      serial(async () => {
        const command = state.past.at(-1);
        if (!command) return null;
        set({ busy: true });
        try {
          await command.undo();
          set({ past: state.past.slice(0, -1), future: [command, ...state.future] });
          return command;
        } finally {
          set({ busy: false });
        }
      }),
    redo: () =>
      serial(async () => {
        const command = state.future[0];
        if (!command) return null;
        set({ busy: true });
        try {
          await (command.redo ?? command.run)();
          set({ past: [...state.past, command], future: state.future.slice(1) });
          return command;
        } finally {
          set({ busy: false });
        }
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
