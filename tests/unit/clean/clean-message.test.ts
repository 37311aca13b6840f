import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_CLEANED_CHARS, cleanMessage } from '../../../lib/engine/clean';
import { stripTags } from '../../../lib/engine/clean/html-to-text';
import { stripQuotes } from '../../../lib/engine/clean/quotes';
import { stripSignature } from '../../../lib/engine/clean/signature';
import type { MessageInput } from '../../../lib/engine/types';
import { parseHtmlNode } from '../../../lib/node/parse-html';

// A generous bound, not a benchmark: linear work on 1 MB takes a few hundred milliseconds; a regex
// that backtracks catastrophically takes minutes. Counted in CPU time, so a busy machine (other
// test files running in parallel) does not make it flaky.
const ONE_MB_BUDGET_MS = 2000;
const MB = 1 << 20;

function cpuMilliseconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

describe('cleanMessage', () => {
  test('returns the newest text of a realistic reply', () => {
    const text = [
      'Hi Sam,',
      '',
      'This is the third time I have asked. Please send the invoice today.',
      '',
      'Thanks,',
      'Dana',
      'Dana Reyes | Reyes Design | 555-0100',
      '',
      'On Mon, 3 Jun 2024 at 09:12, Sam <sam@example.com> wrote:',
      '> Hi Dana, the invoice is on its way.',
    ].join('\r\n');
    expect(cleanMessage({ text })).toBe('Hi Sam,\n\nThis is the third time I have asked. Please send the invoice today.');
  });

  test('reads the HTML body when there is no text, with the given parser', () => {
    const html = '<div>Where is my refund?</div><div class="gmail_quote">On Mon, Ann wrote: old</div>';
    expect(cleanMessage({ html }, { parseHtml: parseHtmlNode })).toBe('Where is my refund?');
  });

  test('reads the HTML body without a parser too', () => {
    expect(cleanMessage({ html: '<p>Where is my refund?</p><blockquote type="cite">old</blockquote>' })).toBe(
      'Where is my refund?',
    );
  });

  test.each([
    [
      'Outlook desktop, where only the bold header marks the quote',
      "<div class=WordSection1><p class=MsoNormal>Where is the report?<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Sam &lt;sam@example.com&gt;<br><b>Sent:</b> Monday, June 3, 2024 9:12 AM<br><b>To:</b> Dana<br><b>Subject:</b> Report</p></div><p class=MsoNormal>Old text</p></div>",
    ],
    [
      'Thunderbird',
      '<p>Where is the report?</p><div class="moz-cite-prefix">On 03/06/2024 09:12, Sam wrote:<br></div><blockquote type="cite">Old text</blockquote>',
    ],
    [
      'a client that marks nothing but the attribution',
      '<div>Where is the report?</div><div><br></div><div>On Mon, 3 Jun 2024 at 09:12, Sam &lt;sam@example.com&gt; wrote:</div><blockquote style="margin:0 0 0 .8ex">Old text</blockquote>',
    ],
  ])('reads the newest text of HTML from %s, with or without a parser', (_name, html) => {
    expect(cleanMessage({ html }, { parseHtml: parseHtmlNode })).toBe('Where is the report?');
    expect(cleanMessage({ html })).toBe('Where is the report?');
  });

  test('prefers the text body when both are given', () => {
    expect(cleanMessage({ text: 'Plain', html: '<p>Rich</p>' })).toBe('Plain');
  });

  test('runs the quote and signature steps on text made from HTML', () => {
    const html = '<p>Fine.</p><p>On Mon, 3 Jun 2024 at 09:12, Sam &lt;sam@example.com&gt; wrote:</p><p>Old text</p>';
    expect(cleanMessage({ html }, { parseHtml: parseHtmlNode })).toBe('Fine.');
  });

  test.each([
    ['a subject-less message', { from: 'a@example.com', text: 'No subject here.' }, 'No subject here.'],
    ['CRLF line breaks', { text: 'One\r\nTwo\rThree' }, 'One\nTwo\nThree'],
    ['an empty message', {}, ''],
    ['blank text and HTML', { text: '  \n ', html: ' ' }, ''],
    ['a message that is only a quote', { text: '> only\n> quoted' }, ''],
    ['runs of blank lines', { text: 'A\n\n\n\n\n\nB' }, 'A\n\n\nB'],
    ['trailing spaces and blank edges', { text: '\n\n  A  \nB \n\n' }, '  A\nB'],
    ['NUL and control bytes', { text: 'bin\u0000ary\u0007 data\uFEFF' }, 'binary data'],
    ['emoji', { text: 'Great job 🎉🙏🏽 👍' }, 'Great job 🎉🙏🏽 👍'],
    ['right-to-left text', { text: 'שלום, זה לא מקובל\nمرحبا، هذا غير مقبول' }, 'שלום, זה לא מקובל\nمرحبا، هذا غير مقبول'],
  ])('handles %s', (_name, input, expected) => {
    expect(cleanMessage(input as MessageInput)).toBe(expected);
  });

  test('never throws on inputs that break the type', () => {
    for (const input of [null, undefined, 42, { text: 42 }, { html: {} }, { text: null, html: null }]) {
      expect(typeof cleanMessage(input as unknown as MessageInput)).toBe('string');
    }
  });

  test('never throws and never leaves a carriage return, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (text, html) => {
        const fromText = cleanMessage({ text });
        const fromHtml = cleanMessage({ html });
        return !fromText.includes('\r') && !fromHtml.includes('\r') && fromText.length <= text.length;
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on mail-like lines in any order', () => {
    const mailLine = fc.constantFrom(
      '> quoted', 'On Mon, 3 Jun 2024 at 09:12, Sam <sam@example.com> wrote:', 'From: a@example.com',
      'Sent: Monday', 'To: b', '-- ', '________', 'Thanks,', 'Bob', 'Sent from my iPhone', '', 'Real text.',
      '-----Original Message-----', 'wrote:', '<a@example.com>:', '>', '555-0100',
    );
    fc.assert(
      fc.property(fc.array(mailLine, { maxLength: 30 }), (lines) => typeof cleanMessage({ text: lines.join('\n') }) === 'string'),
      { numRuns: 300 },
    );
  });

  test.each([
    ['one long line', 'a'.repeat(MB)],
    ['one long line of spaces', ' '.repeat(MB)],
    ['a long quote', '> quoted line\n'.repeat(MB / 14)],
    ['many attribution-like lines', 'On 1 Jan 2020 x wrote\n'.repeat(MB / 22)],
    ['many header-like lines', 'From: a\n'.repeat(MB / 8)],
    ['many sign-off-like lines', 'Thanks,\n'.repeat(MB / 8)],
    ['many signature delimiters', '-- \n--\n__\n'.repeat(MB / 9)],
    ['many device lines', 'Sent from my iPhone\n'.repeat(MB / 20)],
    ['long "On" lines', `${'On 1 '.repeat(MB / 10)}\n`.repeat(2)],
    ['attribution-length "On" lines', `x ${'On 1 '.repeat(98)}wrote:\n`.repeat(MB / 500)],
    ['dashes and colons', `${'-'.repeat(1000)}:${'<'.repeat(1000)}\n`.repeat(MB / 2002)],
    ['binary noise', Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
  ])('strips quotes and signatures from 1 MB of %s within the budget', (_name, text) => {
    const spent = cpuMilliseconds(() => {
      expect(typeof stripSignature(stripQuotes(text))).toBe('string');
      expect(typeof cleanMessage({ text })).toBe('string');
    });
    expect(spent).toBeLessThan(ONE_MB_BUDGET_MS);
  });

  test('reads no further than its cap into a huge message', () => {
    const text = `Newest text.\n${'x'.repeat(MAX_CLEANED_CHARS)}\nOld tail`;
    expect(cleanMessage({ text }).endsWith('Old tail')).toBe(false);
  });

  test.each([
    ['unbalanced markup', '<div><p>a &amp; b</p><b <i>x</i></div><blockquote type="cite"><q'.repeat(MB / 64)],
    ['preformatted spaces', `<pre>${' '.repeat(MB)}x</pre>`],
    ['one giant tag', `<div ${'class=class='.repeat(MB / 12)}>text</div>`],
    ['lone "<" signs before one ">"', `${'a < b '.repeat(MB / 6)}>`],
    ['a giant device-like signature line', `Hi\n\n--\nsent ${'<'.repeat(MB)}`],
  ])('strips 1 MB of %s within the budget', (_name, html) => {
    const spent = cpuMilliseconds(() => {
      expect(typeof stripTags(html)).toBe('string');
      expect(typeof cleanMessage({ html })).toBe('string');
      expect(typeof stripSignature(html)).toBe('string');
    });
    expect(spent).toBeLessThan(ONE_MB_BUDGET_MS);
  });
});
