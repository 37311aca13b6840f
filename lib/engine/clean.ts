import { htmlToText, type ParseHtml } from './clean/html-to-text';
import { stripQuotes } from './clean/quotes';
import { stripSignature } from './clean/signature';
import { normalizeText, tidyText } from './clean/text';
import type { MessageInput } from './types';

export interface CleanOptions {
  /** Parses HTML into a Document: DOMParser in the browser, linkedom's in Node. */
  parseHtml?: ParseHtml;
}

/**
 * The newest text of a message: HTML made text, quoted replies, forwards and signatures removed,
 * whitespace tidied. Finding offsets refer to this string. Never throws; a message that is only
 * a quote comes out empty.
 */
export function cleanMessage(input: MessageInput, options: CleanOptions = {}): string {
  try {
    const text = normalizeText(sourceText(input, options));
    return tidyText(stripSignature(stripQuotes(text)));
  } catch {
    // A cleaner bug must not hide the message: the raw text, tidied, is still worth reading.
    return tidyText(normalizeText(String(input?.text ?? '')));
  }
}

function sourceText(input: MessageInput, options: CleanOptions): string {
  if (typeof input.text === 'string' && input.text.trim() !== '') return input.text;
  if (typeof input.html === 'string' && input.html.trim() !== '') return htmlToText(input.html, options.parseHtml);
  return '';
}
