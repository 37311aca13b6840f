import { describe, expect, test } from 'vitest';
import { htmlToText, stripTags } from '../../../lib/engine/clean/html-to-text';
import { parseHtmlNode } from '../../../lib/node/parse-html';
import { HTML_CASES } from './html-cases';

describe('htmlToText with a parser (linkedom, as in the CLI)', () => {
  test.each(HTML_CASES)('%s', (_name, html, text) => {
    expect(htmlToText(html, parseHtmlNode).trim()).toBe(text);
  });
});

describe('htmlToText without a parser (tag stripping)', () => {
  test('Node has no DOMParser, so the tag-stripping path runs', () => {
    expect('DOMParser' in globalThis).toBe(false);
  });

  test.each(HTML_CASES)('%s', (_name, html, text) => {
    expect(htmlToText(html).trim()).toBe(text);
  });

  test.each([
    ['a lone "<" in text', '<p>5 < 6 and 7 > 3</p>', '5 < 6 and 7 > 3'],
    ['an unclosed comment', '<p>Before</p><!-- never closed <p>hidden</p>', 'Before'],
    ['an unclosed tag', '<p>Text<b', 'Text<b'],
    ['unknown entities', '<p>&bogus; &#0; &#xD800;</p>', '&bogus;'],
    ['an object property name as an entity', '<p>&valueOf;</p>', '&valueOf;'],
  ])('survives %s', (_name, html, text) => {
    expect(stripTags(html).trim()).toBe(text);
  });

  test('falls back to tag stripping when the given parser throws', () => {
    const broken = () => {
      throw new Error('parser failure');
    };
    expect(htmlToText('<p>Still read</p>', broken).trim()).toBe('Still read');
  });
});
