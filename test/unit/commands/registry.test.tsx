import { describe, it, expect } from 'vitest';
import { commandForKey } from '../../../src/commands/registry';

const key = (k: string, over: Partial<KeyboardEvent> = {}, target: Element = document.body) =>
  ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    repeat: false,
    defaultPrevented: false,
    target,
    ...over,
  }) as KeyboardEvent;

describe('commandForKey', () => {
  it('maps single keys to their commands', () => {
    expect(commandForKey(key('Escape'))?.id).toBe('clear');
    expect(commandForKey(key('z'))?.id).toBe('zoom-to-selection');
    expect(commandForKey(key('?'))?.id).toBe('about');
    expect(commandForKey(key('x'))).toBeUndefined();
  });

  it('leaves modified, repeated and already-handled keys alone', () => {
    expect(commandForKey(key('l', { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(key('t', { repeat: true }))).toBeUndefined();
    expect(commandForKey(key('t', { defaultPrevented: true }))).toBeUndefined();
  });

  it('does not take letters typed into a field, but lets Esc through', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(commandForKey(key('t', {}, input))).toBeUndefined();
    expect(commandForKey(key('Escape', {}, input))?.id).toBe('clear');
    input.remove();
  });

  it('honours the switch for single-key shortcuts, except Esc', () => {
    expect(commandForKey(key('t'), false)).toBeUndefined();
    expect(commandForKey(key('Escape'), false)?.id).toBe('clear');
  });
});
