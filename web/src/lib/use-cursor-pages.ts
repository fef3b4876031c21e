import { useCallback, useState } from 'react';

interface CursorState {
  resetKey: string;
  stack: string[];
}

/**
 * Keyset pagination: a stack of the cursors of the pages already seen, so that « Précédent »
 * goes back without page numbers. A new `resetKey` (search, sort, filters) starts at page one.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<CursorState>({ resetKey, stack: [] });
  const stack = state.resetKey === resetKey ? state.stack : [];

  const next = useCallback(
    (cursor: string) =>
      setState((s) => ({ resetKey, stack: [...(s.resetKey === resetKey ? s.stack : []), cursor] })),
    [resetKey],
  );
  const previous = useCallback(
    () => setState((s) => ({ resetKey, stack: s.resetKey === resetKey ? s.stack.slice(0, -1) : [] })),
    [resetKey],
  );

  return { cursor: stack.at(-1), pageIndex: stack.length, hasPrevious: stack.length > 0, next, previous };
}
