import nlp from 'compromise';
import { wordForms } from './words';

type Doc = ReturnType<typeof nlp>;
type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

/** A compromise pattern parsed once, with the words it cannot match without. */
export interface CompiledMatch {
  regs: ParsedMatch;
  /** Each group lists alternatives: a sentence with none of a group's words cannot match. */
  wordGroups: string[][];
  /** Tags and root forms need compromise's tagger; plain words only need its tokenizer. */
  needsTagger: boolean;
}

interface Reg {
  word?: string;
  tag?: string;
  root?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  anything?: boolean;
  min?: number;
  operator?: string;
}

export function compileMatch(match: string): CompiledMatch {
  const regs = nlp.parseMatch(match);
  for (const reg of regs as Reg[]) longestChoiceFirst(reg);
  return {
    regs,
    wordGroups: (regs as Reg[]).map(requiredWords).filter((g): g is string[] => g !== null),
    needsTagger: (regs as Reg[]).some(usesTagger),
  };
}

// compromise takes the first choice that matches and never backtracks into a longer one, so
// "(you|you guys) broke" would never match "you guys broke": try longer choices first.
function longestChoiceFirst(reg: Reg) {
  reg.choices?.sort((a, b) => b.length - a.length);
  reg.choices?.forEach((choice) => choice.forEach(longestChoiceFirst));
}

function usesTagger(reg: Reg & { switch?: string }): boolean {
  return Boolean(reg.tag || reg.root || reg.switch || reg.choices?.some((choice) => choice.some(usesTagger)));
}

// The words one step of a pattern can match, or null when it can match words we cannot list
// (a tag, a root form, anything, or an optional step).
function requiredWords(reg: Reg): string[] | null {
  if (reg.optional || reg.negative || reg.fuzzy || reg.anything || reg.min === 0 || reg.tag || reg.root) return null;
  if (reg.operator === 'and') return null;
  if (reg.fastOr) return [...reg.fastOr];
  if (reg.choices) {
    const words: string[] = [];
    for (const choice of reg.choices) {
      const firstRequired = choice.map(requiredWords).find((g) => g !== null);
      if (!firstRequired) return null;
      words.push(...firstRequired);
    }
    return words;
  }
  return reg.word ? [reg.word] : null;
}

// "I'd" (would or had) and "it's" (is or has) are spelled out by the tagger, not the tokenizer.
const AMBIGUOUS_CONTRACTION = /\w['’][ds]\b/i;

/** A sentence, tokenized or tagged by compromise only when a pattern that could match it asks. */
export class TaggedSentence {
  private doc: Doc | undefined;
  private tokens: Doc | undefined;
  private forms: Set<string> | undefined;
  readonly lower: string;
  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
  }

  /** False when the sentence lacks a word the pattern needs: then it is not worth a parse. */
  couldMatch(match: CompiledMatch): boolean {
    this.forms ??= wordForms(this.text);
    const forms = this.forms;
    return match.wordGroups.every((group) => group.some((w) => forms.has(w)));
  }

  /** Spans (relative to the sentence) where the pattern matches. */
  spans(match: CompiledMatch): Array<{ start: number; end: number }> {
    if (!this.couldMatch(match)) return [];
    const tagger = match.needsTagger || AMBIGUOUS_CONTRACTION.test(this.text);
    const doc = tagger ? (this.doc ??= nlp(this.text)) : (this.tokens ??= nlp.tokenize(this.text));
    const found = doc.match(match.regs);
    if (!found.found) return [];
    // Spans come from the terms' own offsets: the match's offset miscounts leading punctuation
    // ("Thanks) and contractions. An empty term is the spelled-out half of a contraction (the
    // "not" of "won't"): the evidence shows the whole word.
    type Term = { text: string; offset: { start: number; length: number } };
    return found.json({ offset: true }).flatMap((m: { terms: Term[] }) => {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      if (!first || !last) return [];
      const start = first.text ? first.offset.start : wordStartBefore(this.text, first.offset.start);
      return [{ start, end: Math.min(this.text.length, last.offset.start + last.offset.length) }];
    });
  }
}

function wordStartBefore(text: string, at: number): number {
  let i = Math.min(at, text.length);
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return i;
}
