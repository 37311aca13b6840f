import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PRIORITY_ORDER, isCategoryId } from '../../../lib/engine';
import { jsonLines, MAIL, ROOT, runCli, type CliRun } from './run-cli';

// Each run starts Node, tsx and compromise; on a busy 2-core machine several together take a while.
const SPAWN_TIMEOUT = 60_000;
const JSONL_KEYS = ['id', 'priority', 'categories', 'findings', 'text'];
const MAIL_KEYS = ['id', 'subject', 'from', 'date', 'priority', 'categories', 'findings', 'text'];
const FINDING_KEYS = ['category', 'priority', 'confidence', 'explanation', 'evidence', 'start', 'end'];

function expectValidRecord(record: Record<string, unknown>) {
  const text = record.text as string;
  expect(typeof text).toBe('string');
  expect(PRIORITY_ORDER).toContain(record.priority);
  expect((record.categories as unknown[]).every(isCategoryId)).toBe(true);
  for (const f of record.findings as Array<Record<string, unknown>>) {
    expect(Object.keys(f).sort()).toEqual([...FINDING_KEYS].sort());
    const { start, end, evidence } = f as { start: number; end: number; evidence: string };
    expect(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length).toBe(true);
    expect(text.slice(start, end)).toBe(evidence);
    expect(record.categories).toContain(f.category);
  }
}

describe('--json on a JSONL file', () => {
  const file = `${MAIL}/messages.jsonl`;
  const inputLines = readFileSync(join(ROOT, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const started = runCli(['--json', file]);
  let run: CliRun;
  beforeAll(async () => {
    run = await started;
  }, SPAWN_TIMEOUT);

  test('prints exactly one line per input line, bad lines included, in input order', () => {
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(inputLines.length);
    expect(records.map((r) => r.id)).toEqual(['calm-1', 'threat-1', 'cut-short', `${file}#4`, 42, `${file}#6`, 'unicode-1', 'own-error-key']);
  });

  test('gives every line exactly the five contract keys, in order', () => {
    for (const record of jsonLines(run.stdout)) expect(Object.keys(record)).toEqual(JSONL_KEYS);
  });

  test('keeps every finding inside the text its offsets refer to', () => {
    for (const record of jsonLines(run.stdout)) expectValidRecord(record);
  });

  test('flags the cancellation exemplar with its evidence', () => {
    const threat = jsonLines(run.stdout).find((r) => r.id === 'threat-1')!;
    expect(threat.priority).toBe('high');
    expect(threat.categories).toContain('cancellation_threat');
  });

  test('answers a bad line with priority none, no findings and no text', () => {
    for (const id of ['cut-short', `${file}#4`, 42]) {
      const record = jsonLines(run.stdout).find((r) => r.id === id)!;
      expect(record).toEqual({ id, priority: 'none', categories: [], findings: [], text: '' });
    }
  });

  test('reads a line that carries its own "error" key like any other', () => {
    expect(jsonLines(run.stdout).find((r) => r.id === 'own-error-key')!.text).toBe('A routine note about the garden.');
    expect(run.stderr).not.toContain(`${file}:8`);
  });

  test('keeps emoji and right-to-left text of a line holding a NUL byte', () => {
    expect(jsonLines(run.stdout).find((r) => r.id === 'unicode-1')!.text).toContain('Привет 👋🏽 שלום — café');
  });

  test('names each bad line on stderr by file and line number, and exits 1', () => {
    expect(run.stderr).toMatch(new RegExp(`${file}:3: invalid JSON`));
    expect(run.stderr).toContain(`${file}:4: not a JSON object`);
    expect(run.stderr).toContain(`${file}:5: no "body" string`);
    expect(run.stderr).toContain(`${file}:6: no "id"`);
    expect(run.status).toBe(1);
  });
});

describe('--json on .eml and .mbox files', () => {
  const files = ['reply-with-signature.eml', 'html-only.eml', 'html-fragment.eml', 'multipart-attachment.eml', 'mailbox.mbox'];
  const started = runCli(['--json', ...files.map((f) => `${MAIL}/${f}`)]);
  let run: CliRun;
  beforeAll(async () => {
    run = await started;
  }, SPAWN_TIMEOUT);
  const byId = (id: string) => jsonLines(run.stdout).find((r) => r.id === id)!;

  test('prints one object per readable message with the mail keys, in order', () => {
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.id)).toEqual([
      'reply-1@client.example',
      'html-1@client.example',
      'fragment-1@client.example',
      'attach-1@client.example',
      'mbox-1@client.example',
      `${MAIL}/mailbox.mbox#3`,
    ]);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(MAIL_KEYS);
      expectValidRecord(record);
    }
  });

  test('reads subject, sender and date from the headers, decoding encoded words', () => {
    expect(byId('html-1@client.example')).toMatchObject({
      subject: 'Quick note on the café menu',
      from: 'Lee Okafor <lee@client.example>',
      date: '2026-03-11T13:40:00.000Z',
    });
  });

  test('makes text of an HTML-only email without its tags', () => {
    const { text } = byId('html-1@client.example') as { text: string };
    expect(text).toContain('Could you swap the prices');
    expect(text).not.toMatch(/<p>|<br>|<\/?body>/);
  });

  test('makes text of an HTML-only email whose HTML is a bare fragment, as Gmail sends it', () => {
    expect(byId('fragment-1@client.example').text).toContain('The brochure proofs arrived this morning');
  });

  test('reads the text part of a multipart email and leaves the attachment out', () => {
    const { text } = byId('attach-1@client.example') as { text: string };
    expect(text).toContain('signed copy of invoice 2231');
    expect(text).not.toContain('JVBERi0');
  });

  test('gives a reply as its new text only: no quoted message, no signature, and flags it', () => {
    const reply = byId('reply-1@client.example') as { text: string; categories: string[] };
    expect(reply.text).toContain('We want to cancel our contract');
    expect(reply.text).not.toContain('Round 3 of the homepage');
    expect(reply.text).not.toContain('Head of Marketing');
    expect(reply.categories).toContain('cancellation_threat');
  });

  test('unescapes ">From " lines inside an mbox message', () => {
    expect(byId('mbox-1@client.example').text).toContain('\nFrom now on all invoices');
  });

  test('reports the binary mbox message on stderr, goes on with the next, and exits 1', () => {
    expect(run.stderr).toContain(`${MAIL}/mailbox.mbox#2: binary data`);
    expect(jsonLines(run.stdout).some((r) => r.id === `${MAIL}/mailbox.mbox#3`)).toBe(true);
    expect(run.status).toBe(1);
  });
});

