import { htmlToText, type ParseHtml } from './clean/html-to-text';
import { stripQuotes } from './clean/quotes';
import { stripSignature } from './clean/signature';
import { normalizeText, tidyText } from './clean/text';
import type { MessageInput } from './types';

// The newest text sits at the top and the engine reads at most 30,000 characters of it; past this
// a message is quoted history or an attachment dump, and reading on would only cost the page time.
export const MAX_CLEANED_CHARS = 256 * 1024;

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
    const text = normalizeText(sourceText(input, options).slice(0, MAX_CLEANED_CHARS));
    return tidyText(stripSignature(stripQuotes(text)));
  } catch {
    // A cleaner bug must not hide the message: the raw text, tidied, is still worth reading.
    return tidyText(normalizeText(String(input?.text ?? '').slice(0, MAX_CLEANED_CHARS)));
  }
}

function sourceText(input: MessageInput, options: CleanOptions): string {
  if (typeof input.text === 'string' && input.text.trim() !== '') return input.text;
  if (typeof input.html === 'string' && input.html.trim() !== '') return htmlToText(input.html, options.parseHtml);
  return '';
}
