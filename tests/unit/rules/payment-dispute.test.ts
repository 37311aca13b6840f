import { describe, expect, test } from 'vitest';
import { findingsOf } from './findings-of';

// Wordings beyond the rule's own examples: indirect, hedged and euphemistic phrasings of the same
// meaning, and the calm mail that shares their words. Each sentence runs through the whole engine.
const findings = (text: string) => findingsOf('payment_dispute', text);

describe('payment_dispute', () => {
  test.each([
    "We'll pay the balance the day the heating actually works.",
    "The final payment has been put on hold pending the snagging visit.",
    "A goodwill credit on the next invoice seems reasonable.",
    "I'd ask you to reconsider the fee given the delay.",
    "We'll be expecting the downtime to be credited against next month's bill.",
    "We are applying the late delivery penalty to our next payment.",
    "I've deducted the two missed visits from this month's invoice.",
    "Could you knock the bill down a bit?",
    "We'll pay \u00a31,200, not \u00a31,800.",
    "Happy to pay for the parts but not the extra labour.",
    "Please refund us the difference.",
    "Still waiting on my deposit, where is it?",
    "I expect your insurer to cover the damage.",
    "The scratches need to be repaired at your own expense.",
    "We will be seeking to recover the fees already paid.",
    "I'd like to question the hours on your statement.",
    "We've opted to pay half for now.",
    "I'd rather not pay in cash for the last stage.",
    "We don't have a budget but we'd happily promote you to our followers.",
    "The invoice will remain unpaid until the leak is fixed.",
    "Why are we still being billed for the old line?",
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    "I've just noticed I hadn't paid the May invoice, sorry, sending it today.",
    "We'll pay the invoice once the goods are delivered.",
    "Please apply my payment to the oldest invoice.",
    "The deposit is 50% now and the rest on completion.",
    "I'll ask about my refund options before I book.",
    "Could you send a revised quote for the extra room?",
    "The credit card statement arrived today.",
    "Our finance team will process the invoice on Friday.",
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});
