import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { debounce } from '../../../lib/content/debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  test('runs once after calls stop for the quiet time', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 1000);
    d();
    vi.advanceTimersByTime(60);
    d();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('still runs every max wait while calls never stop', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 300);
    for (let t = 0; t < 700; t += 50) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test('a cancelled call never runs', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 300);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});
