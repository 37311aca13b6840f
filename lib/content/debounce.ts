export interface Debounced {
  (): void;
  cancel(): void;
}

/**
 * Runs `fn` once calls have stopped for `waitMs`, and at least every `maxWaitMs` while they keep
 * coming: a webmail page that never stops changing (clocks, chat) must still get read.
 */
export function debounce(fn: () => void, waitMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCallAt: number | undefined;
  const run = () => {
    timer = undefined;
    firstCallAt = undefined;
    fn();
  };
  const debounced = () => {
    const now = Date.now();
    firstCallAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(waitMs, firstCallAt + maxWaitMs - now)));
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstCallAt = undefined;
  };
  return debounced;
}
