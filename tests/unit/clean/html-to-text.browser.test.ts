// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../lib/engine/clean/html-to-text';
import { HTML_CASES } from './html-cases';

describe("htmlToText with the page's own DOMParser (as in the content script)", () => {
  test('a DOMParser is present, so no parser needs to be passed', () => {
    expect(typeof globalThis.DOMParser).toBe('function');
  });

  test.each(HTML_CASES)('%s', (_name, html, text) => {
    expect(htmlToText(html).trim()).toBe(text);
  });
});
