export interface Sentence {
  text: string;
  /** Offset of `text` in the message text. */
  start: number;
}

// A line this short that ends without punctuation is its own unit (a greeting, a list item, a
// sign-off); longer lines are usually hard-wrapped prose that continues on the next line.
const WRAPPED_LINE_MIN = 60;
// Unpunctuated walls of text (and binary junk) are cut so no single parse gets expensive.
const MAX_SENTENCE = 400;

/** Splits cleaned email text into sentence-sized units with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let unitStart = 0;
  const push = (end: number) => {
    pushTrimmed(sentences, text, unitStart, end);
    unitStart = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trimEnd();
      const nextIsBlank = /^[ \t]*(\n|$)/.test(text.slice(i + 1, i + 3));
      if (nextIsBlank || line.length < WRAPPED_LINE_MIN || /[.!?:;)]$/.test(line)) push(i + 1);
    } else if ((ch === '.' || ch === '!' || ch === '?' || ch === '…') && /\s/.test(text.charAt(i + 1) || ' ')) {
      let end = i + 1;
      while (end < text.length && /[.!?…"')\]]/.test(text.charAt(end))) end++;
      if (!isAbbreviation(text, unitStart, i)) {
        push(end);
        i = end - 1;
      }
    } else if (i - unitStart >= MAX_SENTENCE && /\s/.test(ch)) {
      push(i + 1);
    }
  }
  push(text.length);
  return sentences;
}

function pushTrimmed(into: Sentence[], text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) into.push({ text: body, start: from + lead });
}

// "Mr. Smith", "e.g. the", "approx. 5": a period that does not end the sentence.
function isAbbreviation(text: string, unitStart: number, dot: number): boolean {
  const word = /([A-Za-z]{1,5})$/.exec(text.slice(Math.max(unitStart, dot - 6), dot))?.[1] ?? '';
  if (/\b[ap]\.m$/i.test(text.slice(Math.max(unitStart, dot - 4), dot))) return true;
  return /^(mr|mrs|ms|dr|st|vs|etc|eg|ie|e\.g|i\.e|approx|no|inc|ltd|jr|sr)$/i.test(word);
}
