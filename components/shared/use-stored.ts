import { useEffect, useState } from 'react';
import type { ValidatedItem } from '../../lib/storage/validated-item';

export interface Stored<T> {
  value: T | undefined;
  /** Set when the stored value was unreadable and was reset (the item backed it up). */
  problem?: string;
  /** Applies a change, stores it and shows the stored result. */
  update: (change: (current: T) => T) => Promise<void>;
}

/** A validated storage item as React state, kept in step with writes from other pages (the sidebar). */
export function useStored<T>(item: ValidatedItem<T>): Stored<T> {
  const [value, setValue] = useState<T>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    item.get().then((read) => {
      if (!live) return;
      setValue(read.value);
      setProblem(read.problem);
    });
    const unwatch = item.watch((next) => live && setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return {
    value,
    problem,
    async update(change) {
      // Show the change at once (a controlled checkbox must not flick back), then what was stored.
      setValue((current) => (current === undefined ? current : change(current)));
      setValue(await item.update(change));
    },
  };
}
