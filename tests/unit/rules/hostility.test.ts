import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import hostility from '../../../lib/rules/hostility';

const detect = hostility.detect!;
const shouted = (sentence: string) => detect(sentence).map((hit) => sentence.slice(hit.start, hit.end));

describe('hostility: shouting in capitals', () => {
  test.each([
    ['YOU ARE BREAKING THE LAW.', 'YOU ARE BREAKING THE LAW'],
    ['I NEED MY CAR BACK TODAY!!', 'I NEED MY CAR BACK TODAY!!'],
    ['Honestly, WHY IS YOUR PHONE NEVER ANSWERED?', 'WHY IS YOUR PHONE NEVER ANSWERED?'],
  ])('flags: %s', (sentence, evidence) => {
    expect(shouted(sentence)).toEqual([evidence]);
  });

  test('a whole sentence in capitals is surer than a shouted stretch of one', () => {
    const [whole] = detect('WHERE IS MY REFUND?');
    const [part] = detect('Look, WHERE IS MY REFUND THEN, seriously?');
    expect(whole?.confidence).toBeGreaterThan(part?.confidence ?? 1);
  });

  test.each([
    'His grade has gone DOWN since the summer.',
    'NO APPOINTMENTS WILL BE ACCEPTED AFTER FRIDAY.',
    'WHAT YOU NEED TO DO: restart the laptop tonight.',
    'Please send it to ENRON NORTH AMERICA CORP by Monday.',
    'Our NYSE and NASDAQ listings moved.',
    'OK MY BAD',
  ])('passes: %s', (sentence) => {
    expect(shouted(sentence)).toEqual([]);
  });
});

describe('hostility: accusations aimed elsewhere', () => {
  test.each([
    'I was the victim of identity theft, so my card was frozen.',
    'Initially I ignored the texts because I was not sure who sent them.',
    'Beware of scam emails pretending to be from our billing team.',
  ])('passes: %s', (text) => {
    const found = analyzeMessage({ text }).findings.filter((f) => f.category === 'hostility');
    expect(found.map((f) => f.evidence)).toEqual([]);
  });
});
