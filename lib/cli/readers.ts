import { extname } from 'node:path';
import type { Entry } from './entry';
import { readEml } from './read-eml';
import { readJsonlEntries } from './read-jsonl';
import { readMbox } from './read-mbox';

export const FORMATS = ['eml', 'mbox', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** The format a file is read as: the one asked for, else its extension's. */
export function formatOf(file: string, asked?: Format): Format | undefined {
  if (asked) return asked;
  const ext = extname(file).slice(1).toLowerCase();
  if (ext === 'eml') return 'eml';
  if (ext === 'mbox' || ext === 'mbx') return 'mbox';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return undefined;
}

export function readEntries(file: string, format: Format): AsyncGenerator<Entry> {
  if (format === 'eml') return readEml(file);
  if (format === 'mbox') return readMbox(file);
  return readJsonlEntries(file);
}