describe('files that cannot be read', () => {
  const started = runCli(['--json', 'no/such/file.eml', `${MAIL}/multipart-attachment.eml`, 'package.json', MAIL]);
  let run: CliRun;
  beforeAll(async () => {
    run = await started;
  }, SPAWN_TIMEOUT);

  test('names a missing file on stderr and still processes the others', () => {
    expect(run.stderr).toContain('no/such/file.eml: no such file');
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(['attach-1@client.example']);
  });

  test('names a file of unknown type and a directory', () => {
    expect(run.stderr).toContain('package.json: unknown file type');
    expect(run.stderr).toContain(`${MAIL}: is a directory`);
  });

  test('exits 1', () => {
    expect(run.status).toBe(1);
  });
});

describe('the table and the options', () => {
  // Started together: each run pays Node, tsx and compromise start-up.
  const table = runCli([`${MAIL}/reply-with-signature.eml`, `${MAIL}/multipart-attachment.eml`]);
  const help = runCli(['--help']);
  const badUsage = runCli(['--jsno', `${MAIL}/html-only.eml`]);
  const throughTsx = runCli(['--help'], ['node_modules/tsx/dist/cli.mjs', 'lib/cli/main.ts']);

  test('prints a header, one row per message with its top evidence, and a summary; exits 0', async () => {
    const run = await table;
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^message\s+prio\s+categories\s+top evidence$/);
    expect(lines[1]).toMatch(/reply-with-signature\.eml\s+high\s+cancellation_threat\b.*\s"[^"]+"$/);
    expect(lines[2]).toMatch(/multipart-attachment\.eml\s+(high|medium|low|none)\s/);
    expect(lines.at(-1)).toMatch(/^2 messages: [12] high, \d medium, \d low, \d none$/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, SPAWN_TIMEOUT);

  test('runs the same through tsx, as `npm run triage` does', async () => {
    const run = await throughTsx;
    expect(run.stdout).toMatch(/^Usage: tone-triage/);
    expect(run.status).toBe(0);
  }, SPAWN_TIMEOUT);

  test('--help prints the usage on stdout and exits 0', async () => {
    const run = await help;
    expect(run.stdout).toMatch(/^Usage: tone-triage/);
    expect(run.stdout).toContain('--json');
    expect(run.status).toBe(0);
  }, SPAWN_TIMEOUT);

  test('bad usage prints the reason and the usage on stderr and exits 2', async () => {
    const run = await badUsage;
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown option --jsno');
    expect(run.status).toBe(2);
  }, SPAWN_TIMEOUT);
});
