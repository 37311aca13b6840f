// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearEvidence, findTextRange, HIGHLIGHT_NAME, showEvidence } from '../../../lib/content/highlight';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

describe('finding the evidence in the page text', () => {
  test.each([
    ['inside one text node', '<p>Sam, I am not paying this invoice.</p>', 'not paying this invoice'],
    ['across inline tags', '<p>I am <b>not</b> paying <i>this</i> invoice.</p>', 'not paying this invoice'],
    ['where the engine broke the line at a <br>', '<p>Third email - still waiting.<br>This is ridiculous.</p>', 'still waiting.\nThis is'],
    ['with runs of spaces in the page', '<p>one-star   review\n on Google</p>', 'one-star review on Google'],
    ['in another case', '<p>DO NOT EXPECT A CENT</p>', 'do not expect a cent'],
  ])('finds it %s', (_, html, evidence) => {
    const range = findTextRange(body(html), evidence);
    expect(range?.toString().replace(/\s+/g, '').toLowerCase()).toBe(evidence.replace(/\s+/g, '').toLowerCase());
  });

  test('gives nothing when the words are not in the body', () => {
    expect(findTextRange(body('<p>Thanks, all good.</p>'), 'not paying')).toBeNull();
    expect(findTextRange(body('<p>Thanks</p>'), '   ')).toBeNull();
  });
});

describe('showing the evidence', () => {
  let registry: Map<string, { ranges: Range[] }>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  test('registers one named highlight over the words and scrolls to them', () => {
    const el = body('<p>I will leave a <b>one-star</b> review.</p>');
    expect(showEvidence(el, 'one-star review', el)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges[0]?.toString()).toBe('one-star review');
    expect(el.querySelector('b')!.scrollIntoView).toHaveBeenCalled();
    expect(el.innerHTML).toBe('<p>I will leave a <b>one-star</b> review.</p>');
  });

  test('a second finding replaces the first highlight, and clearing removes it', () => {
    const el = body('<p>Still waiting. Not paying.</p>');
    showEvidence(el, 'Still waiting', el);
    showEvidence(el, 'Not paying', el);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges[0]?.toString()).toBe('Not paying');
    clearEvidence();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  test('a collapsed message without a body scrolls to the message and marks nothing', () => {
    const message = body('<p>snippet</p>');
    expect(showEvidence(null, 'not paying', message)).toBe(false);
    expect(message.scrollIntoView).toHaveBeenCalled();
    expect(registry.size).toBe(0);
  });
});
