// The word forms compromise may match a pattern word against, from raw text and without tagging:
// lowercased words, the parts of hyphenated and contracted words, and contractions spelled out
// ("won't" -> will, not). A superset is fine (it only costs a parse); a missing form loses a match.
const CONTRACTIONS: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'am', 'are', 'not'],
  cannot: ['can', 'not'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to', 'have'],
  // compromise also reads contractions typed without the apostrophe.
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  youve: ['you', 'have'],
  theyve: ['they', 'have'],
  wont: ['will', 'not'],
  cant: ['can', 'not'],
};
const APOSTROPHE_LESS_NOT = /^(do|does|did|should|would|could|is|are|was|were|have|has|had|must|need)nt$/;
const SUFFIXES: Array<[string, string[]]> = [
  ["n't", ['not']],
  ["'ll", ['will']],
  ["'re", ['are']],
  ["'m", ['am']],
  ["'ve", ['have']],
  ["'d", ['would', 'had', 'did']],
  ["'s", ['is', 'has', 'us']],
];

export function wordForms(sentence: string): Set<string> {
  const forms = new Set<string>();
  const lower = sentence.toLowerCase().replace(/[’‘`´]/g, "'");
  for (const token of lower.match(/[\p{L}\p{N}'$£€%&.-]+/gu) ?? []) {
    const word = token.replace(/^[.'-]+|[.'-]+$/g, '');
    if (!word) continue;
    addWord(forms, word);
    for (const part of word.split(/[-.]/)) if (part) addWord(forms, part);
  }
  return forms;
}

function addWord(forms: Set<string>, word: string) {
  forms.add(word);
  forms.add(word.replace(/'/g, ''));
  for (const expanded of CONTRACTIONS[word] ?? []) forms.add(expanded);
  const stem = APOSTROPHE_LESS_NOT.exec(word)?.[1];
  if (stem) forms.add(stem).add('not');
  for (const [suffix, expansions] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      const stem = word.slice(0, -suffix.length);
      forms.add(stem);
      if (suffix === "n't") forms.add(stem.replace(/^wo$/, 'will').replace(/^ca$/, 'can'));
      for (const e of expansions) forms.add(e);
    }
  }
}
