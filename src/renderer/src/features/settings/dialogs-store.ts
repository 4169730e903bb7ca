import { createStore } from '../../app/store';

/** Which of the app-level dialogs is open (one at a time). */
export const dialogsStore = createStore<{ open: 'settings' | 'shortcuts' | null }>({ open: null });

export function openDialog(which: 'settings' | 'shortcuts'): void {
  dialogsStore.set({ open: which });
}

export function closeDialog(): void {
  dialogsStore.set({ open: null });
}
