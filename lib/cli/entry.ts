import type { MessageInput } from '../engine';

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
