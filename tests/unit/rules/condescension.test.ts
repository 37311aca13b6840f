import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Other ways people talk down, and the genuine explanations and family mentions that
// share their words.
// Each sentence runs through the whole engine.
function evidence(text: string) {
  return analyzeMessage({ text })
    .findings.filter((f) => f.category === 'condescension')
    .map((f) => f.evidence);
}

describe('condescension', () => {
  test.each([
    "Bless you for trying, but it's still wrong.",
    'No offence, but do you even know how a router works?',
    "Clearly you're new to this, so let me help you.",
    "I'll make this really simple for you.",
    'Any first-year student could tell you that.',
    'Next time, please think before you reply.',
    "It's honestly not that complicated if you read what I wrote.",
    "My wife, who is an accountant, says your numbers don't add up.",
    'You might want to google what a VAT invoice is.',
    'Let me educate you on how pensions work.',
    "I really shouldn't have to explain this to a professional.",
    'Maybe this is too technical for you.',
    "I'll try to keep this simple.",
    'Pay attention: the invoice number goes in the reference field.',
    'My 12-year-old could have written better code.',
    'Are you even qualified to be doing this?',
    "I'm sure it's very confusing for someone in your position.",
    'You do realise that two plus two is four, right?',
    "Honestly, I'd expect a child to understand this.",
    "I'm going to assume you didn't read my last email properly.",
    "It's very simple, so please try to follow along.",
    "I'll go slowly since this seems to be hard for your team.",
    'Not to be rude, but this is basic stuff.',
    'Do they not train you people?',
    'Let me remind you how invoices work.',
    'I used to run an IT department, so I know exactly how easy this is.',
  ])('flags: %s', (sentence) => {
    expect(evidence(sentence).length).toBeGreaterThan(0);
  });

  test.each([
    "I'll walk the new hires through the process on Monday.",
    "I'm sure you'll do a great job on the launch.",
    'Please make sure the figures include the new contracts.',
    'Could you explain the difference between the two plans?',
    'Thanks for explaining it so clearly, it makes sense now.',
    'With respect to the pipeline tariffs, FERC has issued its order.',
    'My son is a developer and will be our technical contact going forward.',
    "It's not rocket fuel, it's standard diesel, so storage is simpler.",
    'Can you explain how the new fee structure works?',
    'Could you explain what the setup fee covers?',
    "I'll explain the figures in more detail on Thursday.",
    "My husband is a plumber, so he'll be there to let your engineer in.",
    'Surely the market will recover by next quarter.',
    "I'm sure the team will manage the transition well.",
    "I'm new to this, so please explain it simply.",
    'Let me explain why we chose this supplier: they were cheapest and fastest.',
    'My colleague used to work at your company, so she recommended you.',
  ])('passes: %s', (sentence) => {
    expect(evidence(sentence)).toEqual([]);
  });
});
