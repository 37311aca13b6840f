import type { Entry } from './entry';
import { readJsonl } from './jsonl';

/**
 * A JSONL file of {id, subject?, from?, body}: one entry per non-blank line, a bad line included
 * (with its id when it can be made out, else file#line) so output lines pair with input lines.
 */
export async function* readJsonlEntries(file: string): AsyncGenerator<Entry> {
  for await (const { lineNumber, line, ok, value } of readJsonl(file)) {
    const fallbackId = `${file}#${lineNumber}`;
    const label = `${file}:${lineNumber}`;
    if (!ok) {
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
