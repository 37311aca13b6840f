import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Wordings beyond the rule's own examples: other phrasings of the same meaning, and the calm mail
// that shares its words. Each sentence runs through the whole engine.
function findings(text: string) {
  return analyzeMessage({ text }).findings.filter((f) => f.category === 'cancellation_threat');
}

describe('cancellation_threat', () => {
  test.each([
    "If it isn't fixed by Friday, we'll be taking our business to another firm.",
    'We are seriously considering other providers.',
    'This will be the last order we place with you.',
    "I'm cancelling my membership.",
    'I want out of this contract.',
    "I'm not renewing after what happened.",
    'We have decided to end our agreement with you at the end of the month.',
    'Please cancel my subscription effective today.',
    "One more mistake like this and we're gone.",
    "We'll be moving to a competitor.",
    'I no longer require your services.',
    'We are going to start shopping around for a new accountant.',
    'Honestly I am thinking about switching gyms.',
    'Consider our relationship over.',
    "Don't expect us to renew next year.",
    "We won't be ordering from you again.",
    'I will never use your company again.',
    'We will not be working with you in the future.',
    'At this rate we will be taking our accounts somewhere that answers the phone.',
    'Several of your competitors have already pitched us.',
    'Give me one reason why I should stay with you.',
    'I am going to close my account with you.',
    'We are putting the contract out to tender next month.',
    "I'm seriously considering cancelling.",
    'I think it is time we parted ways.',
    'Unless this is resolved, we will be terminating our agreement.',
    'Frankly I am ready to walk away from this contract.',
    'I will be taking my car elsewhere from now on.',
    'Please treat this email as notice that we will not renew.',
    'We are weighing up our options, including leaving.',
    "We're done paying for a service that doesn't work.",
    'If nothing changes by the end of the month, you will lose our business.',
    "Our patience has run out and we'll be going with another supplier.",
    'I have already signed up with a different provider.',
    'We will not be extending the retainer.',
    'Our account will be moving to Brightwater Agency from next month.',
    'I am writing to give notice that we are ending the contract.',
    'Keep this up and you can forget about next year’s renewal.',
    'We have found a cheaper alternative and will be moving over.',
    'This is the final straw, we are pulling our business.',
    'This is the last month we will be paying for this.',
    'I want my membership cancelled.',
    'Please do not auto-renew my plan.',
    'we r switching to ur competitor',
    "Honestly I'm not sure we'll be with you much longer.",
    'We will be reviewing whether to keep you on after this quarter.',
    "Sort it out or we'll go elsewhere.",
    'I have no intention of renewing.',
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    'Please cancel the delivery for Thursday, we will reschedule.',
    'Your cancellation fee seems high, can you explain it?',
    'We need to renew the SSL certificate before June.',
    'The contract renewal is on the agenda for next week.',
    'The supplier cancelled the shipment, so we are waiting.',
    'We switched the lights off in the warehouse.',
    'Looking for a new job has been stressful.',
    'Can you close the ticket? It is fixed.',
    'We are moving to a new office in May.',
    'I am done with the report.',
    'We will be terminating the old server next week.',
    'We are reconsidering the proposal you sent.',
    "We won't be in the office again until Monday.",
    'I will never forget the trip.',
    'We are happy to renew for another year.',
    'Can you confirm the termination date of the old lease on our behalf?',
    'Please cancel order line 3, we no longer need the blue ones.',
    'We are considering adding a second location.',
    'Looking forward to working with you next year.',
    'We parted ways with our old designer last year and found you.',
    'The agreement is over 40 pages long.',
    'Are there other options for the colour?',
    'Give me a call when you are back.',
    'Our team is moving to another floor.',
    'The counterparty may terminate the agreement on 30 days notice under section 5.',
    'Please terminate the test instance when you are done.',
    'We will be switching to the new billing system on Monday.',
    'I am leaving for Houston tomorrow morning.',
    'Can we end the call at 4 today?',
    'We are looking at other options for the venue of the offsite.',
    'They are moving their headquarters to Dallas.',
    'Let me know if you want to renew the magazine subscription for the office.',
    'The deal was cancelled by the counterparty last week.',
    'I am done for the day, talk tomorrow.',
    'Please close the account for the old project code.',
    'We decided to go with your proposal.',
    'We will stop using the old template after this month.',
    'Our team switched providers for the phones last year, and it went smoothly.',
    'Please cancel my 3pm appointment tomorrow, I will rebook.',
    'Can I change my plan to the annual one?',
    'We are renewing for two years.',
    'Our lease is ending and we are moving offices.',
    'I would like to upgrade my subscription.',
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});

test('cancelling a meeting or one order line never makes a message high priority', () => {
  expect(analyzeMessage({ text: 'Please cancel Thursday’s call and the blue mugs from the order.' }).priority).not.toBe('high');
});
