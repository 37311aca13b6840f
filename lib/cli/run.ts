import { stat } from 'node:fs/promises';
import { analyzeMessage, type MessageResult, type Priority } from '../engine';
import { parseHtmlNode } from '../node/parse-html';
import { parseArgs, USAGE, type CliOptions } from './args';
import { jsonlRecord, mailRecord, summaryLine, tableHeader, tableLayout, tableRow, UNREAD } from './output';
import type { Entry, MailEntry } from './entry';
import { formatOf, readEntries, type Format } from './readers';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Terminal width for the table. */
  columns: number;
}

const PROGRAM = 'tone-triage';
const UNKNOWN_TYPE = 'unknown file type (use .eml, .mbox or .jsonl, or --format)';

/** Runs the command line and returns its exit status: 0 all read, 1 something unreadable, 2 bad usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    io.err(`${PROGRAM}: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }

  const layout = tableLayout(io.columns);
  const counts: Record<Priority, number> = { high: 0, medium: 0, low: 0, none: 0 };
  let unreadable = 0;
  if (!options.json) io.out(tableHeader(layout));

  const report = (format: Format, entry: Entry) => {
    if (!entry.ok) {
      unreadable++;
      io.err(`${PROGRAM}: ${entry.label}: ${entry.problem}`);
      // A JSONL consumer pairs output lines with input lines, so a bad line still gets its line.
      if (options.json && format === 'jsonl') io.out(jsonlRecord(entry.id ?? entry.label, UNREAD));
      return;
    }
    if (entry.warning) io.err(`${PROGRAM}: ${entry.warning}`);
    const result = analyse(entry, io);
    counts[result.priority]++;
    if (!options.json) io.out(tableRow(entry.label, result, layout));
    else io.out(format === 'jsonl' ? jsonlRecord(entry.id, result) : mailRecord(entry, result));
  };

  for (const file of options.files) {
    const format = formatOf(file, options.format);
    const problem = (await unreadableFile(file)) ?? (format ? undefined : UNKNOWN_TYPE);
    if (problem || !format) {
      unreadable++;
      io.err(`${PROGRAM}: ${file}: ${problem}`);
      continue;
    }
    try {
      for await (const entry of readEntries(file, format)) report(format, entry);
    } catch (e) {
      unreadable++;
      io.err(`${PROGRAM}: ${file}: stopped reading: ${(e as Error).message}`);
    }
  }

  if (!options.json) io.out(summaryLine(counts, unreadable));
  return unreadable ? 1 : 0;
}

async function unreadableFile(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'is a directory, not a file' : undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : (e as Error).message;
  }
}

function analyse(entry: MailEntry, io: CliIo): MessageResult {
  try {
    return analyzeMessage(entry.input, { parseHtml: parseHtmlNode });
  } catch (e) {
    // The engine promises not to throw; if it ever does, one message must not stop the run.
    io.err(`${PROGRAM}: ${entry.label}: analysis failed: ${(e as Error).message}`);
    return { ...UNREAD, score: 0 };
  }
}
