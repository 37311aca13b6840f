import { readFile } from 'node:fs/promises';
import type { Entry } from './entry';
import { parseMail, type ParsedMail } from './mail';

/** An .eml file: one message, its id the Message-ID or file#1. */
export async function* readEml(file: string): AsyncGenerator<Entry> {
  yield await mailEntry(await readFile(file), `${file}#1`, file);
}

/** One raw RFC 5322 message as an entry, or the reason it cannot be read. */
export async function mailEntry(raw: Uint8Array, fallbackId: string, label: string): Promise<Entry> {
  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (e) {
    return { ok: false, label, problem: (e as Error).message };
  }
  const { messageId, subject, from, date, text, html } = mail;
  return { ok: true, id: messageId ?? fallbackId, label, subject, from, date, input: { subject, from, date, text, html } };
}
