// Removes earlier messages from a reply: "> " quoted blocks (with the attribution that introduces
// them), and everything from an unquoted attribution, an Outlook header block or a forward on.
// Text written between quoted blocks (a bottom-posted or inline reply) stays.

import { findAttribution, isQuoted } from './attribution';
import { isEarlierMessageSeparator } from './forwards';
import { headerBlockFinder } from './outlook';
import { isBlank } from './text';

// A quoted line this long was probably wrapped by the mail client, so the next unquoted line
// is its tail, not a reply.
const WRAP_LENGTH = 60;
// Rules and ornaments left hanging at the end once an earlier message is cut off.
const TRAILING_ORNAMENT = /^[\s\-_=*~—–]*$/;

interface KeptLine {
  index: number;
  text: string;
}

/** The text with quoted and earlier messages removed. */
export function stripQuotes(text: string): string {
  const lines = text.split('\n');
  const kept: KeptLine[] = [];
  const isHeaderBlockStart = headerBlockFinder(lines);
  // Lines below this index were removed or are settled: attributions never reach back past it.
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isEarlierMessageSeparator(line) || isHeaderBlockStart(i)) break;

    const attribution = findAttribution(lines, i, floor);
    if (attribution) {
      dropFrom(kept, attribution.start);
      if (attribution.prefix) kept.push({ index: attribution.start, text: attribution.prefix });
      const next = skipBlank(lines, i + 1);
      // An attribution over unquoted text starts an earlier message that runs to the end.
      if (next < lines.length && !isQuoted(lines[next])) break;
      i = floor = skipBlank(lines, quoteRunEnd(lines, next));
      continue;
    }

    if (isQuoted(line)) {
      const end = quoteRunEnd(lines, i);
      const previous = kept.at(-1);
      const standsApart = !previous || previous.index < i - 1 || isBlank(previous.text) || isBlank(lines[end]);
      // A lone ">>>" line inside a paragraph is the writer's own text, not a quote, unless the
      // message has quoted before (inline replies: "> Question 2\nAnswer 2").
      if (standsApart || floor > 0) {
        i = floor = skipBlank(lines, end);
        continue;
      }
      for (; i < end; i++) kept.push({ index: i, text: lines[i]! });
      continue;
    }

    kept.push({ index: i, text: line });
    i++;
  }
  while (kept.length > 0 && TRAILING_ORNAMENT.test(kept.at(-1)!.text)) kept.pop();
  return kept.map((line) => line.text).join('\n');
}

function dropFrom(kept: KeptLine[], index: number): void {
  while (kept.length > 0 && kept.at(-1)!.index >= index) kept.pop();
}

/** Index just past the quoted block starting at `start`, blank lines and wrapped tails included. */
function quoteRunEnd(lines: readonly string[], start: number): number {
  let end = start;
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isQuoted(line)) end = i + 1;
    else if (!isBlank(line) && !(isQuoted(lines[i - 1]) && isQuoted(lines[i + 1]) && isWrappedTail(lines[i - 1]!, line)))
      break;
    i++;
  }
  return end;
}

function isWrappedTail(quotedLine: string, line: string): boolean {
  return quotedLine.length >= WRAP_LENGTH || !/^\s*\p{Lu}/u.test(line);
}

function skipBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}
