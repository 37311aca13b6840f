// Outlook-style header blocks that open an earlier message ("From: ... Sent: ... To: ... Subject:"),
// in the languages mail clients write them in, plain or bold ("*From:*").

// Keys that name the sender or the date: a block must hold one of them.
const SENDER_OR_DATE_KEYS = [
  'from', 'sent', 'date', 'de', 'envoyé', 'envoyé le', 'message du', 'von', 'gesendet', 'datum', 'van',
  'verzonden', 'da', 'inviato', 'data', 'fra', 'sendt', 'dato', 'från', 'skickat', 'od', 'wysłano',
  'enviado', 'enviado el', 'fecha', 'remitente', 'lähettäjä', 'lähetetty', 'feladó', 'elküldve', 'от',
  'отправлено', 'kimden', 'gönderildi', '发件人', '发送时间', '日期', '寄件者', '差出人', '送信日時',
];
const OTHER_KEYS = [
  'to', 'cc', 'bcc', 'subject', 'reply-to', 'à', 'a', 'objet', 'sujet', 'copie à', 'an', 'betreff',
  'aan', 'onderwerp', 'oggetto', 'til', 'emne', 'till', 'ämne', 'do', 'temat', 'para', 'asunto', 'assunto',
  'vastaanottaja', 'aihe', 'címzett', 'tárgy', 'кому', 'тема', 'kime', 'konu', '收件人', '主题', '抄送',
  '收件者', '主旨', '宛先', '件名',
];

const HEADER_KEYS = new Set([...SENDER_OR_DATE_KEYS, ...OTHER_KEYS]);
const SENDER_OR_DATE = new Set(SENDER_OR_DATE_KEYS);
const MAX_KEY_LENGTH = 20;
const SENDER_KEY = /^(from|de|von|van|da|fra|från|od|remitente|lähettäjä|feladó|от|kimden|发件人|寄件者|差出人)$/i;
const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i;

// A block is short: a few header lines, each possibly wrapped once or twice.
const MAX_BLOCK_LINES = 12;
const MAX_WRAPPED_LINES = 2;
const MAX_HEADER_LINE_LENGTH = 400;

// "From: x", "  *Sent:* y", "De : z", "Envoyé le :jeudi": a short key before a colon, maybe in bold.
// Read without a regex: this runs on every line of every message.
function headerKey(line: string): string | null {
  if (line.length > MAX_HEADER_LINE_LENGTH) return null;
  let colon = line.indexOf(':');
  const wideColon = line.indexOf('：');
  if (colon === -1 || (wideColon !== -1 && wideColon < colon)) colon = wideColon;
  if (colon === -1 || colon > MAX_KEY_LENGTH) return null;
  const key = line.slice(0, colon).replace(/[*_]/g, '').trim().toLowerCase();
  return HEADER_KEYS.has(key) ? key : null;
}

/**
 * A test for whether an earlier message's header block starts at a line: two or more header lines
 * (one naming the sender or the date), or a lone "From:" line with an address. Each line's key is
 * read once, so a text made only of header-like lines still costs linear time.
 */
export function headerBlockFinder(lines: readonly string[]): (index: number) => boolean {
  const keys: Array<string | null | undefined> = new Array(lines.length);
  const keyAt = (i: number) => {
    if (keys[i] === undefined) keys[i] = headerKey(lines[i]!);
    return keys[i]!;
  };
  return (index) => {
    const first = keyAt(index);
    if (!first) return false;
    let namesSenderOrDate = SENDER_OR_DATE.has(first);
    let otherKeys = 0;
    let wrapped = 0;
    for (let i = index + 1; i < lines.length && i < index + MAX_BLOCK_LINES && /\S/.test(lines[i]!); i++) {
      const key = keyAt(i);
      if (!key) {
        if (++wrapped > MAX_WRAPPED_LINES) break;
        continue;
      }
      wrapped = 0;
      if (key !== first) otherKeys++;
      namesSenderOrDate ||= SENDER_OR_DATE.has(key);
      if (otherKeys > 0 && namesSenderOrDate) return true;
    }
    return otherKeys === 0 && SENDER_KEY.test(first) && EMAIL.test(lines[index]!);
  };
}
