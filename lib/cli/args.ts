import { FORMATS, type Format } from './readers';

export interface CliOptions {
  files: string[];
  json: boolean;
  help: boolean;
  /** Read every file as this format instead of going by extension. */
  format?: Format;
}

export const USAGE = `Usage: tone-triage [options] FILE...

Flags difficult client emails: prints each message's priority, categories and top evidence.

Files are read by extension:
  .eml            one email (RFC 5322)
  .mbox, .mbx     a mailbox of emails, read one message at a time
  .jsonl          one JSON object a line: {"id", "subject"?, "from"?, "body"}

Options:
  --json              one JSON object a line instead of the table. For .jsonl input exactly one
                      line per non-blank input line, bad lines included:
                        {"id","priority","categories","findings","text"}
                      For .eml and .mbox, one per message:
                        {"id","subject","from","date","priority","categories","findings","text"}
                      Finding offsets (start, end) index "text", the cleaned text the engine read.
  --format=FORMAT     read every file as eml, mbox or jsonl, whatever its extension
  -h, --help          show this help

Problems (a missing file, a message or line that cannot be read) are reported on stderr and the rest
goes on. Exit status: 0 when everything was read, 1 when something could not be, 2 for bad usage.`;

/** Reads the command line; throws an Error with a message for the user on bad usage. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { files: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      options.format = parseFormat(value);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!options.help && options.files.length === 0) throw new Error('no input files');
  return options;
}

function parseFormat(value: string | undefined): Format {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new Error(`--format needs one of ${FORMATS.join(', ')}${value ? `, not "${value}"` : ''}`);
  return format;
}
