import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps its identity across renders but always runs the latest `fn`: for
 * callbacks handed to memoized components, which would otherwise re-render on every keystroke.
 * Call it from events and effects, not during render.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
