import { defineRule } from './define-rule';

export default defineRule({
  id: 'cancellation_threat',
  explain: 'The client says they may end the relationship or move to another provider.',
  cues: /cancel|terminat|renew|elsewhere|vendor|provider|supplier|compan|notice|done|switch|leav|stop using|use you|find someone|look(ing)? (at|for)|other option|alternative|close (my|our|the) account|end (the|our|this)|pull (the|our)/,
  patterns: [
    // "we'll take our business elsewhere"
    { match: '(take|move|bring) (our|my|the) (business|account|work|money|custom) (elsewhere|somewhere else|to #Noun)' },
    // "we will be looking at other vendors", "I'm going to find another company"
    { match: '(look|looking|shop|shopping|find|finding|search|searching|consider|considering) (at|for|around)? (other|another|a different|a new|alternative) (vendors?|providers?|suppliers?|companies|company|agency|agencies|firm|firms|options|shops?|contractors?|developers?|someone|services?)' },
    // "we might not use you anyway", "we will stop using your service"
    { match: '(stop|quit|cease) (using|working with) (you|your|#Possessive)', confidence: 0.85 },
    { match: '(#Pronoun) (might|may|will|wo|won|would|are|am) not? (be)? (use|using|need|needing) (you|your services) (again|anymore|any longer|anyway)?', confidence: 0.7 },
    // "we will cancel our contract", "I want to cancel my subscription"
    { match: '(cancel|cancelling|canceling|terminate|terminating|end|ending|close|closing) (our|my|the|this) (contract|subscription|account|service|services|agreement|membership|plan|retainer|relationship)', confidence: 0.85 },
    // "we won't be renewing", "we are not going to renew"
    { match: 'not (be|going to)? (renew|renewing|extend|extending)', confidence: 0.85 },
    // "consider this our notice"
    { match: 'consider this (our|my) (notice|notice of termination)', confidence: 0.9 },
    // "if this happens again we are done"
    { match: '(we are|we\'re|i am|i\'m) (done|finished) (with you|here)?', confidence: 0.65 },
    // "switching to another provider"
    { match: '(switch|switching|move|moving|go|going) (over)? to (another|a different|a new|a competitor|#Organization)', confidence: 0.7 },
  ],
  unless: [
    // "cancel the 3pm call", "can we cancel Thursday's meeting"
    /cancel\w* (the |our |my |this |that |tomorrow'?s? |today'?s? |\w+day'?s? )?(\d\S* )?(call|meeting|appointment|session|booking|order line|visit|demo|standup|interview)/i,
  ],
  examples: {
    flag: [
      "If this slips again we'll take our business elsewhere.",
      'We will be looking at other vendors for next year.',
      'Please consider this our notice.',
      'We want to cancel our contract effective immediately.',
      "Honestly we won't be renewing.",
    ],
    pass: [
      'Can you cancel the 3pm call?',
      'We will not cancel the contract.',
      'Our legal team is reviewing the renewal terms.',
      'Thanks for sorting out the account so quickly.',
    ],
  },
});
