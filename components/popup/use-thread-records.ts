import { useEffect, useState } from 'react';
import { threadRecordsItem } from '../../lib/storage/threads';
import type { ThreadRecord } from '../../lib/threads/record';

/** The stored thread records, kept live as the content script records threads. */
export function useThreadRecords(): { records: ThreadRecord[]; loaded: boolean; problem?: string } {
  const [state, setState] = useState<{ records: ThreadRecord[]; loaded: boolean; problem?: string }>({
    records: [],
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    threadRecordsItem.get().then(({ value, problem }) => live && setState({ records: value, loaded: true, problem }));
    const unwatch = threadRecordsItem.watch((records) => live && setState((s) => ({ ...s, records, loaded: true })));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
