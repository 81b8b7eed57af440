import type { ButtonHTMLAttributes } from 'react';
import { useAppStore } from '../state/store';
import { keyShortcut, runCommand, type CommandId } from '../commands/registry';

/** A button that runs a registry command and announces its keyboard shortcut while shortcuts are on. */
export function CommandButton({
  command,
  className = 'text-button',
  ...rest
}: { command: CommandId } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'>) {
  const keys = useAppStore((s) => s.shortcutsEnabled);
  return (
    <button
      type="button"
      className={className}
      onClick={() => runCommand(command)}
      aria-keyshortcuts={keyShortcut(command, keys)}
      {...rest}
    />
  );
}
