import { defineRule } from './define-rule';

// What turns a plain word like "immediately" or "today" into a demand: someone needs, wants or
// orders it. Without one of these, "I immediately called the bank" is only a story.
const DEMAND = '(need|needs|needed|want|wants|must|expect|require|demand|insist|please|#Imperative)';
// compromise cannot follow a `.{0,n}` gap with a multi-word alternative, so each phrase gets its
// own pattern.
const AT_ONCE = ['(immediately|urgently)', 'right now', 'right away', 'at once', 'straight away', 'without delay', 'this instant'];
const SHORT_DEADLINE = [
  '(today|tonight)',
  'this (morning|afternoon|evening)',
  'by (tomorrow|tonight|noon|midday|lunchtime|eod|cob)',
  'by end of day',
  'by the end of the day',
  'by close of business',
  'first thing tomorrow',
];

export default defineRule({
  id: 'urgency_pressure',
  explain: 'The client demands immediate action or sets a very short deadline.',
  cues: /urgen|asap|a\.s\.a\.p|as soon as|immediate|right (now|away)|at once|straight away|this (instant|minute|morning|afternoon|evening)|without delay|today|tonight|tomorrow|end of (the )?day|\beod\b|\bcob\b|close of business|noon|midday|lunchtime|within|in the next|can.?t wait|cannot wait|can not wait|priorit|drop everything|whatever else|comes first|before anything else|the (second|minute|moment) you|emergency|time.sensitive|of the essence|every (single )?(minute|hour|second|day)|hurry|chop chop|move on|make it happen|yesterday|no later than|or else|now\b|go(es|ing)? live|launch|starts|begins|opens|due in|jump on|get on|by the time|whatever it takes|no time to|not (waiting|going to wait|prepared|willing)|deadline|someone here|instead of|rather than|not next|too late|acceptable|delay|whatever|everything|what you|\d ?(am|pm)\b|matter of|treat|at the latest|before|front of|top of|head of|jump the|tight|short notice|(big|tall|huge) (ask|order)|a push|a stretch|cutting it|pushing it|squeeze|(move|moved|moving|bring|brought|bringing|pull|pulled|pulling)\b.{0,25}forward|(moved|brought|pulled|bumped) (their|the|our|its|his|her|my)|end of (today|play|business)|close of play|by (the )?(morning|lunch|noon|midday)|in the morning|first thing|clock|sooner the better/,
  patterns: [
    // "This is urgent.", "it's extremely urgent"
    { match: '(this|it|that|matter) (is|was) (very|really|extremely|incredibly|super|so)? urgent', confidence: 0.85 },
    // "Urgent: the site is down", "I urgently need the files"
    { match: '(urgent|urgently)', confidence: 0.6 },
    // "URGENT!!!", "need it today!!", "ASAP!!"
    { match: /\b(urgent|asap|now|today|tonight|immediately|right away)\s*!{2,}/i, confidence: 0.9 },
    // "I need it back TODAY", "call me NOW" (capitals inside an otherwise normal sentence; ASAP is
    // written in capitals anyway)
    { match: /(?<=[a-z][^]*)\b(TODAY|TONIGHT|NOW|IMMEDIATELY|URGENT)\b|\b(TODAY|TONIGHT|NOW|IMMEDIATELY|URGENT)\b(?=[^]*[a-z])/, confidence: 0.75 },
    // "Please send the figures ASAP." A bare ASAP in business mail is often calm, so it is weak.
    { match: /\b(asap|a\.s\.a\.p)\b/i, confidence: 0.55 },
    { match: /\bas soon as (humanly )?possible\b/i, confidence: 0.55 },
    // "I need the contract signed ASAP", "call me back asap"
    { match: '(need|needs|want|must|call|ring|phone|fix|sort) .{0,6} asap', confidence: 0.7 },
    { match: '(need|needs|want|must|call|ring|phone|fix|sort) .{0,6} as soon as possible', confidence: 0.7 },
    // "Roll it back right now", "I need this fixed immediately", "please refund me at once"
    ...AT_ONCE.map((phrase) => ({ match: `${DEMAND} .{0,8} ${phrase}`, confidence: 0.8 })),
    // "Fix it now.", "I need someone here now!"
    { match: /\b(need|needs|want|fix|call|ring|phone|send|sort|refund|help|roll)\b[^.!?;,]{0,30}?\b(right )?now\s*(?:[.!?]|$)/i, confidence: 0.7 },
    // "I need the floor plan by 3pm today", "someone needs to come and look at it today"
    ...SHORT_DEADLINE.map((phrase) => ({ match: `(need|needs|want|must|expect|require|have to|has to|got to) .{0,8} ${phrase}`, confidence: 0.7 })),
    // "I need this in my hands by 5pm"
    { match: '(need|needs|want|must|expect|require|have to|has to) .{0,8} by #Time', confidence: 0.65 },
    // "I need it back by 3 today", "have it here by 9am tomorrow"
    { match: /\bby (\d{1,2}([:.]\d\d)?\s*(am|pm)?|noon|midday|lunch(time)?|end of (the )?day|eod|cob) (today|tonight|tomorrow|this (morning|afternoon|evening))\b/i, confidence: 0.7 },
    // "in the next 15 minutes", "within the hour", "within 2 hours"
    { match: /\b(need|needs|want|wants|must|expect|please|require|insist|get back|reply|respond|call|ring|send|be here)\b[^.!?]{0,80}?\b(in|within) the next (hour|half hour|half an hour|couple of hours|few (minutes|hours)|(\d+|five|ten|fifteen|twenty|thirty) (minutes|mins|hours))\b/i, confidence: 0.8 },
    { match: /\b(need|needs|want|wants|must|expect|please|require|insist|get back|reply|respond|call|ring|send|be here)\b[^.!?]{0,80}?\bwithin (the|an|one|half an|\d+|two|three|a couple of|a few) (hour|hours|minutes|mins)\b/i, confidence: 0.75 },
    // "by tomorrow noon instead of next Wednesday", "TOMORROW, not Friday"
    { match: /\b(today|tonight|tomorrow|now|by \w+day|hours|minutes)\b[^.!?]{0,25}\b(instead of|rather than|not)\s+["“']?(\w+day|tomorrow|next|later|sometime|this week|the \d)/i, confidence: 0.85 },
    // 'Not "sometime this week", today.'
    { match: /\b(not)\s+["“']?(sometime|next week|this week|later|tomorrow|\w+day)[^.!?]{0,25}?[,.]?\s*(today|now|tonight)\b/i, confidence: 0.85 },
    // "by end of day or else", "fix it today or else"
    { match: /\b(today|tonight|tomorrow|end of (the )?day|eod|now|immediately|asap)\b[^.!?]{0,25}\bor else\b/i, confidence: 0.9 },
    // "We go live in an hour and the payment page is blank"
    { match: /\b(go live|goes live|going live|launch|launches|start|starts|begins|opens|deadline is|due)\s+in\s+(an|one|two|half an|\d+|a few|the next)\s+(hour|hours|minutes|mins)\b/i, confidence: 0.65 },
    // "Please jump on this", "get on this right away"
    { match: '(jump|get) on (this|it) (now|immediately|today|please|asap)?', confidence: 0.6 },
    // "Please have this fixed by the time I get in tomorrow"
    { match: 'by the time (i|we) (get|arrive|wake|land|come|am|are|leave)', confidence: 0.65 },
    // "Whatever it takes, get it done today."
    { match: '(get|have) (it|this|that|them) (done|fixed|sorted|finished|delivered|sent|back|ready|here|there|resolved) (by)? (today|tonight|now)', confidence: 0.75 },
    { match: 'whatever it takes', confidence: 0.7 },
    // "There is no time to waste."
    { match: 'no time to (waste|lose|spare)', confidence: 0.75 },
    // "I'm not waiting until next week", "we are not prepared to wait"
    { match: '(i am|we are|i will|we will) not (waiting|going to wait|prepared to wait|willing to wait|wait)', confidence: 0.75 },
    // "We need movement on this now, not promises."
    { match: /\b(need|needs|want|wants|must)\b[^.!?;]{0,30}?\bnow\b,?\s+not\b|\bnow\b,?\s+not\s+(later|tomorrow|next|promises|excuses|\w+day)\b/i, confidence: 0.8 },
    // "Can you get someone here this afternoon?"
    { match: /\b(get|send|have|need)\s+(someone|somebody|a technician|an engineer|a plumber|an electrician|a locksmith|help|a tech)\s+(here|over|out|round|around|on site|onsite|to (me|us|the \w+))?\s*(today|now|this (morning|afternoon|evening)|tonight|asap|immediately|straight away|right away)\b/i, confidence: 0.75 },
    // "The deadline is end of day"
    { match: /\bdeadline is (today|tonight|end of (the )?day|eod|cob|noon|this (morning|afternoon|evening)|in (an|\d+) (hour|hours|minutes))\b/i, confidence: 0.6 },
    // "we need it by Friday morning at the latest", "please make it happen"
    { match: '(need|needs|must|have to|has to) .{0,10} at the latest', confidence: 0.65 },
    { match: '(please|just) make it happen', confidence: 0.6 },
    // "I must have the contract back before my 4pm meeting", "it needs to be live before noon"
    // ("I need them before the event" is only planning)
    { match: '(need|needs|must) .{0,10} before (#Time|noon|midday|tonight|today|lunch|then)', confidence: 0.6 },
    { match: '(need|needs|must) .{0,10} before (my|our|the) #Time', confidence: 0.6 },
    // "Please can this go to the front of the queue?"
    { match: '(front|top|head) of (the|your) (queue|list|line|pile)', confidence: 0.6 },
    { match: 'jump the (queue|line)', confidence: 0.65 },
    // "Tomorrow is too late.", "Next week is not acceptable", "Any delay is unacceptable"
    { match: /\b(tomorrow|next week|monday|tuesday|wednesday|thursday|friday|later|that|waiting)\s+(is|would be|will be)\s+(far |way |much )?(too late|not acceptable|unacceptable|not good enough|no good)\b/i, confidence: 0.8 },
    { match: /\b(any|further|more) (delay|delays|waiting)\s+(is|are|will be|would be)\s+(unacceptable|not acceptable|not an option)\b|\bcan(not|['’]t) afford (any|a|another|more) (delay|delays)\b/i, confidence: 0.8 },
    // "This can't wait.", "it cannot wait until Monday"
    { match: '(this|it|that) can not wait', confidence: 0.85 },
    // "I can't wait until tomorrow", "we can't afford to wait"
    { match: '(i|we) can not (afford to)? wait (until|till|for|another|around|any|much)', confidence: 0.7 },
    // "I need it working. Right now." (a sentence of its own)
    { match: /^(right now|immediately|now|asap|at once)\s*[.!]+$/i, confidence: 0.8 },
    // "This is top priority."
    { match: '(this|it) is (a|an|the|my|our)? (top|highest|number one|urgent) priority', confidence: 0.7 },
    // "Drop everything and look at this."
    { match: 'drop everything', confidence: 0.9 },
    // "Whatever else your team is doing, this comes first."
    { match: 'whatever else (you|your|#Possessive)', confidence: 0.85 },
    { match: '(stop|drop|pause) (whatever|everything|what) you', confidence: 0.85 },
    { match: '(this|it) (comes|goes) first', confidence: 0.75 },
    { match: '(this|it|that) (before|ahead of) (anything|everything) else', confidence: 0.75 },
    // "Please make this your priority this morning", "make it your number one priority"
    { match: '(make|making) (this|it) (your|a|the|our)? (top|first|number one|highest|absolute)? priority', confidence: 0.8 },
    // "Please have someone prioritise it."
    // "Please treat this as a top priority", "as a matter of urgency"
    { match: '(treat|treating|handle|handling) (this|it) as (a|an)? (top|high|highest|absolute|urgent|emergency)', confidence: 0.8 },
    { match: 'as a matter of (urgency|priority)', confidence: 0.85 },
    { match: '(prioritise|prioritize|priortise|prioritizing|prioritising) (this|it|my|our|the)', confidence: 0.7 },
    // "Call me the second you get this."
    { match: '(the second|the minute|the moment|as soon as) you (get|read|see|receive|open) (this|my|it)', confidence: 0.8 },
    // "This is an emergency."
    { match: '(this|it) is an emergency', confidence: 0.8 },
    // "time is of the essence", "this is time-sensitive"
    { match: /\btime is of the essence\b|\btime[- ]sensitive\b/i, confidence: 0.65 },
    // "Every minute this is down is costing us money."
    { match: /\bevery (single )?(minute|hour|second|day)\b[^.!?]{0,30}\b(cost|costs|costing|counts|matters|lost|losing|down)/i, confidence: 0.75 },
    // "hurry up", "chop chop", "get a move on"
    { match: '(hurry up|chop chop|get a move on|step on it)', confidence: 0.75 },
    // "please just make it happen"
    { match: 'just make it happen', confidence: 0.6 },
    // "I needed this yesterday."
    { match: '(need|needed) (it|this|that|them|the #Noun)? yesterday', confidence: 0.8 },
    // "no later than tonight"
    { match: 'no later than (today|tonight|tomorrow|noon|midday|#Time)', confidence: 0.65 },
    // Owning up to the squeeze while applying it: "I know that's tight", "I know it's a big ask"
    { match: /\bi know (?:that['’]?s|it['’]?s|this is|that is|it is|it will be|that will be) (?:a bit |very |really |rather |quite |pretty |super )?(?:tight|short notice|a (?:big|tall|huge) (?:ask|order)|a push|a stretch|cutting it (?:fine|close)|pushing it|a squeeze)\b/i, confidence: 0.7 },
    // A date pulled earlier: "can we move the launch forward to this Friday", "the printer has brought their deadline up"
    { match: /\b(?:move|moved|moving|bring|brought|bringing|pull|pulled|pulling)\b (?:(?:the|our|my|it|this|that|them|everything) )?(?:\w+ )?forward (?:to |for )?(?:this (?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this week|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i, confidence: 0.7 },
    { match: /\b(?:moved|brought|pulled|bumped)\b (?:their|the|our|its|his|her|my) (?:\w+ )?deadlines?\b (?:up|forward)\b/i, confidence: 0.65 },
    // A same-day ask: "Can I have them by end of today?", "could you get it to me by lunchtime"
    { match: /\b(?:can|could|would|will) (?:i|we|you)\b[^.!?]{0,40}?(?<!\b(?:come|pop|drop|stop|swing|call|pass|go|get|be|look|nip) )\bby (?:the )?(?:end of (?:today|the day|play|business)|close of (?:play|business)|this (?:afternoon|evening)|tonight|lunchtime|lunch|noon|midday)\b/i, confidence: 0.7 },
    // A deadline set as an ultimatum: "if the tracking isn't back online by the morning, ..."
    {
      match: /\bif\b[^.!?]{0,60}?\b(?:is ?n['’]?t|are ?n['’]?t|is not|are not|has ?n['’]?t|has not|does ?n['’]?t|does not|not)\b[^.!?]{0,40}?\bby (?:the )?(?:morning|tonight|tomorrow|end of (?:the )?(?:day|today|play|business)|close of (?:play|business)|cob|eod|midday|noon|lunch(?:time)?|first thing|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm))\b/i,
      confidence: 0.75,
    },
    // Required by tomorrow: "it needs to be ready tomorrow", "this has to be live first thing in the morning"
    {
      match: /\b(?:needs?|has|have|must|got) to be (?:ready|done|finished|live|fixed|sorted|delivered|signed off|back(?: online| up)?|up and running|printed|sent|completed|in place|with (?:me|us))\b[^.!?]{0,15}?\b(?:by )?(?:first thing )?(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|in the morning|by (?:the )?morning)\b/i,
      confidence: 0.7,
    },
    // Time running out: "the clock is ticking", "we're up against the clock", "the sooner the better"
    { match: /\b(?:the )?clock is ticking\b|\bup against the clock\b|\bracing the clock\b|\bthe sooner the better\b/i, confidence: 0.65 },
    // A same-day turnaround asked for: "can you turn this around today?", "could you get it back to me tonight?"
    { match: /\b(?:can|could|will) you (?:turn|get|send|have|knock|sort|fix|finish)\b (?:(?:it|this|that|them|these|the \w+) )?(?:around|round|back|out|over|off|done|sorted|fixed|finished)?\s*(?:to (?:me|us) )?(?:today|tonight|this (?:morning|afternoon|evening))\s*\?/i, confidence: 0.6 },
  ],
  unless: [
    // "No rush on this", "no hurry", "whenever you get a chance": the writer says it can wait.
    /\bno (rush|hurry|pressure|urgency)\b|\bwhenever (you|it['’]?s|is)\b|\bin your own time\b|\bnot (at all )?(urgent|a priority|time[- ]sensitive)\b/i,
    // A deadline agreed earlier is not pressure: "by Friday as agreed".
    /\bas (agreed|planned|discussed|scheduled|arranged|promised)\b/i,
    // "urgent" quoted from something else: a phishing subject, a newsletter, "urgent care".
    /["“][^"”]*\b(urgent|asap|immediately)\b[^"”]*["”]|\burgent care\b/i,
    // Soft timing: "sometime today or tomorrow", "at some point today".
    /\bsometime (today|tonight|this|tomorrow)\b|\b(today|tonight) or (tomorrow|later)\b|\bat some point\b/i,
    // "If it's urgent, call my mobile.", "Is this urgent or can it wait?"
    /\bif (it['’]?s |it is |anything is |this is |something is )?(urgent|an emergency)\b|\bis (this|it|that) urgent\b|\burgent or (not|can)\b/i,
    // The writer's own day: "I need to leave early today".
    /\b(i|we) (need|have|must|got) to (leave|go|head|run|pick|attend|take|finish|get home|be at|be in|step out)\b/i,
    // The writer promising speed: "we will correct it ASAP", "I'll make this a priority".
    /\b(i|we|they|someone|somebody)\s*(will|'ll|’ll|shall|can|am going to|are going to|am trying to|are trying to)\s+(?!need|require|want|expect)[^.!?]{0,40}\b(asap|as soon as (possible|i can|we can)|right away|immediately|today|priority)\b/i,
    // Instructions for a contingency: "If the login fails, please contact the help desk immediately."
    /^if\b[^.!?]*,\s*(please\s+)?(contact|call|email|e-mail|let|notify|inform|tell|ring|phone)\b/i,
  ],
  examples: {
    flag: [
      'This is urgent, the checkout page is down.',
      'I need the signed lease in my inbox by 5pm today.',
      'Please ring me back ASAP.',
      'Drop everything and get the site back up.',
      'Revert the update right now.',
      'We need someone on site within the hour.',
      'I need the keys back TODAY, not Thursday.',
      'Get it sorted by end of day or else.',
      "Honestly this can't wait until next week.",
      'Whatever else you are working on, this comes first.',
      'Make this your top priority please.',
      'Ring me the minute you read this.',
      'The invoice run fails and we need it fixed immediately.',
      'URGENT!!! payroll export broken',
    ],
    pass: [
      'The contract is due on Friday as agreed.',
      'No rush on this, whenever you get a chance.',
      'Just flagging that the portal has been down since this morning.',
      'I immediately called the bank when I saw the charge.',
      "I can't wait to see the finished deck!",
      'It is not urgent at all, just planning ahead.',
      'I got an email with the subject "URGENT: verify your account" and did not click it.',
      "We'll send the corrected invoice as soon as possible.",
      'If it is urgent, call my mobile.',
      'The meeting is tomorrow at 10 in room 4.',
      'Payment went out today by bank transfer.',
      'I took my son to urgent care last night.',
    ],
  },
});
