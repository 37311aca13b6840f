import { describe, expect, test } from 'vitest';
import { evidenceOf } from './findings-of';

// Other ways people talk down, and the genuine explanations and family mentions that
// share their words.
// Each sentence runs through the whole engine.
const evidence = (text: string) => evidenceOf('condescension', text);

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
    'Your fitter could really benefit from a refresher course.',
    "I'm no accountant, but even I can see the totals are wrong.",
    "Honestly, that's a job you could do with your eyes closed.",
    'I assumed any qualified engineer would know to bleed the radiators.',
    "I've marked the changes so that you can learn from them.",
    "My cousin's studying law and he reckons your contract is a mess.",
    'Next time, ask him to show your staff how it is done.',
    'Most firms in your line of work answer the same day.',
    'A little word of advice: proofread before you send.',
    'Any kid could draw a better floor plan.',
    "I'm saying it once more, very slowly.",
    "Perhaps I didn't make myself clear.",
    'Again, in plain English: the deposit is refundable.',
    'It really is not that hard.',
    'Amazed I have to explain this to a bookkeeper.',
    "Why is it taking this long, it's one banner.",
    "You do understand how a meter reading works, don't you?",
    'Sounds like this is a bit beyond your area of expertise.',
    "Honestly, what do they teach apprentices nowadays?",
    'Is it your first day?',
    'Anyone in your trade should know that a damp course matters.',
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
    'The new hires might benefit from some training on the till.',
    "I'm not an expert, but I think the leak is from the valve.",
    'Most people in your area got the letter last week.',
    'A quick tip from the installer: leave the heating on low overnight.',
    'I was surprised how quickly the parcel arrived.',
    "My daughter, who is a nurse, starts her shift at seven.",
    "The survey isn't complicated, it takes ten minutes.",
    'This is outside your usual service area, but could you quote anyway?',
    'Is this your first visit to the clinic?',
  ])('passes: %s', (sentence) => {
    expect(evidence(sentence)).toEqual([]);
  });
});
