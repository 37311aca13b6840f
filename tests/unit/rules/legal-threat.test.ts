import { describe, expect, test } from 'vitest';
import { findingsOf } from './findings-of';

// Wordings beyond the rule's own examples: indirect, hedged and euphemistic phrasings of the same
// meaning, and the calm mail that shares their words. Each sentence runs through the whole engine.
const findings = (text: string) => findingsOf('legal_threat', text);

describe('legal_threat', () => {
  test.each([
    "Our insurers have passed the whole incident over to their solicitors.",
    "The matter has been handed to our legal department.",
    "We are seeking advice on our legal position regarding the lost stock.",
    "I have now taken professional advice.",
    "We reserve all our rights in relation to the delay.",
    "I'll be contacting the county's trading standards officers on Monday.",
    "I've spoken to the council's environmental health team about the kitchen.",
    "If nothing changes I'll ask the council to come out and inspect.",
    "I have reported the practitioner to the General Optical Council.",
    "We will be pursuing this through the proper channels.",
    "Sort it out or this will go further.",
    "The only letter you'll receive from now on will be from my solicitor.",
    "I'm disputing it with my bank tomorrow.",
    "I'll be querying the payment with my card issuer as a disputed transaction.",
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    "I passed your question to our legal team and they were happy with the wording.",
    "Could you send the draft contract to our legal department?",
    "Before this goes further, could we get a quote for the second phase?",
    "I took your advice and bought the bigger printer.",
    "The council's planning officer approved the extension.",
    "We raised it with the bank and they increased the overdraft.",
    "We need to go further with the design, it feels a bit safe.",
    "Please reserve a table for six on Friday.",
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});
