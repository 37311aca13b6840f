import { describe, expect, test } from 'vitest';
import { stripSignature } from '../../../lib/engine/clean/signature';

const tidy = (text: string) => stripSignature(text).trim();

describe('stripSignature', () => {
  test.each([
    ['the "-- " delimiter and what follows', 'See you then.\n\n-- \nrick', 'See you then.'],
    ['"Sent from my iPhone"', 'Here is another email\n\nSent from my iPhone', 'Here is another email'],
    ['a device line with its link', 'Done.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>', 'Done.'],
    ['a translated device line', 'Merci.\n\nEnvoyé de mon iPad', 'Merci.'],
    ['a name written above "via mobile"', 'I limited it to the homepage.\n\nStavros X\nvia mobile', 'I limited it to the homepage.'],
    ['everything after a device line', 'Reply.\n\nSent from my Wiko RIDGE FAB 4G\n\nOlder text', 'Reply.'],
    ['a sign-off with a name and contact block', 'Can you call me?\n\nThanks,\nBob\nBob Smith | Acme | 555-0100', 'Can you call me?'],
    ['a sign-off sharing its line with the name', 'Test reply\n\nRegards, Roman', 'Test reply'],
    ['a contact block without a sign-off', 'The report is late.\n\nGina X\ngina@example.com\n(555) 346-9947\nwww.example.com', 'The report is late.'],
    ['a confidentiality footer', 'Please confirm.\n\nThis email and any attachments are confidential and intended solely for the addressee.', 'Please confirm.'],
    ['a mailing-list footer after "--"', 'Question?\n\n--\nYou received this message because you are subscribed to the Google Groups "x" group.', 'Question?'],
    ['a short "__" rule before a mailing-list footer', 'Question?\n\n__\nriak-users mailing list\nriak-users@lists.example.com', 'Question?'],
    ['a "-Name" line at the very end', 'I am using the Java API.\n\n-Abhishek Kona', 'I am using the Java API.'],
  ])('removes: %s', (_name, input, expected) => {
    expect(tidy(input)).toBe(expected);
  });

  test.each([
    ['"--" between two paragraphs of the message', 'Part one of my complaint.\n--\nPart two: the invoice was wrong again.'],
    ['a "--" inside a sentence', 'And here is a fix -- this is not a signature.\n\nkthxbai'],
    ['a "Sent from my" sentence', 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.'],
    ['a postscript after the sign-off', 'See attached.\n\nThanks,\nBob\nP.S. The invoice is still wrong.'],
    ['heartfelt thanks, which is appreciation', 'The new site is live.\n\nThank you so much!'],
    ['a dashed list at the end', 'We will have:\n\n-More Towers\n-More Engineers\n-More Bandwidth'],
    ['a lone name with no signature around it', 'Le paragraphe qui pose problème.\n\nMichael Scott'],
    ['an address in an appointment', 'Response\n\n10/19/2017 @ 9:30 am for physical therapy\nBla\n1517 4th Avenue Ste 300\nLondon CA 19129, 555-421-6780\n\nJohn Doe, FCLS\nMailgun Inc\n555-941-0697'],
    ['markdown rules between paragraphs', '## Key Points\n----\n\n1. Faster by 50%\n\n----\n\nThe dashes above are formatting.'],
  ])('keeps: %s', (_name, input) => {
    expect(tidy(input)).toBe(input);
  });

  test('a message that is only a sign-off stays as it is', () => {
    expect(tidy('Thanks,\nBob')).toBe('Thanks,\nBob');
  });
});
