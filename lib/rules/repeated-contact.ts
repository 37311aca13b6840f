import { defineRule } from './define-rule';

const NTH_AFTER_SECOND = '(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|millionth|3rd|4th|5th|6th|7th|8th|9th|10th)';
const NTH = '(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|millionth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)';
const CONTACT_NOUN = '(email|e-mail|message|request|call|attempt|reminder|follow-up|voicemail|letter|chaser)';
const CONTACT_PLURAL = '(emails|e-mails|messages|voicemails|calls|requests|reminders|letters|follow-ups|texts|tickets|chasers)';
const CONTACTED = '(called|emailed|e-mailed|rung|rang|phoned|written|wrote|messaged|texted|contacted|chased|asked|requested|reached|left|followed|raised|reported|complained)';
// How often: "twice", "three times", "every single day", "again and again".
const HOW_OFTEN = ['(twice|repeatedly|daily)', '#Value #Adjective? times', '(several|multiple|many|numerous|countless) times', 'dozens of times', 'every single? day', 'again and again', 'over and over'];
// Being left without an answer, in its many shapes. compromise will not take a multi-word
// alternative after a gap, hence one pattern per phrase.
const REPLY = '(reply|response|answer|word|callback|update|acknowledgement|acknowledgment|feedback)';

export default defineRule({
  id: 'repeated_contact',
  explain: 'The client signals they have chased this several times or are tired of waiting for an answer.',
  cues: /second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|\bnth\b|hundredth|millionth|\d(nd|rd|th)\b|twice|times|repeatedly|every (single )?day|daily|again|over and over|still|yet to|no one|nobody|not one|none of|haven.?t|have not|hasn.?t|has not|didn.?t|did not|never|why|how (many|long)|chas|circl|follow|bump|waiting|wait|ignor|auto.?repl|automated|nothing back|no (reply|response|answer|word|callback|update)|my (last|previous|earlier|prior)|emails|messages|voicemails|calls|requests|reminders|tried|trying|been \w+ (days|weeks|months)|days|weeks|unanswered|unreturned|separate|different|occasions|despite|in spite|numerous|countless|another|heard nothing|had nothing|received nothing|got nothing|keep|kept|once more|each time|every time|since (my|our)|reads|monitor|reading|checking|asked|requested|emailed|called|rang|phoned|wrote|raised|reported|contacted|same (question|request|issue|problem|email|message)|first|nothing|being told|getting told|on \w+day and|on hold|promised|time (asking|writing|emailing|calling|requesting|chasing|contacting)|(chase|chaser|chasing|nudge|reminder|follow.?up|time of asking)|voicemail|left you|and a text|texted|messaged|^(hello+|anyone|anybody|is anyone|is anybody|is there any)|day,? (and|then)|lost count|follow(ing)?.up on|(inbox|mailbox|address|account|helpline|number|line) (even |actually |ever )?(monitored|checked|read|staffed|answered)|to a (brick )?wall|into (the|a) void/,
  patterns: [
    // "This is my third email about this", "fourth request", "the second time I've had to ask"
    { match: `${NTH_AFTER_SECOND} ${CONTACT_NOUN}`, confidence: 0.65 },
    { match: `(this is|this will be|that is|here is) (my|our|the) ${NTH} ${CONTACT_NOUN}`, confidence: 0.9 },
    { match: `${NTH} time (i|we) .{0,3} (asked|emailed|called|written|requested|contacted|chased|raised|reported|had|sent|rung|rang|phoned|tried|followed|reached|complained|reopened|explained|told|writing|emailing|calling|asking|contacting|chasing|following|reaching|requesting|raising|reporting|sending)`, confidence: 0.9 },
    { match: `${NTH} time (asking|writing|emailing|calling|requesting|chasing|contacting)`, confidence: 0.85 },
    // "For the third time: the video does not load", "I'm asking for the fourth time"
    { match: /^for the (second|third|fourth|fifth|sixth|umpteenth|nth|hundredth|millionth|last) time\b/i, confidence: 0.85 },
    { match: `(asking|telling|requesting|writing|emailing|calling|saying|explaining|repeating|chasing) .{0,6} for the ${NTH} time`, confidence: 0.85 },
    // "I've called twice and emailed three times", "I have rung your office every single day"
    ...HOW_OFTEN.map((often) => ({ match: `(i|we) (have|had)? (also|now|already)? ${CONTACTED} .{0,5} ${often}`, confidence: 0.8 })),
    // "three weeks and four emails", "plus two voicemails", "after six calls"
    { match: `(and|plus|after|sent|left|made) (#Value|several|multiple|numerous|countless|many) (more|separate|different)? ${CONTACT_PLURAL}`, confidence: 0.75 },
    // "since my last two emails weren't clear", "as per my last three emails"
    { match: `(my|our) (last|previous|earlier|prior|past) (#Value|few|several|many|numerous|multiple) ${CONTACT_PLURAL}`, confidence: 0.8 },
    { match: `(my|our) (last|previous|earlier|prior) ${CONTACT_PLURAL}`, confidence: 0.65 },
    // "As per my last email", "as I said in my previous message"
    { match: '(as per|as stated in|as mentioned in|per) my (last|previous|earlier) (email|e-mail|message)', confidence: 0.6 },
    // "I'm still waiting", "still waiting on a reply"
    { match: 'still (waiting|waitin) (for|on) (a|an|your|you|any|my|someone|somebody|anyone|word|news|that|this)', confidence: 0.75 },
    { match: 'still (waiting|waitin) (for|on) the #Noun? (refund|reply|response|callback|call|engineer|technician|fix|update|money|repair|part|parts|quote|invoice|receipt|answer|letter|form|document|documents|confirmation)', confidence: 0.75 },
    { match: '(i am|we are|am|are|been|still) (still)? (waiting|chasing)$', confidence: 0.75 },
    { match: 'still (chasing|waiting to hear)', confidence: 0.75 },
    // "still no reply", "still nothing", "still haven't heard back"
    { match: `still (no|not a|not one) (reply|response|answer|word|callback|update|news|progress|refund|fix|change|call|email)`, confidence: 0.75 },
    { match: 'still nothing', confidence: 0.7 },
    { match: 'still (have|has|had) not (heard|had|received|got|gotten)', confidence: 0.8 },
    // "I have yet to hear back", "I've yet to receive a reply"
    { match: '(i|we) (have|has)? yet to (hear|receive|get|see) (back|a|any|anything|from)', confidence: 0.8 },
    // "no one has gotten back to me", "nobody has answered", "no one ever calls back"
    { match: '(no one|nobody|no-one|not one person|none of you) (has|have|had|ever|even|bothered|actually)? (gotten|got|get|gets|called|rung|written|responded|replied|answered|returned|come|bothered|acknowledged)', confidence: 0.8 },
    // "Not one of them has been returned", "none of my calls were answered"
    { match: '(not one|none|neither) of (them|my|our|these|those) .{0,2} (has|have|was|were|had) (been)? (returned|answered|acknowledged)', confidence: 0.85 },
    { match: '(calls|emails|messages|voicemails) (have|has|were|was|are)? (not|never) (been)? (returned|answered|acknowledged)', confidence: 0.8 },
    // "Why haven't you answered?", "why has no one called me back"
    { match: 'why (have|has|did|do|does|is|are|will) (not)? (you|no one|nobody|anyone|someone|your team|your office) .{0,3} (answered|replied|responded|called|gotten|got|returned|written|reply|respond|answer|call|get|bothered|acknowledged)', confidence: 0.85 },
    // "I have had no response", "no reply from anyone so far"
    { match: `(had|got|received|heard|get|getting|receive) (no|not a|not one|zero|nothing but) ${REPLY}`, confidence: 0.7 },
    { match: `(no|without a|without any) ${REPLY} (from you|from anyone|from your|yet|so far|whatsoever|at all)`, confidence: 0.7 },
    // "Another week, another unanswered email", "my emails went unanswered"
    { match: '(unanswered|unreturned|ignored) (email|emails|calls|call|messages|message|requests|request|voicemails|letters|tickets)', confidence: 0.75 },
    { match: '(went|gone|go|remain|remains|remained|are|were|been|has been) (unanswered|unreturned|ignored)', confidence: 0.8 },
    // "Is anyone actually reading these emails?", "do you even check your inbox?"
    { match: '(is|does|do|are) (anyone|anybody|someone|somebody|you people|you) (even|actually|ever)? (reading|read|checking|check|answering|answer|monitoring|looking at) (these|my|this|your|the|our) (emails|messages|inbox|mailbox|voicemails|voicemail|tickets|email)', confidence: 0.7 },
    // "I never heard back", "we didn't get a reply"
    { match: '(never|not) (heard|got|received|gotten|had) (back|anything back)', confidence: 0.65 },
    { match: `(never|not) (heard|got|received|gotten|had) (a|any) ${REPLY}`, confidence: 0.65 },
    // "Nine days for a reply", "two weeks without a response"
    { match: `(#Value|several|many) (days|weeks|months|hours) (for|without|with no|and no|and still no|and nothing|and not) (a|an|any|one)? ${REPLY}`, confidence: 0.8 },
    { match: `(days|weeks|months) (for|without|with no|and no|and still no|and nothing|and not) (a|an|any|one)? ${REPLY}`, confidence: 0.75 },
    // "I've been waiting three weeks", "been waiting since Monday"
    { match: '(been|now) waiting (for)? (#Value|several|over|more than|almost|nearly|since|weeks|days|months|ages|forever|a week|a month)', confidence: 0.7 },
    // "How many times do I have to ask?", "how long do I have to wait"
    { match: 'how many (more)? (times|emails|calls|messages) (do|does|will|must|should|have)', confidence: 0.85 },
    { match: 'how long (do|does|will|must|should|am) (i|we|it|this) .{0,3} (wait|waiting|take)', confidence: 0.7 },
    // "I've been chasing this for a fortnight", "circling back again", "following up AGAIN"
    { match: '(been|keep|kept) (chasing|chase)', confidence: 0.8 },
    { match: '(circling|following|checking|bumping|reaching|writing|emailing|chasing|asking|nudging|pinging) (back|up|in|out|this)? (again|yet again|once again|one more time|once more)', confidence: 0.75 },
    { match: '(yet again|once again|and again) (i am|we are|asking|writing|emailing|chasing|following|requesting)', confidence: 0.65 },
    // "Nobody seems to be reading my messages", "no one reads this inbox"
    { match: '(no one|nobody|no-one) (seems|ever|even|actually)? (to be|to)? (reading|reads|read|answering|answers|checking|checks|monitoring|monitors) (my|our|this|these|the|your)', confidence: 0.75 },
    // "someone will ring me back, and no one ever does", "each time I call I'm told..."
    { match: '(no one|nobody|no-one) ever (does|did|has|calls|rings|replies|answers|responds|gets back|got back)', confidence: 0.75 },
    { match: '(each|every) (time|single time) (i|we) (call|ring|phone|email|write|ask|chase|contact)', confidence: 0.7 },
    // "It has been a month since my first email"
    { match: 'since (my|our) (first|original|initial|last|previous) (email|e-mail|message|call|request|complaint|enquiry|inquiry|letter|ticket)', confidence: 0.7 },
    // "Once more: please send the contract.", "Again, I am asking you to remove the charge."
    // A bare "Again," is as often a discourse marker ("Again, the Senate has adjourned").
    { match: /^(once more|yet again|for the last time)\s*[:,;—–-]|^(once again|again),?\s+(i am|i['’]m|we are|we['’]re|i have to|i must|i will|please|can you|could you|can someone)\b(?!\s*thank)/i, confidence: 0.65 },
    // "four separate calls", "on multiple occasions", "despite my numerous emails"
    { match: '(#Value|several|multiple|numerous) (separate|different) (calls|emails|messages|requests|tickets|voicemails|letters)', confidence: 0.75 },
    { match: `(i|we) (have|had)? ${CONTACTED} .{0,6} on (multiple|several|numerous|many|countless|repeated|#Value) (separate|different)? occasions`, confidence: 0.75 },
    { match: '(despite|after|in spite of) (my|our|all my|all our|several|numerous|many|multiple|repeated|countless) (numerous|many|several|multiple|repeated|previous)? (emails|calls|messages|requests|attempts|reminders|complaints|voicemails)', confidence: 0.8 },
    { match: '(numerous|repeated|countless) (emails|calls|requests|messages|reminders|voicemails)', confidence: 0.65 },
    // "Yet another email from me about the same window"
    { match: '(yet another|another) (email|message|call|reminder|chaser|voicemail|letter) from (me|us)', confidence: 0.75 },
    { match: 'yet another (email|message|call|reminder|chaser|voicemail|letter|follow-up)', confidence: 0.7 },
    // "I sent the form back on the 3rd and have heard nothing since"
    { match: '(heard|had|received|got) nothing (since|back|from you|from anyone|yet)', confidence: 0.75 },
    // "I have tried the shop phone three times today" (not "tried the new recipe three times")
    { match: /\btried (calling|emailing|ringing|phoning|contacting|reaching|texting|messaging|your|the (shop|office|phone|number|line|helpline|support|front desk|mobile))\b[^.!?]{0,25}\b(twice|\d+ times|(two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless) times|repeatedly)\b/i, confidence: 0.8 },
    // "I sent this same question on Monday and on Wednesday"
    { match: /\b(asked|requested|emailed|called|rang|phoned|wrote|sent|chased|raised|reported|contacted)\b[^.!?]{0,40}\bon (\w+day|the \d+\w*|\d+\w* \w+)\b[^.!?]{0,20}\band (again )?on\b/i, confidence: 0.7 },
    { match: '(sent|asked|raised|reported|emailed) (this|the) same (question|request|issue|problem|email|message)', confidence: 0.7 },
    // "It has now been ten days since I first reported the problem and I have heard nothing."
    { match: 'since (i|we) first (reported|emailed|called|contacted|asked|raised|wrote|rang|phoned|got in touch|reached out)', confidence: 0.75 },
    { match: /\b(heard|had|received|got) nothing( (since|back|from you|from anyone|yet))?\s*[.!?]*$/i, confidence: 0.7 },
    // "I keep being told someone will call me back. Nobody has."
    { match: '(keep|kept) (being|getting) told', confidence: 0.75 },
    { match: /^(no one|nobody|no-one) (has|did|ever did|ever has)\s*[.!]*$/i, confidence: 0.7 },
    // "I have been on hold twice today for over an hour each time"
    { match: /\bon hold\b[^.!?]{0,20}\b(twice|\d+ times|(two|three|four|five|several|multiple) times|for (hours|ages|over an hour|an hour|\d+ (minutes|mins|hours)))/i, confidence: 0.7 },
    // "You promised a callback on Monday and again on Thursday"
    { match: /\bpromised\b[^.!?]{0,40}\b(callback|call back|call|reply|response|update|answer)\b[^.!?]{0,30}\b(again|twice|still|never)\b/i, confidence: 0.7 },
    // "Is there a reason nobody is replying to me?"
    { match: '(no one|nobody|no-one) is (replying|responding|answering|getting back|calling|ringing|reading)', confidence: 0.75 },
    // "I emailed yesterday and again this morning"
    { match: `${CONTACTED} .{0,6} and again`, confidence: 0.75 },
    // "I keep having to ask", "I keep emailing and get nothing"
    { match: '(i|we) (keep|kept) (having to|asking|emailing|calling|ringing|phoning|writing|chasing|sending|getting auto|getting automated|getting the same|getting no)', confidence: 0.8 },
    // "all I get back are auto-replies", "nothing back except 'we'll look into it'"
    { match: /\b(all|only) (i|we) (ever )?(get|got|receive|received|hear)( back)? (is|are|was|were)\b[^.!?]{0,20}\b(auto[- ]?repl|automated|canned|template|the same)/i, confidence: 0.8 },
    { match: /\b(nothing|not a word|not a peep) back\b|\b(no reply|no response|not a word) (except|apart from|other than|since)\b|\bradio silence\b/i, confidence: 0.75 },
    // "You're ignoring my emails"
    { match: '(ignoring|ignored|ignore) (my|our|me|us|all|every)', confidence: 0.75 },
    // "I've now tried email, the shop line and your mobile", "been trying to reach you for days"
    { match: /\b(i['’]?ve|i have|we['’]?ve|we have)\s+(now\s+)?tried\s+(email|emailing|calling|phoning|ringing|your|every|everything|the (shop|office|phone|number|line|helpline|support|front desk|mobile))\b[^.!?]{0,40}\band\b/i, confidence: 0.7 },
    { match: '(been|keep|kept) trying to (reach|contact|get hold of|get through to|call|get an answer|get a response)', confidence: 0.75 },
    // "I asked for this to be updated on 3 May, 17 May and 4 June"
    { match: /\b(asked|requested|emailed|called|rang|phoned|wrote|chased|raised|reported|contacted)\b[^.!?]{0,50}\bon\b[^.!?]{1,25},[^.!?]{1,25}\band\b/i, confidence: 0.7 },
    // Following up, numbered: "following up for the 3rd time today", "checking in for the fourth time"
    { match: /\b(?:following up|checking (?:in|back)|nudging|chasing|trying|ringing|calling|messaging|pinging|reaching out|writing in|getting in touch)\b[^.!?]{0,15}?\bfor (?:the|a) (?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th)) time\b/i, confidence: 0.85 },
    // A numbered chase as a heading: "Second chase.", "Third reminder:", "2nd nudge"
    { match: /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:chase|chaser|chasing|nudge|reminder|follow[- ]?up|time of asking)\b/i, confidence: 0.75 },
    // Every channel tried: "left you a voicemail and a text", "emailed, texted and messaged on Facebook"
    { match: /\b(?:left|sent|tried)(?: you)? (?:a |an )?(?:voicemail|message|text|email|e-mail|dm)s?\b[^.!?]{0,20}?\b(?:and|plus) (?:a |an |also )?(?:text|email|e-mail|voicemail|message|dm)(?:ed)?\b|\b(?:emailed|called|rang|phoned|texted|messaged)(?:,| and) (?:also )?(?:emailed|called|rang|phoned|texted|messaged)\b/i, confidence: 0.7 },
    // Calling into the void: "Hello? Anyone there?", "Is anybody reading these?"
    { match: /^(?:hello+|helloo+|anyone|anybody|is anyone|is anybody|is there anyone|is there anybody|anyone at all)(?: (?:there|home|out there|at all|awake|reading (?:this|these)))?\s*\?+$/i, confidence: 0.75 },
    // Several days of contact: "Sent a message Monday and Wednesday, nothing", "called Tuesday and again Thursday"
    { match: /\b(?:sent|left|emailed|called|rang|phoned|messaged|texted|wrote|chased|asked)\b[^.!?]{0,30}?\b(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:and|then) (?:again )?(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun|to)day\b/i, confidence: 0.7 },
    // "Nobody is picking up the phone", "no one picks up"
    { match: /\b(?:no one|nobody|no-one|not one of you)(?: is| ever| even)? (?:picking up|picks up|pick up|answering the phone|returning (?:my|our) calls)\b/i, confidence: 0.75 },
    // Losing count: "I've lost count of how many times I've asked", "following up on my follow-up"
    { match: /\blost count of (?:how many|the number of|the)\b|\bfollow(?:ing)?[- ]up on (?:my|our) (?:own )?(?:follow[- ]?up|chaser|reminder|last follow)/i, confidence: 0.8 },
    // Doubting anyone reads: "is this inbox even monitored?", "am I talking to a brick wall?"
    { match: /\bis (?:this|that|your) (?:inbox|mailbox|email address|address|account|support address|helpline|number|line) (?:even |actually |ever )?(?:monitored|checked|read|staffed|answered)\b|\b(?:talking|speaking|writing) to a (?:brick )?wall\b|\bshouting into (?:the|a) void\b/i, confidence: 0.75 },
  ],
  unless: [
    // "Just bumping this in case it got buried, no rush": a polite first nudge is not chasing.
    /\b(no (rush|worries|pressure|hurry)|in case it (got|was) (buried|missed|lost)|in case you missed|not sure if you (got|saw))\b/i,
    // Chasing a third party, not the recipient: "we are still waiting on the bank".
    /\bstill waiting (for|on) (the bank|the council|the insurer|the courier|approval|legal|my (insurer|bank|employer|landlord))\b/i,
  ],
  examples: {
    flag: [
      'This is my third email about the broken gate.',
      "I've called your office four times this week.",
      'Still waiting on a reply to my question from Monday.',
      "Why haven't you answered any of my messages?",
      'I have yet to hear back from anyone.',
      'As per my last two emails, the address is wrong.',
      'No one has gotten back to me since I reported it.',
      'For the fourth time: the login page rejects my password.',
      'Two weeks without a response on a paid support ticket.',
      'I emailed on Monday and again on Wednesday.',
      'How many times do I have to ask for a receipt?',
      "I've been chasing this refund for a month.",
      'None of my calls have been returned.',
      'All I get back are automated replies.',
    ],
    pass: [
      'Just bumping this in case it got buried, no rush.',
      'Following up on my question from last week about the export.',
      'This is the second time the boiler has failed this winter.',
      'For the first time the report ran without errors.',
      'I missed two payments last year.',
      'We are still waiting for approval from legal.',
      'I called the bank and they said the transfer was fine.',
      'Please see my previous email for the signed form.',
      'Could you send the second invoice again?',
    ],
  },
});
