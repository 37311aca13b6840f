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

const escape = (word: string) => word.trim().replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const keyPattern = (keys: string[]) => keys.map(escape).sort((a, b) => b.length - a.length).join('|');

// "From: x", "  *Sent:* y", "De : z", "Envoyé le :jeudi": optional bold marks around the key.
const HEADER_LINE = new RegExp(
  `^\\s*[*_]{0,2}(${keyPattern([...SENDER_OR_DATE_KEYS, ...OTHER_KEYS])})\\s*[*_]{0,2}\\s*[:：]`,
  'i',
);
const SENDER_OR_DATE = new RegExp(`^(${keyPattern(SENDER_OR_DATE_KEYS)})$`, 'i');
const SENDER_KEY = /^(from|de|von|van|da|fra|från|od|remitente|lähettäjä|feladó|от|kimden|发件人|寄件者|差出人)$/i;
const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i;

// A block is short: a few header lines, each possibly wrapped once or twice.
const MAX_BLOCK_LINES = 12;
const MAX_WRAPPED_LINES = 2;
const MAX_HEADER_LINE_LENGTH = 400;

function headerKey(line: string): string | null {
  if (line.length > MAX_HEADER_LINE_LENGTH) return null;
  const match = HEADER_LINE.exec(line);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Whether an earlier message's header block starts at `lines[index]`: two or more header lines
 * (one naming the sender or the date), or a lone "From:" line with an address.
 */
export function isHeaderBlockStart(lines: readonly string[], index: number): boolean {
  const first = headerKey(lines[index]!);
  if (!first) return false;
  const keys = new Set([first]);
  let wrapped = 0;
  for (let i = index + 1; i < lines.length && i < index + MAX_BLOCK_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const key = headerKey(line);
    if (key) {
      keys.add(key);
      wrapped = 0;
    } else if (++wrapped > MAX_WRAPPED_LINES) break;
  }
  const namesSenderOrDate = [...keys].some((key) => SENDER_OR_DATE.test(key));
  if (keys.size >= 2) return namesSenderOrDate;
  return SENDER_KEY.test(first) && EMAIL.test(lines[index]!);
}
