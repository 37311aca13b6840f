import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeMessage, analyzeThread, type MessageInput } from '../../../lib/engine';
import { parseHtmlNode } from '../../../lib/node/parse-html';
import { expectValidMessageResult, expectValidThreadResult } from './check-result';

// Enough runs to meet odd input, few enough to keep the suite quick (each run may tag sentences).
const RUNS = { numRuns: 60 };

// Pieces that look like mail, so generated text reaches the rules, the cleaner and the splitter
// rather than being dismissed as noise.
const MAIL_PIECES = [
  'We want to cancel our contract effective immediately.',
  'Please consider this our notice.',
  'We will not cancel the contract.',
  'Thanks so much!',
  'I need this by end of day',
  'Mr. Smith said e.g. the invoice',
  'On Mon, 9 Mar 2026 at 17:02, Sam <sam@x.example> wrote:',
  '> quoted line',
  '-- ',
  'Sent from my iPhone',
  '-----Original Message-----',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '...',
  '!!!',
  '?',
  'URGENT',
  '👋🏽',
  '👨‍👩‍👧‍👦',
  'שלום עולם',
  'مرحبا',
  '\u202e',
  '\u200b',
  '\u0000',
  '\u0007',
  '\ufffd',
  '\ud800',
  '\udfff',
];

const mailText = fc
  .array(fc.oneof(fc.constantFrom(...MAIL_PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  mailText,
  fc.string({ unit: 'binary', maxLength: 400 }),
  // Lone surrogates and control characters: what broken decoders hand over.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
);

const HTML_PIECES = [
  '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<blockquote>', '</blockquote>', '<script>alert(1)</script>',
  '<style>p{}</style>', '<!--', '-->', '<![CDATA[', ']]>', '<a href="javascript:x">', '</a>', '&amp;', '&nbsp;',
  '&#x1F600;', '&#0;', '&bogus;', '<', '>', '"', "'", '<img src=x onerror=y>', '<div class="gmail_quote">',
  '<table><tr><td>', '</td></tr></table>', '<html><body>', '</body></html>', '<?xml ?>', '<!DOCTYPE html>',
];
const htmlText = fc
  .array(fc.oneof(fc.constantFrom(...HTML_PIECES), mailText), { maxLength: 40 })
  .map((parts) => parts.join(''));

const messageInput: fc.Arbitrary<MessageInput> = fc.record(
  { subject: anyText, from: anyText, text: anyText, html: htmlText, date: anyText },
  { requiredKeys: [] },
);

const withHtmlParser = { parseHtml: parseHtmlNode };

describe('analyzeMessage on arbitrary input', () => {
  test('never throws and returns a valid result for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => expectValidMessageResult(analyzeMessage({ text }))),
      RUNS,
    );
  });

  test('never throws and returns a valid result for HTML garbage, with the Node parser', () => {
    fc.assert(
      fc.property(htmlText, (html) => expectValidMessageResult(analyzeMessage({ html }, withHtmlParser))),
      RUNS,
    );
  });

  test('never throws for any mix of subject, sender, text, HTML and date', () => {
    fc.assert(
      fc.property(messageInput, (input) => expectValidMessageResult(analyzeMessage(input, withHtmlParser))),
      RUNS,
    );
  });

  test('never throws on an empty message', () => {
    expectValidMessageResult(analyzeMessage({}));
    expectValidMessageResult(analyzeMessage({ text: '' }));
  });

  test('never throws on fields of the wrong type from a careless caller', () => {
    const input = { text: 42, html: null, subject: {} } as unknown as MessageInput;
    expectValidMessageResult(analyzeMessage(input));
  });
});

describe('spans next to punctuation', () => {
  // compromise counts a word's leading punctuation in a match's length but not in its start.
  test.each(['"Cancel our contract', '(cancel our contract', '\udfffcancel our contract'])(
    'keeps the span inside the text and on the words for: %s',
    (text) => {
      const result = analyzeMessage({ text });
      expectValidMessageResult(result);
      const threat = result.findings.find((f) => f.category === 'cancellation_threat');
      expect(threat?.evidence).toMatch(/^cancel our contract$/i);
    },
  );
});

describe('analyzeMessage on a 1 MB message', () => {
  const MB = 1024 * 1024;
  // Slow on purpose: these are the worst cases a pasted log or attachment dump brings.
  const HUGE_TIMEOUT = 60_000;

  test.each([
    ['one unbroken line with no spaces', 'x'.repeat(MB)],
    ['binary bytes decoded as Latin-1', Buffer.from(Array.from({ length: MB }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['a million newlines', '\n'.repeat(MB)],
  ])('returns a valid result for %s', (_name, text) => {
    expectValidMessageResult(analyzeMessage({ text }));
  }, HUGE_TIMEOUT);

  test('returns a valid result for prose and still flags the threat it opens with', () => {
    const prose = 'We want to cancel our contract effective immediately. The rest is routine. ';
    const result = analyzeMessage({ text: prose.repeat(Math.ceil(MB / prose.length)) });
    expectValidMessageResult(result);
    expect(result.categories).toContain('cancellation_threat');
  }, HUGE_TIMEOUT);

  test('returns a valid result for 1 MB of nested HTML', () => {
    const html = '<div><p>Thanks! &amp; <b>bold</b></p>'.repeat(MB / 40) + '</div>'.repeat(100);
    expectValidMessageResult(analyzeMessage({ html }, withHtmlParser));
  }, HUGE_TIMEOUT);
});

describe('analyzeThread on arbitrary input', () => {
  const senders = fc.constantFrom('ann@client.example', 'Ann <ANN@client.example>', 'sam@studio.example', '', 'no address');
  const threadMessage = fc.record({ from: senders, text: anyText, html: htmlText }, { requiredKeys: ['from'] });

  test('never throws and returns a valid result for any run of messages', () => {
    fc.assert(
      fc.property(fc.array(threadMessage, { maxLength: 6 }), (messages) =>
        expectValidThreadResult(analyzeThread(messages, withHtmlParser), messages.length),
      ),
      { numRuns: 30 },
    );
  });

  test('returns priority none and no findings for an empty thread', () => {
    const result = analyzeThread([]);
    expectValidThreadResult(result, 0);
    expect(result).toMatchObject({ priority: 'none', threadFindings: [], categories: [] });
  });
});
