import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { MessageInput } from '../engine';
import { readJsonl } from './jsonl';
import { parseMail, type ParsedMail } from './mail';
import { splitMbox } from './mbox';

export const FORMATS = ['eml', 'mbox', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** One message read from a file, ready for the engine. */
export interface MailEntry {
  ok: true;
  id: string | number;
  /** Where it came from, for people: the file, file#n in a mailbox, the id in a JSONL file. */
  label: string;
  subject?: string;
  from?: string;
  date?: string;
  input: MessageInput;
  /** Something worth saying on stderr that did not stop the message being read. */
  warning?: string;
}

/** A message (or JSONL line) that could not be read; `id` when one could still be made out. */
export interface BadEntry {
  ok: false;
  id?: string | number;
  label: string;
  problem: string;
}

export type Entry = MailEntry | BadEntry;

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

async function* readEml(file: string): AsyncGenerator<Entry> {
  yield await mailEntry(await readFile(file), `${file}#1`, file);
}

async function* readMbox(file: string): AsyncGenerator<Entry> {
  for await (const message of splitMbox(createReadStream(file))) {
    const label = `${file}#${message.index}`;
    if ('tooLarge' in message) {
      yield { ok: false, label, problem: `message of ${message.bytes} bytes is too large to read; skipped` };
    } else {
      yield await mailEntry(message.raw, label, label);
    }
  }
}

async function mailEntry(raw: Uint8Array, fallbackId: string, label: string): Promise<Entry> {
  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (e) {
    return { ok: false, label, problem: (e as Error).message };
  }
  const { messageId, subject, from, date, text, html } = mail;
  return { ok: true, id: messageId ?? fallbackId, label, subject, from, date, input: { subject, from, date, text, html } };
}

async function* readJsonlEntries(file: string): AsyncGenerator<Entry> {
  for await (const { lineNumber, line, value } of readJsonl(file)) {
    const fallbackId = `${file}#${lineNumber}`;
    const label = `${file}:${lineNumber}`;
    if ('error' in value) {
      yield { ok: false, id: salvageId(line) ?? fallbackId, label, problem: String(value.error) };
      continue;
    }
    const id = isId(value.id) ? value.id : undefined;
    if (typeof value.body !== 'string') {
      yield { ok: false, id: id ?? fallbackId, label, problem: 'no "body" string' };
      continue;
    }
    const subject = optionalString(value.subject);
    const from = optionalString(value.from);
    yield {
      ok: true,
      id: id ?? fallbackId,
      label: id === undefined ? fallbackId : String(id),
      subject,
      from,
      input: { subject, from, text: value.body },
      warning: id === undefined ? `${label}: no "id", using ${fallbackId}` : undefined,
    };
  }
}

function isId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// A line cut short or with a stray quote often still starts with a readable `"id": ...`.
export function salvageId(line: string): string | number | undefined {
  const token = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
  if (token === undefined) return undefined;
  try {
    const id: unknown = JSON.parse(token);
    return isId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
