// Words that turn a threat around within the same clause: "we will NOT cancel", "I never said
// we'd sue". "Will not hesitate to" is the opposite of a negation, so it is left out.
const NEGATION = /\b(not|never|no longer|no intention|nobody|nothing|n't|cannot|without)\b|n['’]t\b/i;
const NOT_A_NEGATION = /(?:\bnot|n['’]t) hesitate\b|\bnot only\b|\bno (?:choice|option|other)\b/gi;
// A new first-person subject starts a new clause: "if the refund doesn't arrive I'll dispute it".
const CLAUSE_BREAK = /[,;:—–()]|\b(but|and then|so|because|otherwise|or else|then|if|unless)\b|\b(?:i|we)(?:['’](?:ll|m|ve|d))?(?=\s)/gi;
const PATTERN_IS_NEGATIVE = /\b(not|never|no|nothing|nobody|cannot|without|n't)\b|n't/i;

// How far back a negation still reaches: "we will not be looking to cancel" but not the condition
// in "if you don't fix this we will cancel".
const WORDS_BEFORE = 3;

// "I don't think we will cancel": a negated opinion verb negates the clause it introduces.
const NEGATED_OPINION = /(?:\bnot|n['’]t|\bnever) (?:think|believe|expect|want|plan|intend|imagine|say|said|mean|meant|suggest)\w* (?:that )?$/i;

/** True when the hit, or the few words of its clause just before it, negate it. */
export function isNegated(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  let clauseStart = 0;
  let breakStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) {
    clauseStart = m.index + m[0].length;
    breakStart = m.index;
  }
  if (NEGATED_OPINION.test(before.slice(0, breakStart))) return true;
  const lead = before.slice(clauseStart).split(/\s+/).filter(Boolean).slice(-WORDS_BEFORE).join(' ');
  const window = `${lead} ${sentence.slice(start, end)}`.replace(NOT_A_NEGATION, ' ');
  return NEGATION.test(window);
}

/** A pattern that already spells out its negation ("not paying") must not be undone by it. */
export function patternIsNegative(match: string | RegExp): boolean {
  if (typeof match === 'string') return PATTERN_IS_NEGATIVE.test(match);
  // In a RegExp source, "\bnot" must read as "not" and "n['’]?t" as "n't".
  const source = match.source.replace(/\\[a-zA-Z]/g, ' ').replace(/n\[['’]+\]\??t/g, "n't");
  return PATTERN_IS_NEGATIVE.test(source);
}
