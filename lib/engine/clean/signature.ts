// Removes what closes a message rather than says something: "Sent from my iPhone", the "-- "
// signature, mailing-list and confidentiality footers, a sign-off with the name and contact block
// after it ("Thanks,\nBob\nBob Smith | Acme | 555-0100"), and a lone "-Bob" line at the very end.
// Each cut keeps at least some text: a message that is only a sign-off stays as it is.

import { countFilledLines, isBlank } from './text';

// "Sent from my iPhone", "Envoyé de mon iPad", "Get Outlook for iOS<https://aka.ms/...>", "via mobile".
// The first pattern is a cheap look that most lines fail at once.
const MAY_BE_DEVICE_LINE = /^\s*(?:sent|envoy|gesendet|enviado|inviato|verzonden|skickat|sendt|wysłane|get outlook|via)\b/i;
const DEVICE_LINE = [
  /^(?:sent|envoyé|gesendet|enviado|inviato|verzonden|skickat|sendt|wysłane)(?: à partir)? (?:from|with|via|using|de|von|mit|desde|da|met|vanaf|från|fra|z) [\p{L}\d'’ -]{2,50}$/iu,
  /^get outlook for \p{L}+$/iu,
  /^(?:sent )?via (?:mobile|iphone|ipad|android|blackberry)$/i,
];
// A name line above a device line ("Stavros X\nvia mobile"): a few capitalised words.
const NAME_LINE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
const MAX_DEVICE_LINE_WORDS = 7;
const MAX_DEVICE_LINE_LENGTH = 120;

// The RFC 3676 delimiter "-- " opens a signature whatever follows it; "--" or a short "__" rule
// only when what follows reads like one (a writer may put "--" between two paragraphs).
const STRICT_DELIMITER = /^-- $/;
const LOOSE_DELIMITER = /^\s*(?:--|_{2,})\s*$/;
const MAX_LOOSE_SIGNATURE_LINES = 10;
const FOOTER_START =
  /^\s*(?:you received this (?:message|email) because you are subscribed|to unsubscribe from this group|reply to this email directly|view it on github|confidentiality notice|this (?:e-?mail|message)(?: and any (?:attachments|files)[\w ]*)? (?:is|are|may be|contains?) (?:confidential|privileged|intended)|le informazioni contenute in questo messaggio)/i;
// What may follow a delimiter or footer start and still be a signature, not a message.
const MAX_SIGNATURE_LINES = 25;

const SIGN_OFF =
  /^\s*(?:(?:many|best|kind|warm|warmest|with|all the)\s+)?(?:thanks|thank you|thx|cheers|regards|best|best wishes|sincerely|yours(?: truly| sincerely)?|take care|respectfully|cordialement|bien à vous|merci|gruß|grüße|mit freundlichen grüßen|viele grüße|saludos|un saludo|atentamente|cordiali saluti|saluti|groeten|met vriendelijke groet|hälsningar|mvh)(?:\s+(?:again|in advance|and (?:best |kind )?regards))?\s*[,.!]*\s*(.*)$/i;
// Text that may share the sign-off's line: "Regards, Roman", "Thanks - Bob".
const SIGN_OFF_NAME = /^(?:[-–—]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
// A sign-off is one of the last lines, followed by at most a short name and contact block.
const MAX_LINES_AFTER_SIGN_OFF = 6;
const MAX_SIGNATURE_LINE_LENGTH = 80;

// "-Abhishek Kona" as the last line.
const DASH_NAME = /^\s*-\s?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;

// Contact details: a line that is mostly an address, a phone number, a link or a labelled value.
const CONTACT_TOKEN =
  /[^\s@<>()]+@[^\s@<>()]+\.\w+|(?:https?:\/\/|www\.)\S+|\+?\d[\d\s().\-/]{6,}\d|^\s*(?:tel|phone|mobile|mob|cell|fax|skype|linkedin|twitter|web|email)\s*[.:]|^\s*[tfmpd]\s*[.:]\s*(?=[+\d(])|\|/gi;
const MAX_CONTACT_LINE_WORDS = 3;
const MAX_CONTACT_BLOCK_LINES = 12;
const MIN_CONTACT_LINES = 2;
const SIGNATURE_ORNAMENT = /^[\s\-_=*~—–]+$/;
const SHORT_LINE_WORDS = 6;
const MAX_SHORT_LINE_LENGTH = 50;

/** The text without its closing signature parts. */
export function stripSignature(text: string): string {
  const all = text.split('\n');
  let lines = cutAt(all, deviceLineCut(all));
  for (let round = 0; round < 4; round++) {
    const cut =
      delimiterCut(lines) ?? footerCut(lines) ?? signOffCut(lines) ?? contactBlockCut(lines) ?? dashNameCut(lines);
    if (cut === null) break;
    lines = cutAt(lines, cut);
  }
  return lines.join('\n');
}

/** Lines before `cut`, unless that would leave no text at all. */
function cutAt(lines: string[], cut: number | null): string[] {
  if (cut === null || !lines.slice(0, cut).some((line) => !isBlank(line))) return lines;
  return lines.slice(0, cut);
}

function isDeviceLine(line: string): boolean {
  if (line.length > MAX_DEVICE_LINE_LENGTH || !MAY_BE_DEVICE_LINE.test(line)) return false;
  // "Sent from TypeApp<http://...>", "Sent with Sparrow (http://...)": the link is decoration.
  const bare = line.replace(/\s*(?:<[^>]*>|\([^)]*\))\s*$/, '').trim();
  if (bare.split(/\s+/).length > MAX_DEVICE_LINE_WORDS) return false;
  return DEVICE_LINE.some((pattern) => pattern.test(bare));
}

// Everything from the first device line on, with a name written just above it ("Bob\nSent from my iPhone").
function deviceLineCut(lines: string[]): number | null {
  const at = lines.findIndex(isDeviceLine);
  if (at === -1) return null;
  let cut = at;
  while (cut > 0 && at - cut < 2 && NAME_LINE.test(lines[cut - 1]!)) cut--;
  // A name line glued to the writer's paragraph is the end of that paragraph, not a signature.
  return cut < at && cut > 0 && isBlank(lines[cut - 1]) ? cut : at;
}

function delimiterCut(lines: string[]): number | null {
  let filledAfter = countFilledLines(lines, 0);
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (!isBlank(line)) filledAfter--;
    if (STRICT_DELIMITER.test(line) && filledAfter <= MAX_SIGNATURE_LINES) return at;
    if (LOOSE_DELIMITER.test(line) && filledAfter <= MAX_LOOSE_SIGNATURE_LINES && readsLikeSignature(lines, at + 1))
      return at;
  }
  return null;
}

function readsLikeSignature(lines: string[], from: number): boolean {
  const rest = lines.slice(from).filter((line) => !isBlank(line));
  if (rest.length > 0 && FOOTER_START.test(rest[0]!)) return true;
  return rest.every((line) => isSignatureLine(line) || isDeviceLine(line));
}

function footerCut(lines: string[]): number | null {
  const at = lines.findIndex((line) => line.length < 300 && FOOTER_START.test(line));
  return at !== -1 && countFilledLines(lines, at + 1) <= MAX_SIGNATURE_LINES ? at : null;
}

function signOffCut(lines: string[]): number | null {
  let after = 0;
  for (let i = lines.length - 1; i >= 0 && after <= MAX_LINES_AFTER_SIGN_OFF; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (line.length > MAX_SIGNATURE_LINE_LENGTH) return null;
    const signOff = SIGN_OFF.exec(line);
    if (signOff && (signOff[1] === '' || SIGN_OFF_NAME.test(signOff[1]!))) return i;
    // "Thanks,\nBob\nP.S. the invoice is wrong." : a sentence after the sign-off is still the message.
    if (!isSignatureLine(line)) return null;
    after++;
  }
  return null;
}

function contactBlockCut(lines: string[]): number | null {
  let start = lines.length;
  let filled = 0;
  for (let i = lines.length - 1; i >= 0 && filled < MAX_CONTACT_BLOCK_LINES; i--) {
    const line = lines[i]!;
    if (isBlank(line)) {
      start = i;
      continue;
    }
    if (!isSignatureLine(line)) break;
    start = i;
    filled++;
  }
  // The block starts at a paragraph edge: a short line glued to prose above belongs to the prose.
  while (start < lines.length && start > 0 && !isBlank(lines[start - 1]) && !SIGNATURE_ORNAMENT.test(lines[start - 1]!))
    start = nextParagraph(lines, start);
  const contacts = lines.slice(start).filter(isContactLine).length;
  return contacts >= MIN_CONTACT_LINES ? start : null;
}

function nextParagraph(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && !isBlank(lines[i])) i++;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

function isContactLine(line: string): boolean {
  if (line.length > MAX_SIGNATURE_LINE_LENGTH) return false;
  // "Dana Reyes | Reyes Design | 555-0100"
  if (line.split('|').length >= 3) return true;
  const rest = line.replace(CONTACT_TOKEN, ' ');
  if (rest === line) return false;
  return rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= MAX_CONTACT_LINE_WORDS;
}

function isSignatureLine(line: string): boolean {
  return isContactLine(line) || isShortLine(line) || SIGNATURE_ORNAMENT.test(line);
}

// A name, a title, a company: a few words that do not end a sentence.
function isShortLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_SHORT_LINE_LENGTH || /[.?;:]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length <= SHORT_LINE_WORDS;
}

function dashNameCut(lines: string[]): number | null {
  const last = lastFilledIndex(lines, lines.length - 1);
  const previous = lastFilledIndex(lines, last - 1);
  // "-More towers\n-More engineers" is a list, not a signed name.
  if (last <= 0 || (previous >= 0 && /^\s*-/.test(lines[previous]!))) return null;
  return DASH_NAME.test(lines[last]!) ? last : null;
}

function lastFilledIndex(lines: string[], from: number): number {
  let i = from;
  while (i >= 0 && isBlank(lines[i])) i--;
  return i;
}
