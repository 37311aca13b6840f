import type { CategoryId } from '../../lib/engine/categories';
import type { ThreadContext } from '../../lib/templates';

/** The made-up client message the template preview is rendered against, one line per category. */
export const SAMPLE_THREAD: Omit<ThreadContext, 'evidence'> = { senderName: 'Dana Whitfield', subject: 'Website launch' };

export const SAMPLE_EVIDENCE: Record<CategoryId, string> = {
  cancellation_threat: "If this slips again we'll take our business elsewhere.",
  legal_threat: 'I will be speaking to my lawyer about this.',
  reputation_threat: "I'll make sure everyone knows about this in my review.",
  payment_dispute: "I'm not paying this invoice until it works.",
  hostility: 'This is a complete rip-off.',
  blame_dispute: 'It worked fine before you touched it.',
  scope_creep: 'While you are at it, add a booking page. It should only take five minutes.',
  unpaid_work_request: 'Could you dig through our logs and tell us why the server crashed?',
  condescension: "It's not rocket science.",
  urgency_pressure: 'I need this done today, ASAP!!!',
  schedule_disruption: 'Sorry I missed the call, do you have time now?',
  repeated_contact: 'This is my third email and I am still waiting.',
  appreciation: 'Thank you so much, you went the extra mile.',
};
