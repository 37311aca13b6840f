// Attribution lines that introduce a quoted earlier message: "On Tue, 3 Mar 2020, Ann <a@b.c> wrote:",
// "Le 19 mars 2014 10:37, Cédric <c@d.fr> a écrit :", "Am 25.06.2015 um 10:55 schrieb Test:",
// "2014-03-20 8:48 GMT+01:00 Rémi <r@d.com>:", also wrapped over up to four lines.

// "wrote" in the languages mail clients use, at the end of the attribution.
const WROTE =
  "(?<!\\p{L})(?:wrote|writes|a écrit|écrit|schrieb|geschrieben|escribió|escribio|ha escrit|escreveu|napisał(?:\\(a\\))?|napisała|pisze|skrev|schreef|geschreven|ha scritto|kirjoitti|írta|написал(?:\\(а\\))?|написала|написав|napsal(?:\\(a\\))?|yazdı|έγραψε|kirjutas|rašė|rakstīja|đã viết|写道|寫道|작성|のメッセージ)";
const ENDS_WITH_WROTE = new RegExp(`${WROTE}\\s*[:：]?\\s*$`, 'iu');
// German, Dutch and Scandinavian put the name after the verb: "Am 25.06.2015 um 10:55 schrieb Test user:".
const VERB_THEN_NAME = /(?<!\p{L})(?:schrieb|skrev|schreef)\s[^:：.!?]{1,80}[:：]\s*$/iu;
// "sent" says "wrote" only next to an address: "Roman <romant@example.com> sent:".
const ADDRESS_THEN_SENT = /@\S*\s+sent\s*[:：]?\s*$/i;
// Gmail's older form and its translations end in "<address>:" with no verb.
const ENDS_WITH_ADDRESS_COLON = /[>)]\s*[:：]\s*$/;
const ENDS_WITH_ADDRESS = />\s*$/;

// How an attribution starts: "On", its translations, a date or a weekday ("Wednesday, 17 ...", "tir. 18.").
const OPENING =
  /^\s*(?:>\s*)*(?:-\s*)?(?:(?:On|Le|Am|El|Em|Op|Il|In data|W dniu|Dnia|Den|På|Vào|Dne|Pada|No dia|Il giorno)\s|在|\d{1,4}[-./]\s?\d|\d{1,2}:\d{2}|\d{1,2}\s+\p{L}|\p{L}{2,10}\.?,?\s+\d)/u;
// "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:": an English attribution mid-line.
const MID_LINE_ON = /^(.*?\S)[\s-]*\bOn\s/;

// A cheap first look: every attribution ends in a colon, an address or a "wrote" word.
const MAY_END_ATTRIBUTION = /(?:[:：>]|wrote|[^\x00-\x7F])\s*$/i;

const HAS_DATE = /\b(?:19|20)\d{2}\b|\d{1,2}[:.h]\d{2}/;
const HAS_ADDRESS = /@|<[^>]*>|\(\S+@/;
// A line that ends a sentence is prose, not the middle of a wrapped attribution.
const ENDS_SENTENCE = /[.!?]\s*$/;

const MAX_LINES_BACK = 4;
const MAX_ATTRIBUTION_LENGTH = 500;

export interface Attribution {
  /** First line of the attribution. */
  start: number;
  /** Text before the attribution on its first line, kept as the end of the reply. */
  prefix: string;
}

/** The attribution that ends on `lines[end]`, looking no further back than `floor`. */
export function findAttribution(lines: readonly string[], end: number, floor: number): Attribution | null {
  const last = lines[end]!;
  if (last.length > MAX_ATTRIBUTION_LENGTH || !MAY_END_ATTRIBUTION.test(last)) return null;
  const byVerb = ENDS_WITH_WROTE.test(last) || VERB_THEN_NAME.test(last) || ADDRESS_THEN_SENT.test(last);
  const byAddress = !byVerb && (ENDS_WITH_ADDRESS_COLON.test(last) || ENDS_WITH_ADDRESS.test(last));
  if (!byVerb && !byAddress) return null;

  const start = openingLine(lines, end, floor);
  const header = lines.slice(start, end + 1).join(' ');
  if (header.length > MAX_ATTRIBUTION_LENGTH) return null;
  if (byAddress) {
    // Without a verb, only a date plus an address makes an attribution.
    if (!HAS_DATE.test(header) || !HAS_ADDRESS.test(header)) return null;
    if (ENDS_WITH_ADDRESS.test(last) && !startsQuote(nextFilledLine(lines, end))) return null;
    return { start, prefix: '' };
  }
  // "Something wrote:" with neither date nor address is the writer's own sentence.
  if (!HAS_DATE.test(header) && !HAS_ADDRESS.test(header)) return null;
  const startLine = lines[start]!;
  if (!OPENING.test(startLine)) {
    const midLine = MID_LINE_ON.exec(startLine);
    if (midLine) return { start, prefix: midLine[1]!.replace(/[\s-]+$/, '') };
  }
  return { start, prefix: '' };
}

/** The nearest line at or above `end` that opens an attribution, else `end` itself. */
function openingLine(lines: readonly string[], end: number, floor: number): number {
  for (let i = end; i >= floor && i >= end - MAX_LINES_BACK; i--) {
    const line = lines[i]!;
    if (i < end && ENDS_SENTENCE.test(line)) break;
    if (i < end && line.length > MAX_ATTRIBUTION_LENGTH) break;
    if (OPENING.test(line) || (i === end && MID_LINE_ON.test(line))) return i;
  }
  return end;
}

export function isQuoted(line: string | undefined): boolean {
  return line !== undefined && /^\s*>/.test(line);
}

// Quoted text, not the last line of a longer attribution ("> wrote:").
function startsQuote(line: string | undefined): boolean {
  return isQuoted(line) && !ENDS_WITH_WROTE.test(line!);
}

function nextFilledLine(lines: readonly string[], index: number): string | undefined {
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') return lines[i];
  return undefined;
}
