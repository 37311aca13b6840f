/**
 * Literal text a regular expression cannot match without: a list of alternatives, one of which
 * every match contains (lowercased), or null when no such list can be proved. Only a cheap,
 * conservative reading of the source: anything unusual gives null, which just means "always run".
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    return parser.done() ? required(node) : null;
  } catch {
    return null;
  }
}

// Shorter literals filter too little to be worth a lookup.
const MIN_LITERAL = 3;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'opaque' } // a class, an escape like \w, a dot, a lookaround, a backreference
  | { kind: 'empty' } // zero-width: \b, ^, $
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'optional'; node: Node };

function required(node: Node): string[] | null {
  switch (node.kind) {
    case 'text':
      return node.text.length >= MIN_LITERAL ? [node.text.toLowerCase()] : null;
    case 'alt': {
      const all: string[] = [];
      for (const branch of node.branches) {
        const r = required(branch);
        if (!r) return null;
        all.push(...r);
      }
      return all;
    }
    case 'seq': {
      // Adjacent literal characters form one run; the most selective requirement of the sequence wins.
      let best: string[] | null = null;
      for (const item of mergeRuns(node.items)) {
        const r = required(item);
        if (r && (!best || score(r) > score(best))) best = r;
      }
      return best;
    }
    default:
      return null;
  }
}

// Longer literals are rarer; many alternatives together filter less.
const score = (alternatives: string[]) => Math.min(...alternatives.map((a) => a.length)) / Math.sqrt(alternatives.length);

function mergeRuns(items: Node[]): Node[] {
  const out: Node[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.kind === 'empty') continue;
    if (item.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + item.text };
    else out.push(item);
  }
  return out;
}

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.at === this.src.length;
  }

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.src.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[0][0] === '+' ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
    if (min === 0) return { kind: 'optional', node: atom };
    // "a+" or "a{2,}" still needs one "a"; repeated text is not a longer literal, so keep it apart.
    return atom.kind === 'text' ? { kind: 'seq', items: [atom] } : atom;
  }

  private atom(): Node {
    const ch = this.src[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.at++;
    if (ch === '.') return { kind: 'opaque' };
    if (ch === '^' || ch === '$') return { kind: 'empty' };
    return { kind: 'text', text: ch };
  }

  private characterClass(): Node {
    let i = this.at + 1;
    if (this.src[i] === '^') i++;
    if (this.src[i] === ']') i++;
    while (i < this.src.length && this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1;
    if (i >= this.src.length) throw new Error('unclosed class');
    this.at = i + 1;
    return { kind: 'opaque' };
  }

  private group(): Node {
    const head = /^\((\?:|\?<?[=!]|\?<[A-Za-z]\w*>)?/.exec(this.src.slice(this.at))![0];
    this.at += head.length;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround consumes nothing, and what it checks need not be in the match.
    return /[=!]$/.test(head) ? { kind: 'empty' } : inner;
  }

  private escape(): Node {
    const next = this.src[this.at + 1] ?? '';
    this.at += 2;
    if (next === 'b' || next === 'B') return { kind: 'empty' };
    if (/[.\\/()[\]{}|?*+^$'’"“”-]/.test(next)) return { kind: 'text', text: next };
    if (next === 'u' || next === 'x' || next === 'p' || next === 'P') throw new Error('not read here');
    return { kind: 'opaque' };
  }
}
