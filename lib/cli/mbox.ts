const LF = 0x0a;
const GT = 0x3e;
const FROM_LINE = Buffer.from('From ');

// One message bigger than this is an attachment dump, not something to read: it is skipped so a
// single huge message cannot pull the whole file into memory.
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export type MboxMessage =
  | { index: number; raw: Buffer }
  | { index: number; tooLarge: true; bytes: number };

/**
 * Splits an mbox byte stream into its messages, one at a time, without holding more than the
 * current message. A line starting with "From " opens a message (the envelope line itself is
 * dropped); ">From ", ">>From " lose one ">" (mboxrd unescaping). Text before the first envelope
 * line counts as a message when it is not blank, so a lone .eml saved as .mbox still reads.
 */
export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxMessageBytes = MAX_MESSAGE_BYTES,
): AsyncGenerator<MboxMessage> {
  let index = 0;
  let lines: Buffer[] = [];
  let bytes = 0;
  let blank = true;

  function* finish(): Generator<MboxMessage> {
    if (!blank) {
      index++;
      yield bytes > maxMessageBytes
        ? { index, tooLarge: true, bytes }
        : { index, raw: Buffer.concat(lines) };
    }
    lines = [];
    bytes = 0;
    blank = true;
  }

  function* take(line: Buffer): Generator<MboxMessage> {
    if (startsWithFrom(line, 0)) {
      yield* finish();
      blank = false; // an envelope line opens a message even if its body is empty
      return;
    }
    const kept = isEscapedFrom(line) ? line.subarray(1) : line;
    bytes += kept.length;
    if (blank && /\S/.test(kept.toString('latin1'))) blank = false;
    if (bytes <= maxMessageBytes) lines.push(kept);
    else lines = [];
  }

  // Bytes of a line not yet ended by a newline, kept as parts so a long line is joined only once.
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let lineStart = 0;
    for (let nl = buf.indexOf(LF); nl !== -1; nl = buf.indexOf(LF, lineStart)) {
      const tail = buf.subarray(lineStart, nl + 1);
      yield* take(pending.length ? Buffer.concat([...pending, tail]) : Buffer.from(tail));
      pending = [];
      lineStart = nl + 1;
    }
    if (lineStart < buf.length) pending.push(Buffer.from(buf.subarray(lineStart)));
  }
  if (pending.length) yield* take(Buffer.concat(pending));
  yield* finish();
}

function startsWithFrom(line: Buffer, at: number): boolean {
  return line.length - at >= FROM_LINE.length && line.compare(FROM_LINE, 0, FROM_LINE.length, at, at + FROM_LINE.length) === 0;
}

function isEscapedFrom(line: Buffer): boolean {
  let at = 0;
  while (line[at] === GT) at++;
  return at > 0 && startsWithFrom(line, at);
}
