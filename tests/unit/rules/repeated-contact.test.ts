import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Wordings beyond the rule's own examples: other phrasings of the same meaning, and the calm mail
// that shares its words. Each sentence runs through the whole engine.
function findings(text: string) {
  return analyzeMessage({ text }).findings.filter((f) => f.category === 'repeated_contact');
}

describe('repeated_contact', () => {
  test.each([
    'This is the third time I am writing about the same invoice.',
    'I have phoned your office several times this week.',
    'I am still waiting for someone to call me back.',
    'Why has nobody replied to my emails?',
    'It has been two weeks and I have had no response.',
    'Nobody ever gets back to me.',
    'I keep emailing and nothing happens.',
    'I sent three emails and left two voicemails.',
    "I've asked you twice already to update the address.",
    'Once again I am asking for the receipt.',
    'I have been trying to get hold of someone for days.',
    'How long do I have to wait for an answer?',
    'Still no word on the refund.',
    'Following up yet again on the quote.',
    'I have written to you repeatedly about this.',
    'Hello? Is anyone actually reading these emails?',
    'I reported this on the 2nd, the 9th and again today.',
    'My previous three emails went unanswered.',
    'As I have said in my last two messages, the parcel never arrived.',
    'Another week, another unanswered email.',
    'I have left four voicemails and nobody has rung back.',
    'Nobody seems to be reading my messages.',
    'Three phone calls and two emails later, I am no closer to an answer.',
    "I'm beginning to think no one reads this inbox.",
    'I have now chased this five times.',
    'Hello again, I still have not had any reply to my complaint.',
    'Once more: please send the contract.',
    'Each time I call I am told someone will ring me back, and no one ever does.',
    'I have raised this ticket three separate times.',
    'I asked for this weeks ago and still nothing.',
    'It has been a month since my first email.',
    'Again, I am asking you to remove the charge.',
    'still havent heard anything?? this is the 3rd time im asking',
    'This is getting ridiculous, I have been on hold for hours on four separate calls.',
    'Despite my numerous emails, nothing has been done.',
    'I have contacted your support team on multiple occasions.',
    'Yet another email from me about the same broken window.',
    'I sent the form back on the 3rd and have heard nothing since.',
    'Every time I ring I get voicemail.',
    'Why do I have to keep chasing you?',
    'Please respond to this email, I have been waiting for weeks.',
    'Hi Ruth, me again. I have tried the shop phone three times today and it rings out.',
    'I sent this same question on Monday and on Wednesday. Can someone please answer it?',
    'This is the third message I’ve left on your voicemail about the leak.',
    'It has now been ten days since I first reported the problem and I have heard nothing.',
    'I keep being told someone will call me back. Nobody has.',
    'Two emails, one voicemail and a message on your website, and still no answer.',
    'Have my emails been going to spam? I have written four times now.',
    'third time asking: where is my refund?',
    'I have been on hold twice today for over an hour each time.',
    'You promised a callback on Monday and again on Thursday.',
    'My last four emails have gone unanswered.',
    'Is there a reason nobody is replying to me?',
    'Last week I was told someone would be in touch within 24 hours. Still nothing.',
    'Checking in for the fourth time about the quote.',
    'Third reminder: the fence panels are still missing.',
    'I emailed, texted and messaged on Instagram.',
    'Left a voicemail plus an email yesterday.',
    'Is anybody there?',
    'Called on Tuesday and again Thursday, still no callback.',
    'No one ever picks up at your office.',
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    'Just following up on my note from last week, no pressure.',
    'I am writing to ask about the invoice.',
    'Once again, thank you for your help.',
    'The second phase starts in May.',
    'I never received a receipt, could you resend it?',
    'I asked our accountant and she said it is fine.',
    'Please see the attached emails for context.',
    'The system crashed three times today.',
    'Still waiting for the paint to dry before the second coat.',
    'I am following up on our conversation yesterday.',
    'This is my first time using your service.',
    'Per our call, I am attaching the form.',
    'Please reply when convenient.',
    'The pump failed twice during testing.',
    'We met three times last year to review the plan.',
    'Thanks again for your help.',
    'The trader called several times to confirm the price.',
    'Still waiting on the final numbers from accounting, should have them soon.',
    'This is the second draft of the agreement.',
    'Please see my earlier email for the schedule.',
    'I have asked Sara to follow up with you.',
    'Hi, first time writing in, I have a question about my bill.',
    'Thanks for calling me back so quickly.',
    'I emailed the drawings over yesterday, let me know if they arrived.',
    'Sorry for the multiple emails, I forgot the attachment.',
    'We spoke several times last year about the extension.',
    'Hi Ruth, just checking you got the artwork I sent on Monday.',
    'Thanks for calling me back so fast yesterday.',
    'I sent the form on Monday, please let me know if anything is missing.',
    'We have tried the new recipe three times and love it.',
    'I will call the shop again tomorrow to confirm the pickup time.',
    'Hi, thanks for the call earlier, as promised here is the file.',
    'I will call back on Thursday once I have checked with my wife.',
    'We spoke twice last week about the plans and I am happy with them.',
    'Hello, I hope you are well.',
    'The final reminder for the staff party goes out on Friday.',
    'Please pick up the keys from reception.',
    'I sent the brief on Monday and the photos on Wednesday.',
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});

test('a polite first nudge after a silence is not chasing', () => {
  expect(findings('Just bumping this in case it got buried, no worries if you are busy.')).toEqual([]);
});
