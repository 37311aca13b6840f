import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Wordings beyond the rule's own examples: other phrasings of the same meaning, and the calm mail
// that shares its words. Each sentence runs through the whole engine.
function findings(text: string) {
  return analyzeMessage({ text }).findings.filter((f) => f.category === 'urgency_pressure');
}

describe('urgency_pressure', () => {
  test.each([
    'I need this sorted before close of business today.',
    'We need an answer from you by tonight.',
    'Please get someone out here straight away.',
    'This needs fixing now, not next week.',
    'I expect a technician here first thing tomorrow morning.',
    'Send the revised quote immediately please.',
    'The launch is in two hours and nothing works, I need help right now!',
    "I can't wait another day for this.",
    'We cannot wait until Monday for the fix.',
    'Get back to me within the next 30 minutes.',
    'Time is of the essence here.',
    'Can you please expedite this? It needs to go out today.',
    'I need the files yesterday, honestly.',
    'Respond immediately.',
    'Please treat this as a top priority and call me.',
    'Answer me today or else.',
    'This has to be done by noon tomorrow at the latest.',
    'I need a reply within the hour.',
    'URGENT: the doors will not lock.',
    'I want it fixed today!!',
    'Stop whatever you are doing and look at this.',
    'I need this in my hands by 5pm.',
    'Please respond ASAP, our payroll is stuck.',
    'It must be delivered no later than tomorrow morning.',
    'The event starts at 6 tonight so I need the signage sorted this afternoon.',
    'We go live in an hour and the payment page is blank, please jump on this.',
    'I need the corrected certificate before my flight tonight.',
    'Please have this fixed by the time I get in tomorrow morning.',
    'This is costing us thousands every hour it stays down.',
    'I have to have it back by Friday, not next Tuesday as you said.',
    'Whatever it takes, get it done today.',
    'There is no time to waste on this.',
    "I'm not waiting until next week.",
    'We need movement on this now, not promises.',
    'My tenant moves in tomorrow and the locks still are not changed, this has to happen today.',
    'Please escalate this immediately.',
    'I need you to call me back straight away.',
    'Can you get someone here this afternoon? The pipe is leaking everywhere.',
    'Please action this the moment you see it.',
    'The deadline is end of day and I need your sign-off before then.',
    'pls fix asap!!',
    'need this done by 2 today latest',
    'I need an engineer out to us first thing tomorrow, no excuses.',
    'Our shop opens in 30 minutes and the till system is dead, I need someone on the phone NOW.',
    'I have to have the documents signed today or the sale falls through.',
    'Please prioritise my order over everything else.',
    'You need to sort this out immediately.',
    'Tomorrow is too late.',
    'Next week is not acceptable, I need it this week.',
    'I am expecting a call back within the next hour.',
    'Any delay is unacceptable, the exhibition opens tomorrow.',
    'I need a response by close of play today.',
    'This is critical and needs to be fixed right away.',
    'Hi Tom,\n\nOur accountant arrives at 9 tomorrow and the ledger export still fails. I need a working file before then, whatever it takes.\n\nRuth',
    'The photographer told us the album would be ready in June. The wedding anniversary party is Saturday and we need it by Friday morning at the latest. Please make it happen.',
    'My daughter’s exam is in the morning and the tutor portal is locked. Somebody needs to unlock it tonight.',
    'Hello, the heater in 2B is out and it is minus five outside. We need someone here within a couple of hours, not tomorrow.',
    'Please can this go to the front of the queue? We cannot open the shop without it.',
    'I must have the revised contract back before my 4pm meeting today.',
    'i need my car back tonight, no later',
    '@AcmeHelp my account is locked and I need access in the next 10 mins for a client call!!',
    'Please deal with this as soon as humanly possible.',
    'Every day this drags on costs me a customer.',
    'I am leaving for the airport at 5 and I need the passport letter before then.',
    'Somebody call me back this morning please, it cannot wait until the afternoon.',
    'Move this to the top of your list.',
    'We are out of stock and need the delivery today, not Monday.',
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    'Could you send the report when you have a moment?',
    'The deadline we agreed in March is the 30th.',
    'No hurry, next week is fine.',
    'The site went down at 9am and came back at 9:20.',
    'I will get the signed copy back to you immediately after the meeting.',
    'We can start the migration tomorrow if that suits you.',
    'Today we released version 2.3.',
    'Right now the fare is $150.',
    'I need to leave early today for a dentist appointment.',
    'Please find attached the minutes from today’s meeting.',
    'We immediately noticed the improvement.',
    'Let me know if you need anything else.',
    'Can you join the call tomorrow at 10?',
    'The invoice is due on the 15th.',
    'Thanks for getting back to me so quickly.',
    'Is this urgent or can it wait until Monday?',
    'I just wanted to flag it, it is not a priority.',
    'We need to discuss the budget at some point this quarter.',
    'Could you let me know when you are free next week?',
    'The report will be ready by Thursday as planned.',
    'We expect to ship the update in early May.',
    'I would like to get this done before the end of the quarter if possible.',
    'Just a heads-up: the server will restart tonight for maintenance.',
    'Please send your availability for a meeting next month.',
    'Hope you had a good weekend.',
    'I called the office today and spoke to Ann.',
    'The outage lasted about twenty minutes and everything is fine now.',
    'I will review the contract tomorrow morning.',
    'Now that the merger is done, we can restructure the team.',
    'We are now able to offer weekend slots.',
    'Please send me the latest numbers when you get a chance.',
    'Do you have the storage balance? I need it for tomorrow’s report.',
    'I need to run to a meeting now, will call later.',
    'We need to talk about the budget sometime today or tomorrow.',
    'Now is a good time to review our hedging strategy.',
    'Please review the attached and send comments by Friday.',
    'Right now we are ahead of plan.',
    'I will be in the office today until 5.',
    'The deadline for comments is Friday.',
    'Immediately after the call I sent the file over.',
    'When you get a minute could you look at the invoice?',
    'As discussed, the delivery is booked for the 14th.',
    'Our router has been dropping out intermittently this week, details below.',
    'I know you are busy, so whenever suits.',
    'We will need the new logo at some point next month.',
    'Just checking that the order for next week is still on track.',
    'Hi Ruth, the ledger export failed again this morning, here is the log. We can look at it together next week.',
    'The album can wait until after the holidays, no stress.',
    'Just letting you know the heater in 2B makes a clicking noise, nothing urgent.',
    'Could you add the revised contract to Friday’s agenda?',
    'We plan to go live with the new site in the spring.',
    'Thanks, the file came through fine today.',
    'no rush but when you can could you check the invoice',
    '@AcmeHelp is the app down right now? Mine will not load.',
    'Whenever is convenient for you is fine.',
    'The courier said the parcel will arrive today.',
    'We need to plan the Christmas party soon.',
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});

test('a bare ASAP in a calm request stays a weak signal', () => {
  const [finding] = findings('Please send me the storage figures ASAP.');
  expect(finding?.confidence).toBeLessThan(0.6);
});

test('a shouted demand for action now is a sure signal', () => {
  const [finding] = findings('URGENT!!! Roll the release back right now.');
  expect(finding?.confidence).toBeGreaterThanOrEqual(0.8);
});
