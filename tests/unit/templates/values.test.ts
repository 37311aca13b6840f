import { describe, expect, test } from 'vitest';
import { firstName, formatDay, nextBusinessDay, templateValues, type ProfileValues } from '../../../lib/templates';

const PROFILE: ProfileValues = {
  name: 'Sam Ortiz',
  business: 'Ortiz Web Studio',
  hourlyRate: 'USD 95 per hour',
  paymentTerms: 'payment within 14 days of invoice',
  bookingLink: 'https://cal.example/sam',
  signature: '',
};

describe('firstName', () => {
  test.each([
    ['Dana Whitfield', 'Dana'],
    ['Whitfield, Dana', 'Dana'],
    ['"Dana Whitfield"', 'Dana'],
    ['  Dana  ', 'Dana'],
  ])('takes the given name from "%s"', (display, expected) => {
    expect(firstName(display)).toBe(expected);
  });

  test.each([[undefined], [''], ['dana@acme.example']])('knows no name from %j', (display) => {
    expect(firstName(display)).toBeUndefined();
  });
});

describe('nextBusinessDay', () => {
  test.each([
    ['2026-11-23T10:00:00', 24], // Monday -> Tuesday
    ['2026-11-27T10:00:00', 30], // Friday -> Monday
    ['2026-11-28T10:00:00', 30], // Saturday -> Monday
  ])('after %s is the %ith', (iso, day) => {
    expect(nextBusinessDay(new Date(iso)).getDate()).toBe(day);
  });
});

describe('formatDay', () => {
  test.each([
    ['2026-01-01T09:00:00', 'Thursday, January 1'],
    ['2026-12-31T23:00:00', 'Thursday, December 31'],
  ])('writes %s as "%s"', (iso, expected) => {
    expect(formatDay(new Date(iso))).toBe(expected);
  });
});

describe('templateValues', () => {
  const now = new Date('2026-11-27T10:00:00');
  const values = templateValues({
    thread: { senderName: 'Dana Whitfield', subject: 'RE: Fwd: Website launch', evidence: 'just one more\n small thing' },
    profile: PROFILE,
    now,
  });

  test('fills thread values, with reply prefixes stripped and the quote on one line', () => {
    expect(values).toMatchObject({
      client_first_name: 'Dana',
      subject: 'Website launch',
      evidence_quote: 'just one more small thing',
    });
  });

  test('writes today and the next business day out in English', () => {
    expect(values.today).toBe('Friday, November 27');
    expect(values.next_business_day).toBe('Monday, November 30');
  });

  test('signs with the name alone when the profile has no signature', () => {
    expect(values.signature).toBe('Sam Ortiz');
  });

  test('prefers the profile signature and lets typed values win', () => {
    const typed = templateValues({
      thread: {},
      profile: { ...PROFILE, signature: 'Sam' },
      now,
      typed: { delivery_date: '3 November' },
    });
    expect(typed.signature).toBe('Sam');
    expect(typed.delivery_date).toBe('3 November');
    expect(typed.client_first_name).toBeUndefined();
  });
});
