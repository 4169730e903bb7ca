import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/events';
import { dossier } from './dossier';

/** Runs `action` when the desktop app's menu sends `command` (the web host never does). */
export function useMenuCommand(command: MenuCommand, action: () => void): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const id = dossier().subscribe('menuCommand', (name) => {
      if (name === command) latest.current();
    });
    return () => dossier().unsubscribe(id);
  }, [command]);
}
