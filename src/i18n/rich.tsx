import { Fragment, type ReactNode } from 'react';
import { t, type MessageId, type Params } from './t';

/**
 * A message whose placeholders are filled with React nodes (a `<strong>`, a `<time>`, a word in
 * another language), so a sentence stays one message and each locale orders its parts.
 * String and number `params` are filled as by `t()`; `{name}` with a node in `parts` becomes
 * that node.
 */
export function tRich(key: MessageId, parts: Record<string, ReactNode>, params?: Params): ReactNode[] {
  const pieces = t(key, params).split(/\{(\w+)\}/);
  return pieces.map((piece, i) =>
    i % 2 === 0 ? piece : <Fragment key={i}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>,
  );
}
