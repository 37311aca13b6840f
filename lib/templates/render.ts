import { variableLabel, type VariableValues } from './variables';

export type DraftSegment =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; label: string; value: string | null };

export interface RenderedDraft {
  /** The draft as it would be inserted; an unfilled variable shows as `[Label]`, never as blank. */
  text: string;
  /** The body cut into plain text and variables, so a UI can highlight unfilled ones. */
  segments: DraftSegment[];
  /** Unfilled variable names, each once, in order of first use. */
  missing: string[];
}

// `{{ name }}`: lower-case words with underscores, spaces inside the braces allowed.
const VARIABLE = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** The variable names a body uses, each once, in order of first use. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!))];
}

export function renderTemplate(body: string, values: VariableValues): RenderedDraft {
  const segments: DraftSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(VARIABLE)) {
    if (match.index > last) segments.push({ kind: 'text', text: body.slice(last, match.index) });
    const name = match[1]!;
    const value = values[name]?.trim() || null;
    segments.push({ kind: 'variable', name, label: variableLabel(name), value });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });

  const text = segments.map(segmentText).join('');
  const missing = [
    ...new Set(segments.flatMap((s) => (s.kind === 'variable' && s.value === null ? [s.name] : []))),
  ];
  return { text, segments, missing };
}

function segmentText(segment: DraftSegment): string {
  if (segment.kind === 'text') return segment.text;
  return segment.value ?? `[${segment.label}]`;
}
