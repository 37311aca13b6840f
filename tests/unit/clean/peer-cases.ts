// Reads the peers' reply-parsing cases and judges the cleaner's output the way SOURCES.md says.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PEERS_PATH = fileURLToPath(new URL('../../../../shared/corpus/peers/reply-parsing.jsonl', import.meta.url));

export interface PeerCase {
  id: string;
  raw: string;
  visible: string;
  match: 'exact' | 'startsWith' | 'contains';
  hidden?: string;
}

// A peer that keeps a signature we strip still agrees when all we drop is a signature-sized tail.
const MAX_DROPPED_LINES = 6;
const MAX_DROPPED_CHARS = 400;

export function loadPeerCases(): PeerCase[] {
  if (!existsSync(PEERS_PATH)) return [];
  return readFileSync(PEERS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PeerCase);
}

/** CRLF to LF, no trailing spaces on lines, trimmed: the comparison SOURCES.md asks for. */
export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Why the output disagrees with the case, or null when it agrees. */
export function disagreement(peer: PeerCase, output: string): string | null {
  const got = normalise(output);
  const want = normalise(peer.visible);
  if (peer.hidden && got.includes(normalise(peer.hidden))) return `keeps hidden text "${peer.hidden}"`;
  if (peer.match === 'startsWith' && !got.startsWith(want)) return 'does not start with the visible text';
  if (peer.match === 'contains' && !got.includes(want)) return 'does not contain the visible text';
  if (peer.match === 'exact' && got !== want && !isSignatureTail(want, got)) return 'differs from the visible text';
  return null;
}

function isSignatureTail(want: string, got: string): boolean {
  if (got === '' || !want.startsWith(got)) return false;
  const dropped = want.slice(got.length).trim();
  return dropped.length <= MAX_DROPPED_CHARS && dropped.split('\n').filter((l) => l.trim()).length <= MAX_DROPPED_LINES;
}
