import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import {
  COMMAND_IDS,
  COMMANDS,
  shortcutsOf,
  type CommandId,
} from '../../../shared/commands/commands';
import { matchesShortcut } from '../../../shared/commands/shortcuts';

export interface CommandHandler {
  run: () => void;
  /** Whether the command can run now (a format command needs a cell being edited). */
  enabled?: () => boolean;
}

/**
 * Where the actions of the commands in shared/commands live while the screen that owns them
 * is shown. Keyboard shortcuts, toolbar buttons and Electron menu items all run commands
 * through here, so a command behaves the same however it is invoked.
 */
export class CommandBus {
  private readonly handlers = new Map<CommandId, CommandHandler>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  register(id: CommandId, handler: CommandHandler): () => void {
    this.handlers.set(id, handler);
    this.changed();
    return () => {
      if (this.handlers.get(id) !== handler) return;
      this.handlers.delete(id);
      this.changed();
    };
  }

  /** For toolbars: re-render when the set of available commands changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  isEnabled(id: CommandId): boolean {
    const handler = this.handlers.get(id);
    return handler !== undefined && (handler.enabled?.() ?? true);
  }

  run(id: CommandId): boolean {
    const handler = this.handlers.get(id);
    if (!handler || !(handler.enabled?.() ?? true)) return false;
    handler.run();
    return true;
  }

  /** The command a key event stands for, if one is registered and enabled. */
  commandFor(event: KeyboardEvent, isMac: boolean): CommandId | null {
    for (const id of COMMAND_IDS) {
      const shortcuts = shortcutsOf(COMMANDS[id]);
      if (
        shortcuts.some((shortcut) => matchesShortcut(event, shortcut, isMac)) &&
        this.isEnabled(id)
      )
        return id;
    }
    return null;
  }
}

/** Registers a screen's command handlers for as long as it is mounted. */
export function useCommands(
  bus: CommandBus,
  handlers: Partial<Record<CommandId, CommandHandler>>,
): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const ids = Object.keys(handlers).sort().join(',');
  useEffect(() => {
    const unregister = (ids ? (ids.split(',') as CommandId[]) : []).map((id) =>
      bus.register(id, {
        run: () => latest.current[id]?.run(),
        enabled: () => latest.current[id]?.enabled?.() ?? latest.current[id] !== undefined,
      }),
    );
    return () => {
      for (const off of unregister) off();
    };
  }, [bus, ids]);
}

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const CommandBusContext = createContext<CommandBus | null>(null);

export function useCommandBus(): CommandBus {
  const bus = useContext(CommandBusContext);
  if (!bus) throw new Error('useCommandBus outside the workspace');
  return bus;
}

/**
 * Runs the command a key event stands for, if any. Called by the window for keys pressed
 * anywhere, and by the cell editor for keys pressed in it: ProseMirror claims Mod-B, Mod-I,
 * Mod-Y and Mod-Z before they bubble, so the editor must ask first.
 */
export function runShortcut(bus: CommandBus, event: KeyboardEvent): boolean {
  if (event.isComposing || event.key === 'Process') return false;
  const command = bus.commandFor(event, IS_MAC);
  if (!command) return false;
  event.preventDefault();
  bus.run(command);
  return true;
}
