import nlp from 'compromise';
import { wordForms } from './words';

type Doc = ReturnType<typeof nlp>;
type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

/** A compromise pattern parsed once, with the words it cannot match without. */
export interface CompiledMatch {
  regs: ParsedMatch;
  /** Each group lists alternatives: a sentence with none of a group's words cannot match. */
  wordGroups: string[][];
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
  return { regs, wordGroups: (regs as Reg[]).map(requiredWords).filter((g): g is string[] => g !== null) };
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

/** A sentence, tagged by compromise only when a pattern that could match it asks. */
export class TaggedSentence {
  private doc: Doc | undefined;
  private forms: Set<string> | undefined;
  constructor(readonly text: string) {}

  /** False when the sentence lacks a word the pattern needs: then it is not worth a parse. */
  couldMatch(match: CompiledMatch): boolean {
    this.forms ??= wordForms(this.text);
    const forms = this.forms;
    return match.wordGroups.every((group) => group.some((w) => forms.has(w)));
  }

  /** Spans (relative to the sentence) where the pattern matches. */
  spans(match: CompiledMatch): Array<{ start: number; end: number }> {
    if (!this.couldMatch(match)) return [];
    this.doc ??= nlp(this.text);
    const found = this.doc.match(match.regs);
    if (!found.found) return [];
    // compromise starts a match after its first word's leading punctuation (the `"` of `"Thanks`)
    // but counts that punctuation in the length, so the end is taken back by as much.
    type MatchJson = { offset: { start: number; length: number }; terms: Array<{ pre?: string }> };
    return found.json({ offset: true }).map((m: MatchJson) => ({
      start: m.offset.start,
      end: Math.min(this.text.length, m.offset.start + m.offset.length - (m.terms[0]?.pre ?? '').length),
    }));
  }
}
