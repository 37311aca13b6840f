import { createReadStream } from 'node:fs';
import type { Entry } from './entry';
import { splitMbox } from './mbox';
import { mailEntry } from './read-eml';

/** An mbox file, streamed: one message in memory at a time, each id the Message-ID or file#n. */
export async function* readMbox(file: string): AsyncGenerator<Entry> {
  for await (const message of splitMbox(createReadStream(file))) {
    const label = `${file}#${message.index}`;
    if ('tooLarge' in message) {
      yield { ok: false, label, problem: `message of ${message.bytes} bytes is too large to read; skipped` };
    } else {
      yield await mailEntry(message.raw, label, label);
    }
  }
}
