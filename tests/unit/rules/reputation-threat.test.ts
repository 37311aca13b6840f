import { describe, expect, test } from 'vitest';
import { findingsOf } from './findings-of';

// Wordings beyond the rule's own examples: indirect, hedged and euphemistic phrasings of the same
// meaning, and the calm mail that shares their words. Each sentence runs through the whole engine.
const findings = (text: string) => findingsOf('reputation_threat', text);

describe('reputation_threat', () => {
  test.each([
    "When my friends ask who built the patio, I'll tell them the truth.",
    "I'll be honest with anyone who asks me about you.",
    "I'll be including this in my Trustpilot review.",
    "We'd have to be frank about it in the feedback we leave.",
    "I won't hesitate to say so on Google.",
    "I'll be letting the residents' Facebook group know how this was handled.",
    "I'll be bringing this up at the next chamber of commerce breakfast.",
    "A few of us other tenants are going to compare notes.",
    "I'd rather not have my next column be about your service.",
    "He's writing a piece about our experience with your agency.",
    "I would prefer we had something nice to say about you.",
    "I'm curious what your followers would think of this.",
    "I'd be hard pressed to recommend you to anyone now.",
    "This would read badly in the local papers.",
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    "I'll tell you when they ask for the numbers.",
    "Let's compare notes on the draft tomorrow.",
    "I'll bring it up at the next team meeting.",
    "My next video will be about winter gardening.",
    "When people ask, I always say you did a great job.",
    "Could you share our post on Facebook?",
    "The press release looks good in the draft.",
    "I'm writing a post about our new menu.",
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});
