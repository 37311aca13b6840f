import { defineRule } from './define-rule';

// Booked things a client can miss or move. A list, because "I missed a payment" or "I missed
// talking to you" must not count.
const BOOKING =
  '(call|meeting|appointment|appt|session|slot|booking|class|lesson|tasting|inspection|induction|review|walkthrough|viewing|consultation|interview|visit|demo|training|onboarding|webinar|check-in|fitting|tour|presentation|standup|sync|catch-up|reservation|drop-off|pickup|pick-up|#Time|#Value)';
// Wording that makes a change last-minute rather than planned ahead.
const SAME_DAY = /\b(today|tonight|this (morning|afternoon|evening)|right now|now|in (about |around )?(an|half an|\d+) (hour|minutes|mins)|after all|any ?more|no longer|last[- ]minute)\b/i;
// Signs the writer is giving notice ahead: "a few days out", "for Thursday", "next week".
const ADVANCE = /\b(days (out|away|ahead)|in advance|next (week|month)|a few days|plenty of (notice|time)|for (next )?\w+day)\b/i;
const SOMETHING_CAME_UP = /\bsomething(['’]?s| has)? (came|come) up\b/i;
const MOVE_IT = /\b(can|could) we (push|move|reschedule|bump|shift)\b/i;
// Dropping or moving a booking: disruption when it is for today, ordinary planning days ahead.
const SAME_DAY_ONLY = [
  // "can't make the 9:30 today", "I won't be home for the 10am inspection today after all"
  /\b(can['’]?t|cannot|can not|won['’]?t be able to|will not be able to|won['’]?t|will not|not going to|unable to|couldn['’]?t)\s+(make|attend|do|come|get|be (home|there|in|around|back) (for|by))\s+((in|over|by|to|there|it to|in for|over for)\s+)?(it|the|our|my|your|today|tonight|this|\d)[^.!?,]{0,30}/i,
  // "Something came up, can we push the call to tonight?"
  SOMETHING_CAME_UP,
  // "can we push it to 5?", "could we reschedule?", "can we do it tonight?"
  MOVE_IT,
  /\b(can|could) (we|you|i|u) (do|make|have) (it|this|that|the \w+)\b[^.!?]{0,20}?\b(later|tonight|today|now|this (morning|afternoon|evening))\b/i,
  // "can the inspector come back later today?"
  /\b(can|could|would)\b[^.!?]{0,30}\b(come|pop|swing|stop|drop)( back| by| over| round| in)?\b[^.!?]{0,10}\b(later today|this (afternoon|evening|morning)|tonight)\b/i,
];

// The first place each wording occurs in the sentence.
function firstSpans(wordings: RegExp[], sentence: string, confidence: number) {
  return wordings.flatMap((wording) => {
    const m = wording.exec(sentence);
    return m ? [{ start: m.index, end: m.index + m[0].length, confidence }] : [];
  });
}

export default defineRule({
  id: 'schedule_disruption',
  explain: 'The client missed a booked time, wants to meet at once or outside the offered times, or moves a booking at the last minute.',
  cues: /miss|forgot|slept through|bail|no.show|make it|make the|make our|make my|come to|show up|turn up|be (home|there|in)|held up|\blate\b|stuck in|came up|come up|instead|free now|time now|available now|right now|\bnow\b|today|tonight|this (morning|afternoon|evening)|in (about |around )?(an|half an|\d+) (hour|min)|squeeze|fit (me|us) in|stay (open|late|until|till|behind)|before you open|after hours|outside (of )?(your|business|opening|office)|i know|even though|although|despite|realis|realiz|sunrise|dawn|midnight|can.?t come|cannot come|not get to|get to the|\d ?(am|pm)\b|supposed|meant to|booked|due (to|for|in)|scheduled|overslept|slept in|blank|free in|available in|around in|open(ing)? (up )?earl|open (late|later|longer|an extra)|resched|push (it|this|the|our)|move (it|this|the|our)|last.minute|slipped|went out of|mixed up|muddled|wrong|confused|there for|here for|home for|in for|around for|anyone|someone|somebody|the \w+ (come|pop)|can only|without an? (appointment|booking)|outside|downstairs|reception|car park|(back|forward|later|earlier) (from \S+ )?(to|by|until|till) |still (see|fit|take|do|seat|treat|squeeze)|rather than|(slots|times|dates|options|days)\b.{0,30}(work|suit)|(ring|call|phone) (me|us)|we said|we agreed|we booked|we planned|we arranged|settled on|(late|short) notice|last.minute/,
  patterns: [
    // "Sorry, I missed the onboarding call", "we completely forgot about the tasting yesterday"
    { match: `(i|we) (completely|totally|clean|accidentally)? (missed|forgot|skipped) (about)? (the|my|our|your|today's|this|yesterday's) ${BOOKING}`, confidence: 0.8 },
    { match: `(i|we) (completely|totally|clean|accidentally)? (missed|forgot|skipped) (about)? (the|my|our|your) #Adjective? ${BOOKING}`, confidence: 0.8 },
    // "sorry, missed my 8am slot, alarm didn't go off"
    { match: `(sorry|apologies) (i|we)? (missed|forgot) (my|our|the) ${BOOKING}`, confidence: 0.8 },
    // "so sorry I bailed on our 7am", "I slept through my appointment"
    { match: `(i|we) (bailed on|slept through|no-showed|flaked on|blanked on) (the|my|our|your|today's|this)`, confidence: 0.8 },
    // "the 10am walkthrough totally slipped my mind", "I got the times mixed up and wasn't there for my fitting"
    { match: '(slipped|went out of) (my|our) (mind|minds|head)', confidence: 0.75 },
    { match: '(got|had|mixed) (the|my|our) (times|dates|days|day|time|date) (mixed up|muddled|wrong|confused)', confidence: 0.75 },
    { match: /\b(was|were)(n['’]t| not) (there|here|home|in|around) for (my|the|our|your)\b/i, confidence: 0.75 },
    // "I am outside your office now, is anyone free to see me without an appointment?"
    { match: /\b(without) an? (appointment|booking)\b|\b(i['’]?m|i am|we['’]re|we are) (outside|here|downstairs|in reception|at (the|your) (door|desk|front)|in the car park)( your \w+| the \w+)?( right)? now\b/i, confidence: 0.65 },
    // "I can only do tonight", "we can only make it after 7"
    { match: /\b(i|we) can only (do|make( it)?|come( in)?|meet|manage|talk)\s+(tonight|now|right now|this evening|evenings|weekends|late|early|after \d|before \d)/i, confidence: 0.65 },
    // "Is anyone around at lunch to do it instead?"
    { match: /\b(is|are) (anyone|someone|somebody|you|the \w+)\s+(around|free|available)\s+(at lunch|today|this (morning|afternoon|evening)|tonight|now|later( today)?)\b/i, confidence: 0.65 },
    // "I had the wrong day in my diary and missed our meeting" (not "you missed our appointment")
    { match: /(?<!\b(you|they|he|she)\s+)\b(missed|missing|forgot about|forgot|skipped|skipping)\s+(the\s+|)(our|my|today['’]?s|this morning['’]?s|yesterday['’]?s)\s+(\w+\s+)?(call|meeting|appointment|appt|session|slot|booking|class|lesson|tasting|inspection|induction|review|walkthrough|viewing|consultation|interview|visit|demo|training|onboarding|webinar|check-in|fitting|tour|presentation|sync|catch-up|reservation|\d{1,2}([:.]\d\d)?\s*(am|pm)?)\b/i, confidence: 0.75 },
    // "Are you free in an hour?"
    { match: /\b(free|available|around)\s+in\s+(about |around )?(an|half an|\d+|a few|twenty|ten|fifteen|thirty)\s+(hour|minutes|mins)\b/i, confidence: 0.7 },
    // "Any chance you could open up early for me tomorrow?"
    { match: /\b(open|opening)\s+(up\s+)?(early|earlier)\b/i, confidence: 0.65 },
    // "I did not come to my appointment at 2pm today", "didn't show up for the fitting"
    { match: `(i|we) (did|could) not (come to|show up for|turn up for|make it to|get to|attend) (the|my|our|your|today's|this)`, confidence: 0.75 },
    // "got held up at work and didn't make it"
    { match: '(held up|stuck|delayed|caught up) .{0,6} (did|could) not make it', confidence: 0.75 },
    // "I'm running 20 minutes late", "stuck in traffic on the 405"
    { match: /\b(i['’]?m|i am|we['’]re|we are|i['’]ll|we['’]ll|i will|we will)\s+(be\s+|running\s+|going to be\s+)?(\w+\s+){0,4}late\b(?!\s+(fee|fees|payment|charge|notice))(?![^.!?]*\b(on \w+day|tomorrow|next (week|\w+day)))|\bstuck in (traffic|a meeting|the office|work)\b/i, confidence: 0.6 },
    // "do you have time now?", "is the mentor free now by any chance?", "Any chance you've got 30 min right now?"
    { match: /\b(you|you['’]?ve|you have|anyone|someone|anybody)\s+(have\s+|got\s+|get\s+)?(some |a few |any |the |\d+ )?(time|minutes?|mins?|a minute|a moment|a sec(ond)?)\s+(free\s+)?(right )?now\b|\b(are you|is (he|she|they|the \w+|anyone|someone|anybody)|you)\s+(free|available|around)\s+(right )?now\b/i, confidence: 0.8 },
    // "Can I bring it in now?", "can I present now, one-on-one?", "could you call me now?"
    { match: /\b(can|could|may)\s+(i|we|you|someone|somebody|anyone|the \w+)\s+(just\s+)?(come|pop|drop|bring|present|meet|talk|call|ring|see|jump|hop|swing|stop)\b[^.!?]{0,25}\b(right )?now\b/i, confidence: 0.75 },
    // "Call me now."
    { match: '(call|ring|phone) (me|us) (right)? now', confidence: 0.6 },
    // "Any chance you could squeeze me in at lunch today?", "could you fit us in this afternoon"
    { match: '(squeeze|fit) (me|us|him|her|them) in', confidence: 0.7 },
    // "Could we come by this afternoon instead?", "can we do 4pm instead", "make it 1 instead?"
    { match: /\b(\d{1,2}([:.]\d\d)?\s*(am|pm)?|noon|lunch(time)?|tonight|today|now|right now|tomorrow( morning| afternoon| evening)?|this (morning|afternoon|evening)|\w+day( morning| afternoon| evening)?|after \d+|later)\s+instead\b(?!\s+of)/i, confidence: 0.7 },
    // "Can someone just show me the machines when I come in in about an hour?"
    { match: /\b(come|be|get|pop|drop)\s+(in|by|over|round|there)\s+(in )?(about |around )?(an|half an|\d+) (hour|minutes|mins)\b/i, confidence: 0.65 },
    // "I know you close at 6 but...", "I know your hours end at 6", "I know you said you're closed weekends"
    { match: /\b(i know|even though|although|despite|i realise|i realize) (you|your|the|it['’]?s|it is|this is|that)\b[^.!?]{0,40}\b(close|closes|closed|end|ends|finish|finishes|shut|shuts|don['’]?t (usually |normally )?(do|work|open)|only (do|work|open)|not (one of )?(your|the) (usual )?(times|slots|hours|days)|outside|earliest|latest|after hours|out of hours)\b/i, confidence: 0.75 },
    // "could someone stay until 7?", "before you open", "after hours"
    { match: /\b(stay|keep (it|the \w+) open)\s+(open\s+|behind\s+)?(late|later|longer|an extra (hour|half hour|\d+ minutes)|(until|till|til|past)\s+\d)/i, confidence: 0.7 },
    // "I was supposed to be there at 10 but overslept"
    { match: /\b(was|were) (supposed|meant|booked|due|scheduled) (to|for|in)\b[^.!?]{0,40}\bbut\b|\b(overslept|slept in)\b/i, confidence: 0.7 },
    // "Is there any way to do the session at 10pm?", outside anyone's working hours
    { match: /\b(can|could|would|any way|any chance|possible|able to)\b[^.!?]{0,50}\b((at|after|around|until|till)\s+(9|10|11|12)(:\d\d)?\s*pm|(at|before|around)\s+[4-7](:\d\d)?\s*am|at (sunrise|dawn|midnight))\b/i, confidence: 0.6 },
    { match: /\bbefore (you|the (shop|office|clinic|practice|studio|garage|gym)) opens?\b|\bbefore (his|her|their|your) first (patient|client|appointment|class)\b/i, confidence: 0.65 },
    // "Can we reschedule today's session?", "can we push this morning's call?"
    { match: /\b(resched\w*|push|move|bump|shift)\s+(back\s+)?(today['’]?s|tonight['’]?s|this (morning|afternoon|evening)['’]?s)\b/i, confidence: 0.75 },
    // A booked time moved at short notice: "could you push service back from 2 to 4", "bring the fitting forward an hour"
    {
      match: /\b(?:push|pushed|move|moved|bump|bumped|shift|shifted|bring|brought|pull|pulled)\b (?:(?:the|our|my|it|this|that|service|everything|things|dinner|lunch) )?(?:\w+ )?(?:back|forward|later|earlier)\b (?:from \S+ )?(?:to|by|until|till) (?:\d|an? (?:hour|couple)|half|noon|midday|the (?:evening|afternoon))(?![^.!?]*\bnext (?:week|month|\w+day)\b)/i,
      confidence: 0.65,
    },
    // Owning up to the late change: "it's all a bit last minute, sorry", "I know this is very last-minute"
    { match: /\b(?:all a bit|a bit|very|rather|so|really|quite|super|terribly|awfully|such a|i know it['’]?s|i know this is|sorry (?:it['’]?s|this is|for the)) last[- ]minute\b|\bsorry (?:for|about) the (?:late|short) notice\b/i, confidence: 0.65 },
    // Late on the way: "running 25 mins late", "can you still see me if I get there at 10:10?"
    { match: /(?:^|\b(?:sorry|apologies|afraid|heads up|fyi|just)[,:!–—-]*\s+)running (?:about |around |nearly |almost |maybe )?(?:a (?:bit|little|few minutes) |\d+ ?(?:mins?|minutes) |(?:five|ten|fifteen|twenty|thirty|half an hour|an hour)(?: mins| minutes)? )?late\b/i, confidence: 0.7 },
    { match: /\b(?:can|could|will|would) you still (?:see|fit|take|do|seat|treat|squeeze) (?:me|us|him|her|them)\b/i, confidence: 0.7 },
    // A start time swapped for another: "a 5pm start instead of 6", "can we do half 3 rather than 2?"
    { match: /\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?: (?:start|kick-?off|arrival|finish|slot|session))? (?:instead of|rather than) (?:the )?\d/i, confidence: 0.7 },
    // The offered times refused: "your slots on the 14th don't work for me", "none of those times suit"
    { match: /(?<!\b(?:if|in case|should|when) )\b(?:your|the|those|these|the offered|both|all (?:the|your|of (?:the|your))) (?:\w+ )?(?:slots|times|dates|options|days)\b[^.!?]{0,25}?\b(?:do ?n['’]?t|do not|wo ?n['’]?t|will not|really do ?n['’]?t) (?:really )?(?:work|suit)\b|\bnone of (?:those|these|the|your) (?:\w+ )?(?:slots|times|dates|options|days) (?:work|suit)/i, confidence: 0.65 },
    // Booking over the calendar: "I've put an invite in for 8pm on the 13th instead"
    { match: /\b(?:i['’]?ve|i have|i|we['’]?ve|we have) (?:gone ahead and |already )?(?:put|sent|booked|moved|scheduled|set up|pencilled|penciled|popped|dropped) (?:an? |the )?(?:invite|invitation|meeting|call|slot|appointment|it|us|something)\b[^.!?]{0,40}?\binstead\b/i, confidence: 0.7 },
    // Free this minute: "I'm free right now", "ring me in the next ten minutes"
    { match: /\b(?:i['’]?m|i am|we['’]re|we are) (?:free|available|around|at my desk) (?:right now\b|now\s*(?:[.!,;—–-]|$|if you\b|for (?:a|the)\b|to (?:talk|chat|speak|call|meet|go through)\b))/i, confidence: 0.7 },
    { match: /\b(?:ring|call|phone) (?:me|us) (?:back )?(?:in|within) the next (?:\w+|\d+) (?:minutes|mins|hour)\b/i, confidence: 0.7 },
    // The agreed day set aside: "I know we said Thursday but this can't wait"
    { match: /\bi know we (?:said|agreed|booked|planned|arranged|settled on)(?: on)? (?:\w+)(?: \w+)?,? but\b/i, confidence: 0.6 },
  ],
  detect: (sentence) => {
    if (SAME_DAY.test(sentence)) return firstSpans(SAME_DAY_ONLY, sentence, 0.75);
    // "Something came up, can we push to Friday?" with no sign of notice is short notice too.
    if (!ADVANCE.test(sentence) && SOMETHING_CAME_UP.test(sentence) && MOVE_IT.test(sentence)) {
      return firstSpans([SOMETHING_CAME_UP], sentence, 0.6);
    }
    return [];
  },
  unless: [
    // Confirming or accepting a slot: "Thursday 4pm works", "see you at 6:15".
    /\b(works (for|fine|great|well)|suits (me|us)|see you (then|at|on|there|tomorrow|next))\b/i,
    // The business's own change: "the class is cancelled today", "our office will be closed".
    /\b(we|our \w+) (will be|are|is) closed\b/i,
  ],
  examples: {
    flag: [
      'Sorry, I completely missed our 9am consultation, do you have time now?',
      'We forgot about the fitting this morning, could we come in this afternoon instead?',
      "I can't make the 2pm viewing today after all.",
      'Any chance you could squeeze me in at lunch?',
      'I know the office closes at 5 but could someone stay until 7 for me?',
      'Something came up, can we push the call to tonight?',
      'Can we do 4pm instead?',
      'Is the trainer free now by any chance?',
      'Can I drop it off now? I am five minutes away.',
      "I'm running about 40 minutes late for the appointment.",
      'Could you call me now instead of tomorrow?',
      "Can we reschedule this afternoon's demo?",
    ],
    pass: [
      'Could we move next month’s session from the 12th to the 14th?',
      'Confirmed, Thursday at 4pm works for us.',
      'See you at 6:15 on Thursday for the scan.',
      'I missed a payment in March and the fee was added.',
      'Can we book a call for next Tuesday at 3?',
      'Something has come up for Friday, can we find another day next week?',
      'I missed talking to you at the conference.',
      'Our office will be closed today for the holiday.',
      'The meeting has been moved to Thursday at 10.',
    ],
  },
});
