import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Wordings beyond the rule's own examples: other phrasings of the same meaning, and the calm mail
// that shares its words. Each sentence runs through the whole engine.
function findings(text: string) {
  return analyzeMessage({ text }).findings.filter((f) => f.category === 'appreciation');
}

describe('appreciation', () => {
  test.each([
    'Thanks so much for squeezing us in yesterday, it really helped.',
    'Your team did a brilliant job on the refit.',
    'I am so grateful for your patience with me.',
    'The new website is amazing, everyone loves it.',
    'Just wanted to say you guys are the best.',
    'Hats off to your installer, he was brilliant.',
    'Honestly the best customer service I have ever had.',
    'We really appreciate how quickly you turned that around.',
    'You made our wedding day perfect.',
    'Cheers for going above and beyond on the catering.',
    'What a fantastic result, well done!',
    'My daughter loves her lessons with Ms. Kim.',
    'I was really impressed with how your team handled the move.',
    'You rescued our launch, thank you.',
    'Please pass on my thanks to the whole crew.',
    'Well done to everyone involved.',
    'The kitchen looks incredible, we cannot stop staring at it.',
    'Big thanks to Omar for staying late on Friday.',
    'Your advice made such a difference to our launch.',
    'We are absolutely delighted with the photos.',
    'I have never had such friendly service anywhere.',
    'You have been a huge help this year.',
    'Genuinely the nicest team to work with.',
    'I just wanted to let you know how happy we are with the new system.',
    'Top marks to the delivery crew.',
    'Thank you for being so patient with all my questions.',
    'Hugely impressed by how fast that was fixed.',
    'You are a star, thank you!',
    'omg the cake was PERFECT, everyone was talking about it all night',
    'Honestly you are a lifesaver.',
    'We could not have asked for a better team.',
    'Just a note to say how much we enjoyed working with you.',
    'Everyone at the office is raving about the new coffee machine.',
    'Your patience with my dad was so kind.',
    'Five stars from us.',
    'We will definitely be recommending you to friends.',
    'Just had to write: Jade has gone from dreading maths to asking for extra worksheets. Whatever you are doing, it works.',
    'The flyers came out exactly how we pictured them, and the colours are spot on.',
    'Your mechanic took the time to explain everything to my mum, which meant a lot.',
    'Honestly, you turned a disaster into the best night of the year.',
    'Sarah at reception deserves a raise.',
    'The new boiler is so quiet we forget it is on. Brilliant job.',
    'You have been amazing through all of this.',
    'Couldn’t recommend you more highly.',
    'The team were so professional and friendly, thank you all.',
    'Massive thanks for sorting the boiler so fast.',
    'Please tell Dan he is a legend.',
    'We are over the moon with the new kitchen.',
  ])('flags: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).not.toEqual([]);
  });

  test.each([
    'Thanks,\nMaria',
    'Thank you for your email.',
    'Thanks in advance for your help.',
    'Thanks for the update, I will check with the team.',
    'Best regards, Tom',
    'Thank you for your time.',
    'It would be amazing if you could do it by Friday.',
    'Great, see you Thursday.',
    'I would appreciate a call back today.',
    'Appreciate it if you could send the invoice.',
    'We need a great solution for this problem.',
    'Oh great, another outage.',
    'Thanks for your email, I will respond shortly.',
    'Thank you for the quote, we will review it.',
    'Kind regards and thanks,\nJoe',
    'Thanks again,\nSara',
    'Please find attached the revised schedule, thanks.',
    'I appreciate that you are busy, but this needs an answer.',
    'Great, that works.',
    'Sounds great, talk Monday.',
    'The great thing about this plan is the flexibility.',
    'We had a great time at the conference.',
    'Thanks for the info.',
    'Thank you for your prompt reply regarding the invoice, please see my questions below.',
    'It is a great opportunity to expand in Europe.',
    'Great, please go ahead with the order.',
    'I appreciate your concern but the decision is final.',
    'Thanks for the reminder.',
    'Appreciate the quick reply, but the issue is still there.',
    'Thank you for letting me know.',
    'Many thanks for sending the quote.',
    'Thank you for your understanding.',
    'The flyers arrived, could you send the invoice?',
    'Your mechanic said the car needs new tyres, how much would that be?',
    'Sarah at reception said you could help with my booking.',
    'The new boiler is installed, the old one needs collecting.',
    'Got the quote, thanks. I will discuss it with my husband.',
    'Thanks for confirming.',
    'Cheers, speak soon.',
    'Thank you, I have received it.',
    'That is great, please send the invoice.',
  ])('passes: %s', (sentence) => {
    expect(findings(sentence).map((f) => f.evidence)).toEqual([]);
  });
});

test('a sign-off alone is not appreciation', () => {
  expect(findings('Can you resend the invoice?\n\nThanks,\nBob')).toEqual([]);
});
