import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { z } from 'zod';

export interface ValidatedRead<T> {
  value: T;
  /** Set when the stored value was unreadable: it was backed up and replaced with the fallback. */
  problem?: string;
}

export interface ValidatedItem<T> {
  key: StorageItemKey;
  get(): Promise<ValidatedRead<T>>;
  set(value: T): Promise<void>;
  /** Applies a change to the current value and stores it; returns the stored value. */
  update(change: (current: T) => T): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

interface ValidatedItemOptions<T> {
  schema: z.ZodType<T>;
  fallback: () => T;
  version: number;
  migrations?: Record<number, (old: any) => any>;
}

/**
 * A versioned storage item whose value is checked with zod on every read: storage is user data
 * that other versions, sync and hand edits may have changed, so nothing read from it is trusted.
 */
export function defineValidatedItem<T>(key: StorageItemKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    version: options.version,
    migrations: options.migrations,
  });

  async function get(): Promise<ValidatedRead<T>> {
    const raw = await item.getValue();
    if (raw === null || raw === undefined) return { value: options.fallback() };
    const parsed = options.schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data };
    const backupKey = `${key}:corrupt-backup` as StorageItemKey;
    await storage.setItem(backupKey, raw);
    const value = options.fallback();
    await item.setValue(value);
    const where = parsed.error.issues[0]?.path.join('.') || 'the top level';
    return {
      value,
      problem: `Stored ${key.replace(/^\w+:/, '')} was unreadable (${where}: ${parsed.error.issues[0]?.message}); it was backed up to ${backupKey.replace(/^\w+:/, '')} and reset.`,
    };
  }

  return {
    key,
    get,
    set: (value) => item.setValue(options.schema.parse(value)),
    async update(change) {
      const next = options.schema.parse(change((await get()).value));
      await item.setValue(next);
      return next;
    },
    watch(callback) {
      return item.watch((raw) => {
        const parsed = options.schema.safeParse(raw);
        callback(parsed.success ? parsed.data : options.fallback());
      });
    },
  };
}
