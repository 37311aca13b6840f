import { describe, expect, test } from 'vitest';
import { stripQuotes } from '../../../lib/engine/clean/quotes';

const tidy = (text: string) => stripQuotes(text).trim();

describe('stripQuotes', () => {
  test.each([
    ['an English attribution and its quote', 'Sounds good.\n\nOn Tue, 3 Mar 2020 at 10:15, Ann <ann@example.com> wrote:\n> Can we move it?', 'Sounds good.'],
    ['an attribution wrapped over three lines', 'Yes.\n\nOn Dec 16, 2011, at 12:47 PM, Corey\n<reply@example.com>\nwrote:\n\n> Fixed?', 'Yes.'],
    ['a French attribution', 'Merci.\n\nLe 19 mars 2014 10:37, Cédric <c@example.fr> a écrit :\n\nLe message précédent', 'Merci.'],
    ['a German attribution with the name after the verb', 'Danke.\n\nAm 25.06.2015 um 10:55 schrieb Test user:\n\nAlte Nachricht', 'Danke.'],
    ['a Spanish attribution', 'Gracias.\n\nEl 19/03/2014 11:34, Juan <juan@example.com> escribió:\n> Hola', 'Gracias.'],
    ['a Dutch attribution split before the address', 'Prima.\n\nOp 12 december 2016 19:05 schreef Jan <\njan@example.com>:\n\n> Hoi', 'Prima.'],
    ['a Chinese attribution', 'Thanks.\n\n在 2016年11月8日，下午2:23，Li <li@example.com> 写道：\n\nEarlier', 'Thanks.'],
    ["Gmail's dated form without a verb", 'Ok.\n\n2014-03-20 8:48 GMT+01:00 Rémi <r@example.com>:\n\nEarlier mail', 'Ok.'],
    ['an attribution sharing the reply’s line', 'reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:\n> Hi', 'reply'],
    ['an unquoted earlier message after "you wrote"', 'My reply.\n\nOn Nov 26, 2013 you wrote:\n\nMy quote.', 'My reply.'],
    ['a quote with no attribution at the end', 'Agreed.\n\n> the earlier text\n> more of it', 'Agreed.'],
    ['a quote already prefixed with ">"', 'Hello\n> On 22 Aug 2015, at 19:21, Adam <a@example.com> wrote:\n>\n> Hi there!', 'Hello'],
  ])('removes: %s', (_name, input, expected) => {
    expect(tidy(input)).toBe(expected);
  });

  test.each([
    ['a reply written under the quote', 'On 04/19/2011 07:10 AM, Roman wrote:\n\n>\n> Test\nTest reply', 'Test reply'],
    ['text between quoted blocks', 'Hi,\nOn Tue, 1 Mar 2011 at 18:02, Ann <a@example.com> wrote:\n> Question?\n\nMy answer.\n\n> More?\n\nAnd more.', 'Hi,\nMy answer.\n\nAnd more.'],
    ['inline replies under an attribution', 'See inline\nOn 04/19/2011 07:10 AM, Roman wrote:\n\n> Question 1\nAnswer 1\n> Question 2\nAnswer 2', 'See inline\nAnswer 1\nAnswer 2'],
    ['a line that only starts with "On"', 'Blah-blah-blah\nOn blah-blah-blah', 'Blah-blah-blah\nOn blah-blah-blah'],
    ['"Something wrote:" with no date or address', 'First part.\n\nSomething wrote:\nSecond part.', 'First part.\n\nSomething wrote:\nSecond part.'],
    ['">>>" inside a paragraph', 'Visit us...\n>>> >>>  http://www.example.com <<<\nVisit our site', 'Visit us...\n>>> >>>  http://www.example.com <<<\nVisit our site'],
    ['sentences that open with "On"', 'On the surface it looks fine.\nOn average it works.', 'On the surface it looks fine.\nOn average it works.'],
    ['timestamps in the writer’s text', 'Formats:\n\n2024-01-15 14:30:25\n15.01.2024 14:30\n\nAll examples.', 'Formats:\n\n2024-01-15 14:30:25\n15.01.2024 14:30\n\nAll examples.'],
    ['a dated line that says "I sent"', 'On 3 March 2024, I sent:\nthe invoice and the receipt.', 'On 3 March 2024, I sent:\nthe invoice and the receipt.'],
  ])('keeps: %s', (_name, input, expected) => {
    expect(tidy(input)).toBe(expected);
  });

  test('a message that is only a quote comes out empty', () => {
    expect(tidy('On Mon, 2 Jan 2023 at 09:00, Ann <ann@example.com> wrote:\n> hello\n> world')).toBe('');
    expect(tidy('> hello\n> world')).toBe('');
  });

  test('a wrapped tail of a long quoted line stays with the quote', () => {
    const input =
      'Answer.\n\nOn Mon, 2 Jan 2023 at 09:00, Ann <ann@example.com> wrote:\n> Lorem ipsum dolor sit amet, consectetur adipiscing elit, nullam pharetra d\nignissim odio?\n> End';
    expect(tidy(input)).toBe('Answer.');
  });
});
