import type { VariableName } from './variables';

/** What the open thread tells us, as the content script read it. */
export interface ThreadContext {
  /** The client's display name as the site shows it ("Dana Whitfield", "Whitfield, Dana"). */
  senderName?: string;
  subject?: string;
  /** The exact words that triggered the finding the draft answers. */
  evidence?: string;
}

/** The user's own details, as kept in settings. */
export interface ProfileValues {
  name: string;
  business: string;
  hourlyRate: string;
  paymentTerms: string;
  bookingLink: string;
  signature: string;
}

export interface ValueSources {
  thread: ThreadContext;
  profile: ProfileValues;
  now: Date;
  /** What the user typed for variables only they know (what was delivered, when). */
  typed?: Partial<Record<string, string>>;
}

/** Every variable's value that can be known; the rest stay absent so the draft shows them as blanks. */
export function templateValues(sources: ValueSources): Partial<Record<VariableName | string, string>> {
  const { thread, profile, now, typed = {} } = sources;
  return {
    client_first_name: firstName(thread.senderName),
    subject: stripReplyPrefixes(thread.subject),
    evidence_quote: thread.evidence?.trim().replace(/\s+/g, ' '),
    my_name: profile.name,
    business_name: profile.business,
    hourly_rate: profile.hourlyRate,
    payment_terms: profile.paymentTerms,
    booking_link: profile.bookingLink,
    // Mail clients add their own signature block below, so by default the sign-off is the name alone.
    signature: profile.signature.trim() || profile.name,
    today: formatDay(now),
    next_business_day: formatDay(nextBusinessDay(now)),
    ...typed,
  };
}

/** The first name from a display name; undefined when the site shows only an address. */
export function firstName(displayName: string | undefined): string | undefined {
  const name = displayName?.replace(/["']/g, '').trim();
  if (!name || name.includes('@')) return undefined;
  // "Whitfield, Dana" is how some directories write "Dana Whitfield".
  const given = name.includes(',') ? (name.split(',')[1] ?? '').trim() : name;
  const first = given.split(/\s+/)[0];
  return first || undefined;
}

function stripReplyPrefixes(subject: string | undefined): string | undefined {
  return subject?.replace(/^\s*((re|fwd?|aw|sv|tr)\s*:\s*)+/i, '').trim();
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Tuesday, November 24", in English like the templates. Written out rather than through
 * Intl.DateTimeFormat, whose first use costs the page 20 to 80 ms (measured in the content script).
 */
export function formatDay(date: Date): string {
  return `${WEEKDAYS[date.getDay()]}, ${MONTHS[date.getMonth()]} ${date.getDate()}`;
}

/** The next Monday-to-Friday day after `date` (public holidays are not known here). */
export function nextBusinessDay(date: Date): Date {
  const next = new Date(date);
  do next.setDate(next.getDate() + 1);
  while (next.getDay() === 0 || next.getDay() === 6);
  return next;
}
