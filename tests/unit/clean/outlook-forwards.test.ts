import { describe, expect, test } from 'vitest';
import { isEarlierMessageSeparator } from '../../../lib/engine/clean/forwards';
import { headerBlockFinder } from '../../../lib/engine/clean/outlook';
import { stripQuotes } from '../../../lib/engine/clean/quotes';

const startsBlock = (block: string) => headerBlockFinder(block.split('\n'))(0);

describe('Outlook header blocks', () => {
  test.each([
    ['English', 'From: Ann [mailto:ann@example.com]\nSent: Friday, 23 March 2012 5:08 p.m.\nTo: Bob\nSubject: Plans'],
    ['bold', '*From:* bob@example.com [mailto:\nbob@example.com]\n*Sent:* Wednesday, June 27, 2012 3:05 PM\n*To:* travis@example.com'],
    ['French with spaces before the colon', 'De : Brendan [mailto:b@example.com]\nEnvoyé : vendredi 23 janvier 2015 16:39\nÀ : Camille\nObjet : Suivi'],
    ['German', 'Von: John <service@example.de>\nGesendet: Donnerstag, 23. März 2023 17:11\nAn: John\nBetreff: AW: Hallo'],
    ['Chinese', '发件人: Company <q@example.com>\n发送时间: 2017年8月2日 15:37\n收件人: Sylvie\n主题: Hello'],
    ['a wrapped sender', 'From: Human Resources\n<hr+1234@example.com>\nSent: Monday, August 26, 2019 4:37 PM\nTo: Ann'],
    ['starting with the date', 'Date: Wed, 16 May 2012 00:15:02 -0600\nTo: someone@example.com'],
    ['a lone From line with an address', 'From: somebody@example.com'],
  ])('starts a block: %s', (_name, block) => {
    expect(startsBlock(block)).toBe(true);
  });

  test.each([
    ['an appointment with a date and a time', 'Date: Wednesday 3, October 2011\nTime: 7 : 00am\nAddress: 130 Fox St'],
    ['a lone From line without an address', 'From: the accounts team'],
    ['a line that only mentions subjects', 'Subject to change, of course.'],
  ])('does not start a block: %s', (_name, block) => {
    expect(startsBlock(block)).toBe(false);
  });

  test('everything from the header block on is removed, with the rule above it', () => {
    const input = 'Outlook with a reply\n\n ------------------------------\n\n*From:* Google <noreply@example.com>\n*Sent:* Thursday, February 09, 2012 1:36 PM\n*To:* jow@example.com\n*Subject:* Updated\n\nDear user,';
    expect(stripQuotes(input).trim()).toBe('Outlook with a reply');
  });
});

describe('earlier and forwarded message separators', () => {
  test.each([
    '-----Original Message-----',
    '----- Original Message -----',
    '-----Ursprüngliche Nachricht-----',
    '-------- Message d\'origine --------',
    '-------- Oprindelig besked --------',
    '---------- Forwarded message ---------',
    'Begin forwarded message:',
    '________________________________',
    '---- John Smith wrote ----',
    '------On 12/29/1987 17:32 PM, Julius Caesar wrote-----',
  ])('separates: %s', (line) => {
    expect(isEarlierMessageSeparator(line)).toBe(true);
  });

  test.each([
    '------------------------------------- Enter Feedback Below -------------------------------------',
    '----',
    '-- first point needs to be checked',
    'The original message was lost.',
  ])('does not separate: %s', (line) => {
    expect(isEarlierMessageSeparator(line)).toBe(false);
  });

  test('a forwarded message is removed with its header', () => {
    const input = 'See below.\n\n---------- Forwarded message ---------\nFrom: John <john@example.com>\nDate: Mon, Dec 15, 2024\n\nForwarded text';
    expect(stripQuotes(input).trim()).toBe('See below.');
  });
});
