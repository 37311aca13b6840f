import { describe, expect, test } from 'vitest';
import { evidenceOf, findingsOf } from './findings-of';
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
    const found = findingsOf('hostility', text);
    expect(found.map((f) => f.evidence)).toEqual([]);
  });
});

describe('hostility: bad faith and contempt in milder words', () => {
  const found = (text: string) => evidenceOf('hostility', text);

  test.each([
    "I won't be lied to again.",
    'Frankly we have been strung along since March.',
    "I can't shake the feeling we've been taken for a ride.",
    'Stop taking us for mugs.',
    'I feel like I was sold a pup.',
    "Honestly it's a con.",
    'The whole handover was amateur hour.',
    'What a shambles from start to finish.',
    'Easily the most unprofessional company we have ever hired.',
    "Whoever wrote this code hasn't the faintest idea about security.",
  ])('flags: %s', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  test.each([
    'Someone clicked a dodgy link in an email this morning, should we worry?',
    'The belt squeals like a pig when it is cold.',
    'We have been using the new portal since March.',
    'The most professional team we have ever hired, thank you.',
    "I haven't a clue where I saved the file, sorry.",
  ])('passes: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostility: inferred bad faith and sneering', () => {
  const found = (text: string) => evidenceOf('hostility', text);

  test.each([
    'I can only assume the delays are deliberate.',
    "Stop trying to wriggle out of what you promised.",
    'You keep hiding behind the small print.',
    'Well done, genius.',
    "£120 for ten minutes' work is money for old rope.",
    "Please don't insult my intelligence.",
    'Your so-called guarantee is frankly laughable.',
  ])('flags: %s', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  test.each([
    "I'm starting to think we should move the meeting.",
    'Well done to the whole team on the launch.',
  ])('passes: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostility: understatement and "nothing short of"', () => {
  const found = (text: string) => evidenceOf('hostility', text);

  test.each([
    'Frankly this is a cowboy job.',
    "You're clearly just making it up as you go along.",
    'This is nothing short of daylight robbery.',
    "I think you've been less than honest with us.",
    "Your office hasn't been entirely truthful about the delays.",
  ])('flags: %s', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  test.each(["I'm not saying you were anything less than honest.", 'The results were nothing short of brilliant.'])(
    'passes: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
