import nlp from 'compromise';

type ParsedMatch = ReturnType<typeof nlp.parseMatch>;
type Doc = ReturnType<typeof nlp>;

const parsedMatches = new Map<string, ParsedMatch>();

function parsed(match: string): ParsedMatch {
  let p = parsedMatches.get(match);
  if (!p) parsedMatches.set(match, (p = nlp.parseMatch(match)));
  return p;
}

/** A sentence tagged by compromise on first use only: most sentences never need it. */
export class TaggedSentence {
  private doc: Doc | undefined;
  constructor(readonly text: string) {}

  /** Spans (relative to the sentence) where a compromise pattern matches. */
  spans(match: string): Array<{ start: number; end: number }> {
    this.doc ??= nlp(this.text);
    const found = this.doc.match(parsed(match));
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
