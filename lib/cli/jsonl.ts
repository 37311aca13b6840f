import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type JsonlLine = {
  lineNumber: number;
  /** The line as read, so a caller can still salvage what it can from a bad one. */
  line: string;
} & (
  | { ok: true; value: Record<string, unknown> }
  /** The reason the line could not be read (`ok` tells it from a line with its own "error" key). */
  | { ok: false; value: { error: string } }
);

/** Streams a JSONL file one parsed line at a time; blank lines are skipped, bad lines reported. */
export async function* readJsonl(path: string): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      yield {
        lineNumber,
        line,
        ...(value && typeof value === 'object' && !Array.isArray(value)
          ? { ok: true as const, value: value as Record<string, unknown> }
          : { ok: false as const, value: { error: 'not a JSON object' } }),
      };
    } catch (e) {
      yield { lineNumber, line, ok: false, value: { error: `invalid JSON (${(e as Error).message})` } };
    }
  }
}
