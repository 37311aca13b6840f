import PostalMime, { type Address, type Email } from 'postal-mime';

/** The parts of one raw email the engine and the output need. */
export interface ParsedMail {
  messageId?: string;
  subject?: string;
  from?: string;
  date?: string;
  text?: string;
  html?: string;
}

// A header line as RFC 5322 writes it: printable name, then a colon.
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/** Parses one raw RFC 5322 message; throws an Error saying why when the bytes are not an email. */
export async function parseMail(raw: Uint8Array): Promise<ParsedMail> {
  // Mail is 7-bit or 8-bit text; a NUL byte means a binary file or a corrupted mailbox.
  if (raw.includes(0)) throw new Error('binary data (NUL bytes), not an email');
  const email = await PostalMime.parse(raw);
  if (!email.headerLines.some((h) => HEADER_LINE.test(h.line))) throw new Error('no mail headers found');
  return {
    messageId: email.messageId?.trim().replace(/^<(.*)>$/, '$1') || undefined,
    subject: email.subject,
    from: formatAddress(email.from),
    date: email.date,
    text: bodyText(email),
    html: email.html,
  };
}

function bodyText(email: Email): string | undefined {
  return email.text?.trim() ? email.text : undefined;
}

function formatAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  const email = address.address ?? address.group.map((m) => m.address).join(', ');
  return address.name ? `${address.name} <${email}>` : email;
}
