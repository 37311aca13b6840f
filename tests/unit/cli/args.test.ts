import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

describe('parseArgs', () => {
  test('takes files in order and defaults to the table', () => {
    expect(parseArgs(['a.eml', 'b.mbox'])).toEqual({ files: ['a.eml', 'b.mbox'], json: false, help: false });
  });

  test.each([
    [['--json', 'a.jsonl'], { json: true }],
    [['a.jsonl', '--json'], { json: true }],
    [['--format', 'mbox', 'Inbox'], { format: 'mbox', files: ['Inbox'] }],
    [['--format=eml', 'message'], { format: 'eml', files: ['message'] }],
    [['--', '--json'], { json: false, files: ['--json'] }],
    [['--help'], { help: true, files: [] }],
    [['-h'], { help: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test.each([
    [[], 'no input files'],
    [['--json'], 'no input files'],
    [['--jsno', 'a.eml'], 'unknown option --jsno'],
    [['--format', 'pdf', 'a.pdf'], 'not "pdf"'],
    [['--format'], '--format needs one of eml, mbox, jsonl'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
