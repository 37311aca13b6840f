import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Wordings beyond the rule's own examples: other phrasings of the same meaning, and the calm mail
// that shares its words. Each sentence runs through the whole engine.
function findings(text: string) {
  return analyzeMessage({ text }).findings.filter((f) => f.category === 'schedule_disruption');
}

describe('schedule_disruption', () => {
  test.each([
    "Sorry I didn't make it to the session this morning, can I come in this afternoon?",
    'I totally forgot our call, are you around now?',
    'Something came up at work, can we move today’s meeting to 6pm?',
    'Could we do 8am instead? I know you start at 9.',
    "I'm stuck at the airport and won't make the 3pm, can we do it tonight?",
    'Any chance you could see me on Sunday? I know you are usually closed.',
    'Running late, be there in 20 minutes.',
    'Can you call me now? I missed your call earlier.',
    'I was supposed to be there at 10 but overslept, can I still come?',
    'We had to leave before the inspection, can the inspector come back later today?',
    'Can we push the walkthrough to 4 today instead?',
    'I no-showed my appointment yesterday, can you fit me in this morning?',
    'Could you stay open an extra hour tonight so I can collect the car?',
    'Is there any way to do the session at 10pm?',
    'Apologies, I had the wrong day in my diary and missed our meeting, could we talk this afternoon?',
    'My flight was delayed so I missed the check-in, can I come tomorrow at 7am before you open?',
    'The kids are sick so I will have to skip today’s lesson, could we do it tonight instead?',
    'Sorry, I completely blanked on the appointment. Are you free in an hour?',
    "Can't make it at 2 anymore, is 5 okay?",
    'Can we jump on a call right now instead of Thursday?',
    'I know we said 10 but can you do 8 instead?',
    'Any chance you could open up early for me tomorrow?',
    "I'll be about half an hour late to the viewing.",
    'Something urgent came up this morning, can we move the 11 o’clock to this evening?',
    'hey so sorry cant come in today, car broke down. can u do tmrw at 7am?',
    'I totally missed my slot, is there anything later today?',
    'Could we move the 2pm to right now? I am free and it would be easier.',
    'Can I come in on my lunch break instead of at 4? I know it is not one of your times.',
    'Can the photographer come at sunrise instead? I know you said 9 is the earliest.',
    'Sorry about missing the consultation, can we do it on the phone now?',
    'Stuck at work, I will not get to the class tonight. Is Saturday possible even though you are closed?',
    'Hi, really sorry, the 10am walkthrough totally slipped my mind. Is anyone around at lunch to do it instead?',
    'Hey, I got the times mixed up and wasn’t there for my fitting. Any chance I can pop in on my way home tonight?',
    'Running behind at work, can we shift the call to 7 tonight?',
    'My sitter cancelled so I cannot come to the 6pm class. Could I do a one-to-one with the trainer tomorrow at 6am instead?',
    'I know the booking is at 2 but can the plumber come now instead? I am home and free.',
    'Oops, I forgot we had the tasting today. Can we do it this evening?',
    'so sorry, totally forgot our session this morning!! is there any chance of later on today?',
    'I overslept and missed the 8am, can I come at 11?',
    'Sorry I didn’t show yesterday, could you see me first thing tomorrow before you open?',
    'Can we swap today’s 3pm for 7pm? I know you finish at 6.',
    'I am outside your office now, is anyone free to see me without an appointment?',
    'Could we shift the fitting back to 3 this afternoon?',
    'Sorry this is so last minute.',
    'Running about ten minutes late, the trains are a mess.',
    'Could you still fit us in if we arrive after lunch?',
    'Can we make it a 7pm finish rather than 9?',
    "None of those dates suit, so I've booked a call for Friday instead.",
    "We're around now if you want to talk it through.",
    'Call me back in the next half hour.',
    "I know we agreed on Monday, but can we talk today?",
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    'Could we book the next session for the 14th at 3pm?',
    'Tuesday at 2 works for me, see you then.',
    'I will be away next week, so can we skip the session on the 20th?',
    'The meeting is rescheduled to Thursday at 10.',
    'Let us set up a call sometime next week.',
    'I can do either of the slots you offered, Wednesday suits best.',
    'We missed the deadline for the grant last year.',
    'Please find a time on my calendar next week.',
    'Our office is closed on Monday for the holiday.',
    'I might be a few minutes late on Thursday, I will text you.',
    'Can we meet on the 3rd instead of the 2nd? It is a month away, so no rush.',
    'I am free now to review the draft if you want to send it.',
    'Would any of these times work for you next week: Tue 2pm, Wed 10am?',
    'Please confirm the 3pm slot on the 12th.',
    'I have booked the room for our meeting on Friday.',
    'The call is at 4pm today as planned.',
    'Let me know when suits you and I will send an invite.',
    'Can we schedule a follow-up for next month?',
    'Thanks for fitting in the extra session last week.',
    'I will be on holiday from the 5th to the 12th.',
    'Sorry I missed your email yesterday, here are the figures.',
    'We had to postpone the launch to July.',
    'Can we meet tomorrow at 10 to go over the deal?',
    'I can do lunch on Thursday if you are free.',
    'Are you available for a call this afternoon about the contract?',
    'The conference call has been moved to 3pm today.',
    'I will be late on Monday because of a doctor appointment.',
    'We missed the deadline on the filing.',
    'Can you do the presentation instead of me next week?',
    'Please book me in for the 2pm on Tuesday.',
    'Friday 10am is confirmed.',
    'Could you send me the calendar invite for next week?',
    'I will miss next month’s session because I am travelling, could we skip it?',
    'Which of the slots next week would be best for you?',
    'Hi, could we book the 10am walkthrough for the 15th?',
    'The fitting went well, thank you. See you on the 3rd for the next one.',
    'Can we move our monthly call from the 1st to the 8th? Either slot you listed works.',
    'The class on Saturday is full, could you put me on the waiting list?',
    'I will be there at 2 as booked.',
    'Could we add a second session next month?',
    'Lovely, Thursday at 3 it is.',
    'I can’t make the 12th, could we look at the 19th instead?',
    'Please let me know your opening hours over the holidays.',
    'If the dates below do not work, let me know.',
    'Could we move the review back to 3pm next Tuesday?',
    'The trains are running late again this week.',
    'We had a 9am start and a 5pm finish.',
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});

test('moving a booking days ahead is ordinary planning, the same words for today are not', () => {
  expect(findings('Something came up, can we move Friday’s session to next week?')).toEqual([]);
  expect(findings('Something came up, can we move this afternoon’s session?')).not.toEqual([]);
});
