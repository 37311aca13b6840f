import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../lib/engine';
import {
  cutEnd,
  cutStart,
  jsonlRecord,
  mailRecord,
  summaryLine,
  tableLayout,
  tableRow,
  topFinding,
  UNREAD,
} from '../../../lib/cli/output';

const finding = (over: Partial<Finding>): Finding => ({
  category: 'urgency_pressure',
  priority: 'low',
  confidence: 0.8,
  explanation: 'x',
  evidence: 'asap',
  start: 0,
  end: 4,
  ...over,
});

describe('records for --json', () => {
  test('a JSONL record has exactly id, priority, categories, findings and text, in that order', () => {
    const line = jsonlRecord('m1', { priority: 'low', categories: ['urgency_pressure'], findings: [finding({})], text: 'asap' });
    expect(Object.keys(JSON.parse(line))).toEqual(['id', 'priority', 'categories', 'findings', 'text']);
  });

  test('a mail record writes absent headers as null', () => {
    const entry = { ok: true as const, id: 'f#1', label: 'f', input: {} };
    expect(JSON.parse(mailRecord(entry, UNREAD))).toEqual({
      id: 'f#1', subject: null, from: null, date: null, priority: 'none', categories: [], findings: [], text: '',
    });
  });

  test('a record stays on one line whatever the text holds', () => {
    expect(jsonlRecord('m', { ...UNREAD, text: 'a\nb\r\n\u2028c' })).not.toMatch(/[\n\r]/);
  });
});

describe('the table', () => {
  test('the top finding is the highest priority, then the surest, then the earliest', () => {
    const low = finding({ start: 0 });
    const high = finding({ category: 'legal_threat', priority: 'high', confidence: 0.6, start: 9 });
    const highSurer = finding({ category: 'hostility', priority: 'high', confidence: 0.9, start: 20 });
    expect(topFinding([low, high, highSurer])).toBe(highSurer);
    expect(topFinding([])).toBeUndefined();
  });

  test('cuts long cells with an ellipsis, paths from the start and text from the end', () => {
    expect(cutStart('/very/long/path/to/inbox.mbox#12', 12)).toBe('…box.mbox#12');
    expect(cutEnd('a long piece of evidence', 10)).toBe('a long pi…');
    expect(cutEnd('short', 10)).toBe('short');
  });

  test('does not split an emoji when cutting', () => {
    expect(cutEnd('ab👋🏽cdef', 4)).toBe('ab👋…');
  });

  test('a row shows evidence on one line and no terminal escapes from the mail', () => {
    const layout = tableLayout(100);
    const row = tableRow(
      'msg\u001b[31m',
      { priority: 'low', categories: ['urgency_pressure'], findings: [finding({ evidence: 'need\n it\u001b[2J now' })], text: '' },
      layout,
    );
    expect(row).not.toMatch(/[\u0000-\u001f]/);
    expect(row).toContain('"need it [2J now"');
  });

  test('a row lists categories highest priority first', () => {
    const result = { ...UNREAD, priority: 'high' as const, categories: ['urgency_pressure' as const, 'legal_threat' as const] };
    expect(tableRow('m', result, tableLayout(120))).toContain('legal_threat, urgency_pressure');
  });

  test('the evidence column never shrinks below a readable width on a narrow terminal', () => {
    expect(tableLayout(40).evidence).toBeGreaterThanOrEqual(24);
  });

  test('the summary counts messages per priority, highest first, and what could not be read', () => {
    expect(summaryLine({ high: 2, medium: 0, low: 1, none: 3 }, 0)).toBe('6 messages: 2 high, 0 medium, 1 low, 3 none');
    expect(summaryLine({ high: 0, medium: 0, low: 0, none: 1 }, 2)).toBe(
      '1 message: 0 high, 0 medium, 0 low, 1 none; 2 could not be read',
    );
  });
});
