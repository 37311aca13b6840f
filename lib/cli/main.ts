// The command line: `npm run triage -- FILE...` or `tone-triage FILE...` (see lib/cli/args.ts).
import { runCli } from './run';

// `tone-triage big.mbox | head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  columns: process.stdout.columns ?? 120,
});
