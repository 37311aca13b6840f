import {
  categoryPriority,
  priorityRank,
  PRIORITY_ORDER,
  type CategoryId,
  type Finding,
  type MessageResult,
  type Priority,
} from '../engine';
import type { MailEntry } from './entry';

type Analysed = Pick<MessageResult, 'priority' | 'categories' | 'findings' | 'text'>;

/** What a message that could not be read reports: nothing found, nothing read. */
export const UNREAD: Analysed = { priority: 'none', categories: [], findings: [], text: '' };

/** The --json line for a JSONL input line: exactly these five keys, in this order. */
export function jsonlRecord(id: string | number, result: Analysed): string {
  const { priority, categories, findings, text } = result;
  return JSON.stringify({ id, priority, categories, findings, text });
}

/** The --json line for a message read from .eml or .mbox; absent headers are null. */
export function mailRecord(entry: MailEntry, result: Analysed): string {
  const { priority, categories, findings, text } = result;
  return JSON.stringify({
    id: entry.id,
    subject: entry.subject ?? null,
    from: entry.from ?? null,
    date: entry.date ?? null,
    priority,
    categories,
    findings,
    text,
  });
}

export interface TableLayout {
  label: number;
  priority: number;
  categories: number;
  evidence: number;
}

const GAP = '  ';
const MIN_EVIDENCE = 24;

/** Column widths for a terminal `width` characters wide; evidence takes what is left. */
export function tableLayout(width: number): TableLayout {
  const label = 28;
  const priority = 6;
  const categories = 34;
  const evidence = Math.max(MIN_EVIDENCE, width - label - priority - categories - 3 * GAP.length);
  return { label, priority, categories, evidence };
}

export function tableHeader(layout: TableLayout): string {
  return joinColumns(layout, ['message', 'prio', 'categories', 'top evidence']);
}

/** One table row: the message, its priority, categories and the strongest finding's evidence. */
export function tableRow(label: string, result: Analysed, layout: TableLayout): string {
  const top = topFinding(result.findings);
  return joinColumns(layout, [
    // The end of a path (the file name, the #n) tells rows apart; the start is shared.
    cutStart(label, layout.label),
    result.priority,
    cutEnd(byPriority(result.categories).join(', ') || '-', layout.categories),
    top ? cutEnd(`"${oneLine(top.evidence)}"`, layout.evidence) : '',
  ]);
}

function byPriority(categories: readonly CategoryId[]): CategoryId[] {
  return [...categories].sort((a, b) => priorityRank(categoryPriority(b)) - priorityRank(categoryPriority(a)));
}

/** The finding to show first: highest priority, then most confident, then earliest. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort(
    (a, b) => priorityRank(b.priority) - priorityRank(a.priority) || b.confidence - a.confidence || a.start - b.start,
  )[0];
}

/** "12 messages: 2 high, 3 medium, 1 low, 6 none" plus what could not be read. */
export function summaryLine(counts: Readonly<Record<Priority, number>>, unreadable: number): string {
  const total = PRIORITY_ORDER.reduce((sum, p) => sum + counts[p], 0);
  const levels = [...PRIORITY_ORDER].reverse().map((p) => `${counts[p]} ${p}`);
  const unread = unreadable ? `; ${unreadable} could not be read` : '';
  return `${total} message${total === 1 ? '' : 's'}: ${levels.join(', ')}${unread}`;
}

export function cutEnd(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, width - 1).join('') + '…';
}

export function cutStart(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : '…' + chars.slice(chars.length - width + 1).join('');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Mail and file names can carry terminal escapes and bidi overrides; a table cell shows neither.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function joinColumns(layout: TableLayout, cells: [string, string, string, string]): string {
  const widths = [layout.label, layout.priority, layout.categories];
  return cells
    .map((cell) => cell.replace(UNPRINTABLE, ' '))
    .map((cell, i) => (i < widths.length ? padEnd(cell, widths[i]!) : cell))
    .join(GAP)
    .trimEnd();
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}
