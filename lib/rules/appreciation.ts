import { defineRule } from './define-rule';

// Praise words strong enough to mean it; "good", "fine" and "perfect" are too often logistics.
const GLOWING =
  '(fantastic|gorgeous|stunning|amazing|incredible|brilliant|superb|spectacular|phenomenal|wonderful|outstanding|exceptional|beautiful|terrific|awesome|fabulous|marvellous|marvelous|excellent|first-class|top-notch|stellar)';
const WORK = '(work|job|service|support|effort|stuff|result|results|team|experience|course|class|session|sessions|lesson|lessons|teacher|tutor|coach|trainer|crew|staff)';

export default defineRule({
  id: 'appreciation',
  explain: 'The client thanks or praises you: a good sign that lowers the thread’s priority.',
  cues: /thank|grateful|apprecia|great|fantastic|gorgeous|stunning|amazing|incredible|brilliant|superb|spectacular|phenomenal|wonderful|outstanding|exceptional|beautiful|terrific|awesome|fabulous|marvel|excellent|first.class|top.notch|stellar|above and beyond|extra mile|saved|lifesaver|life.saver|best|keep (up|doing)|thrilled|delighted|over the moon|blown away|blew (me|us)|impressed|happy with|happier|means (so much|a lot|the world)|tell you (how|what)|made (my|our)|kudos|hats off|shout.?out|bravo|love|loving|recommend|exceeded|without you|star|legend|rock|well done|nicely done|made (my|our|the|it)|thanks to|pass (on|along)|compliments|gratitude|loves|adore|difference|never (had|seen|experienced|received|met)|help|support|asset|pleasure|nicest|friendliest|loveliest|kindest|most (professional|helpful|responsive|reliable|patient)|how (happy|pleased|grateful|thankful|impressed|delighted|thrilled)|marks|raving|gushing|talking about|asked for|kind|thoughtful|generous|patient|lovely|sweet|caring|five|5.stars?|out of (10|ten)|enjoyed|whatever|exactly|spot on|meant|deserve|professional|friendly|helpful|efficient|responsive|accommodating|been|smashed|nailed|aced|crushed|killed it|knocked|magician|wizard|hero|gem\b|saint|genius|godsend|miracle|genuinely|sincerely|truly|honestly|lovely|delicious|spot on|gorgeous|appreciat|(did|done|doing) (a|an|such)|chuffed|stoked|ecstatic|went (so |really |very |incredibly |amazingly |super )?(well|brilliantly|perfectly|great|smoothly|beautifully|like)|owe you|on (us|me)|impressed|nice one|top job|top stuff|great stuff|cracking|good stuff|legend|star|champion/,
  patterns: [
    // "Thank you so much", "thanks a million", "a huge thank you to Priyanka"
    { match: '(thank you|thanks) (so|ever so) much', confidence: 0.7 },
    { match: 'thanks (a million|a ton|a bunch|heaps|loads)', confidence: 0.7 },
    { match: '(a|my|our) (huge|big|massive|special|heartfelt|sincere|enormous) (thank you|thanks)', confidence: 0.85 },
    { match: '(huge|big|massive|heartfelt|sincere) thanks', confidence: 0.8 },
    // "Thank you, thank you, thank you"
    { match: /\bthank you[,!.]?\s+thank you\b/i, confidence: 0.85 },
    // "I can't thank you enough"
    { match: 'can not thank .{1,3} enough', confidence: 0.9 },
    // "I just wanted to say thank you", "wanted to say how much I appreciated Dana"
    { match: '(wanted|want|have|had) to (say|send|pass on|give) (a|my|our)? (thanks|thank you|how much)', confidence: 0.8 },
    // "Thanks for jumping on this on a Sunday", "thank you for going out of your way"
    { match: '(thank you|thanks) (so much)? for (going|staying|jumping|sorting|fixing|getting|turning|putting|taking care|being|all your|all the|all you|everything|your patience|your hard work|your kindness|the quick|the fast|the speedy|the prompt|the great|the amazing|the excellent|the wonderful|the hard)', confidence: 0.65 },
    // "Really grateful for this course", "we are so thankful"
    { match: '(really|truly|so|very|incredibly|eternally|forever|deeply|hugely|extremely|immensely) (grateful|thankful)', confidence: 0.8 },
    { match: '(i am|we are|i feel|we feel) grateful (for|to)', confidence: 0.7 },
    // "Really appreciate you jumping on this", "I truly appreciate all your help"
    { match: '(really|truly|so|very|greatly|genuinely|hugely|deeply) (appreciate|appreciated) (you|it|this|your|all|everything|how|the way|what|the|her|his|their)', confidence: 0.8 },
    { match: 'how much (i|we) (appreciate|appreciated|value|valued|enjoyed|loved)', confidence: 0.85 },
    // "everyone was talking about it all night", "the office is raving about the new machine"
    { match: '(everyone|everybody|people|they|we) (was|is|were|are|has been|have been|keep|kept) (talking|raving|gushing) about (it|them|the|your|you|her|him)', confidence: 0.7 },
    { match: '(raving|gushing) about', confidence: 0.7 },
    // "We could not have asked for a better team"
    { match: 'could not have asked for (a|any)? (better|more|nicer)', confidence: 0.85 },
    // "Your patience with my dad was so kind", "so kind of you"
    { match: '(was|were|is|are|been) (so|very|really|incredibly|extremely) (kind|thoughtful|generous|patient|lovely|sweet|caring|professional|friendly|helpful|efficient|responsive|accommodating)', confidence: 0.6 },
    { match: '(so|very|really) kind of (you|her|him|them|your)', confidence: 0.75 },
    // "Whatever you are doing, it works."
    { match: /\bwhatever (you|she|he|they|your team)(['’]re| are| is|['’]s)? doing\b[^.!?]{0,20}\b(works|working|keep|magic)\b/i, confidence: 0.75 },
    // "came out exactly how we pictured them", "the colours are spot on"
    { match: 'exactly (how|what|as) (we|i) (pictured|imagined|wanted|hoped|envisioned|envisaged|dreamed)', confidence: 0.7 },
    { match: '(is|are|was|were) spot on', confidence: 0.55 },
    // "which meant a lot", "meant the world to her"
    { match: 'meant (so much|a lot|the world|everything|a great deal)', confidence: 0.75 },
    // "the best night of the year" (but not "the best day to call")
    { match: /\bthe best (\w+ )?(night|day|evening|party|wedding|event|meal|experience|holiday|trip|time|class|lesson|haircut|service)\b(?!\s+(to|for|would|will|is|might|slot))/i, confidence: 0.6 },
    // "Sarah at reception deserves a raise"
    { match: '(deserves|deserve) (a raise|a medal|a promotion|a pay rise|an award|a bonus|a pay raise|praise|recognition|a pat on the back)', confidence: 0.8 },
    // "You have been amazing through all of this"
    { match: `(you|she|he|they|team|staff|#Person) (have|has)? been (absolutely|so|just|truly|really)? ${GLOWING}`, confidence: 0.75 },
    // "Couldn't recommend you more highly"
    { match: 'could not recommend (you|your|them|her|him|it|this) .{0,2} (more|enough|highly)', confidence: 0.85 },
    // "Five stars from us"
    { match: /\b(five|5)[- ]stars?\b|\b(10|ten) out of (10|ten)\b/i, confidence: 0.7 },
    { match: '(i|we) (appreciate|appreciated) (you|it|this|your|all|everything|how|the way|what you|her|his|their)', confidence: 0.6 },
    // "great work", "you did an amazing job", "fantastic service"
    { match: `great ${WORK}`, confidence: 0.75 },
    { match: `${GLOWING} ${WORK}`, confidence: 0.75 },
    { match: '(you|they|she|he|team|#Person) (did|have done|has done|do|does) (a|an|such a|such an)? #Adjective (job|work)', confidence: 0.7 },
    // "The programs look fantastic", "the proofs are gorgeous"
    { match: `(look|looks|looked|looking) (absolutely|really|truly|just|so)? ${GLOWING}`, confidence: 0.7 },
    { match: `(it|they|this|that|she|he|you|#Noun) (is|are|was|were|#Copula) (absolutely|really|truly|just|so)? ${GLOWING}`, confidence: 0.6 },
    // "everyone loves it", "my daughter loves her lessons"
    { match: '(everyone|everybody|#Noun|#Person|she|he|they) (really|absolutely)? (loves|loved|adores|adored|is loving|are loving) (it|the|them|her|his|their|your|our|my)', confidence: 0.65 },
    // "You made our wedding day perfect"
    { match: '(you|your team|she|he|they|#Person) (made|make|have made|has made) (my|our|the|it) .{0,3} (perfect|special|amazing|unforgettable|easy|effortless|stress-free|magical|wonderful|painless)', confidence: 0.8 },
    // "What a fantastic result, well done!", "Well done to everyone involved"
    { match: '(well done|nicely done|bravo)', confidence: 0.65 },
    // "Please pass on my thanks to the crew"
    { match: '(pass on|pass along|send|give|extend|convey) (my|our) (thanks|gratitude|appreciation|compliments)', confidence: 0.8 },
    { match: '(my|our) (thanks|gratitude|compliments) to', confidence: 0.7 },
    // "You went the extra mile", "above and beyond"
    { match: '(above and beyond|the extra mile)', confidence: 0.85 },
    // "You've saved my quarter", "she saved me hundreds of dollars", "you're a lifesaver"
    { match: '(you have|you|she|he|they|team|#Person) (have|has)? (saved|rescued) (me|us|my|our|the day)', confidence: 0.8 },
    { match: '(lifesaver|life saver|life-saver)', confidence: 0.8 },
    // "You're the best", "you guys rock", "your team are stars"
    { match: '(you guys|your team|you|she|he|they) (are|is|#Copula) (the best|a star|stars|a legend|legends|a genius|amazing|brilliant|wonderful|fantastic|awesome|incredible)', confidence: 0.8 },
    { match: '(you guys|your team|you) (rock|rule)', confidence: 0.75 },
    // "the best thing I've done for myself this year", "the best money we've spent"
    { match: /\bthe best\b[^.!?]{0,40}\b(i|we)('ve| have)? (ever )?(done|had|spent|made|used|bought|taken|hired|seen|worked with|found|received|met)\b/i, confidence: 0.8 },
    // "Keep up the great work", "please tell him to keep doing it"
    { match: 'keep (up the|doing) (good|great|amazing|excellent|fantastic|wonderful|brilliant|what|it|whatever|that)', confidence: 0.8 },
    // "the board was thrilled with them", "we're over the moon", "I was blown away"
    { match: '(thrilled|delighted|ecstatic|over the moon|blown away) (with|by|about)', confidence: 0.75 },
    { match: '(so|very|really|extremely|super|hugely|incredibly|genuinely|truly|massively) (happy|pleased|impressed) (with|by)', confidence: 0.7 },
    { match: 'impressed (with|by) (how|the|your|what|their|his|her)', confidence: 0.65 },
    // "I just wanted to let you know how happy we are with the new system"
    { match: 'how (happy|pleased|grateful|thankful|impressed|delighted|thrilled) (we|i|everyone|everybody|the #Noun) (are|am|is|were|was|have been|feel)', confidence: 0.8 },
    // "Your advice made such a difference", "she has been a huge help"
    { match: '(made|makes|make|making) (such a|a huge|a real|a big|a massive|all the|a world of|a tremendous) difference', confidence: 0.75 },
    { match: '(have|has|had)? (been|was|were) (such a|a huge|a great|a massive|a big|a real|a tremendous|an enormous) (help|support|asset|comfort|pleasure)', confidence: 0.8 },
    // "I have never had such friendly service", "genuinely the nicest team to work with"
    { match: 'never (had|seen|experienced|received|met) (such|more) (good|great|friendly|helpful|kind|professional|excellent|wonderful|amazing|fast|quick|attentive|lovely|efficient|caring|thorough)', confidence: 0.7 },
    { match: 'never (had|seen|experienced|received) (better|nicer|friendlier|faster)', confidence: 0.7 },
    { match: /\bthe (nicest|friendliest|loveliest|kindest|most (professional|helpful|responsive|reliable|patient)) (\w+ )?(to (work|deal) with|i['’]?ve|we['’]?ve|i have|we have|ever|around|in town)\b/i, confidence: 0.75 },
    { match: '(blew|blown) (me|us|them) away', confidence: 0.8 },
    // "I couldn't be happier", "couldn't have done it without you"
    { match: 'could not (be|have been) (happier|more pleased|more grateful)', confidence: 0.85 },
    { match: 'could not have done (it|this|that) without (you|your|her|him|them)', confidence: 0.85 },
    // "I can't tell you what that means to me", "it means the world to us"
    { match: 'can not tell you (how much|what)', confidence: 0.75 },
    { match: 'means (so much|a lot|the world|everything) to (me|us|our|my)', confidence: 0.8 },
    // "You made my day"
    { match: 'made (my|our) (day|week|month|year)', confidence: 0.8 },
    // "Kudos to the night team", "hats off to Dana", "a shout-out to your support staff"
    { match: '(kudos|hats off|shout out|shoutout|shout-out|bravo|props|top marks|full marks) to', confidence: 0.8 },
    // "Loving the sessions so far", "we love the new logo"
    { match: '(i|we|everyone|everybody) (really|absolutely|just)? (love|loved|adore|adored|loving) (the|it|how|what|your|them|working)', confidence: 0.7 },
    { match: '^loving (the|it|this|how|what|your)', confidence: 0.7 },
    // "It exceeded our expectations"
    { match: '(exceeded|surpassed|beat) (my|our|all) (expectations|hopes)', confidence: 0.85 },
    // "I've recommended you to three friends already"
    { match: '(recommended|recommending|recommend) (you|it|your|this|the) #Noun? to (#Value|my|our|all|everyone|everybody|friends|family|others|colleagues|anyone)', confidence: 0.7 },
    // "the board couldn't stop talking about the paper stock"
    { match: 'could not stop (talking|raving|smiling) about', confidence: 0.75 },
    // Slang praise: "you absolutely smashed it", "you've nailed the tone", "the team knocked it out of the park"
    { match: /\b(?:you|you['’]ve|you have|they|they['’]ve|she|he|team|you guys|you all)\b (?:(?:absolutely|really|totally|completely|truly|well and truly|have|has|just) )*(?:smashed|nailed|aced|crushed|killed|knocked) (?:it|this|that)\b|\b(?:nailed|aced) (?:the|it|this|that) ?\w*|\bknocked (?:it|this|that) out of the park\b/i, confidence: 0.8 },
    // Admiring labels: "you are a magician", "she's an absolute star", "your fitter is a saint"
    { match: /\b(?:you['’]?re|you are|you guys are|she['’]?s|he['’]?s|she is|he is|they['’]re|they are|(?:\w+ )?(?:is|was)) (?:an? )?(?:absolute |total |real |true |such an? |genuine )?(?:magician|wizard|hero|heroes|gem|saint|superstar|superstars|rock ?star|miracle worker|legend|genius|godsend|star)\b/i, confidence: 0.75 },
    // Shouted or sworn thanks: "THANK YOU!!!", "thank you, genuinely", "thanks!!"
    { match: /\bTHANK YOU\b|\bTHANKS\b(?! (?:IN ADVANCE|AGAIN))|\b(?:thank you|thanks)\b,? (?:genuinely|sincerely|truly|honestly|from the bottom)\b/, confidence: 0.7 },
    // Praise closed by thanks: "the logo files are great, thank you", "all looks lovely - thanks"
    { match: /\b(?:is|are|was|were|looks?|looked|sounds?) (?:really |absolutely |just |all )?(?:great|lovely|perfect|brilliant|fantastic|amazing|wonderful|excellent|superb|beautiful|spot on|gorgeous)\s*[,!–—-]+\s*(?:thank you|thanks)\b/i, confidence: 0.75 },
    // Subjectless appreciation: "Appreciate the detail", "really appreciated the quick turnaround"
    { match: /^(?:really |much |greatly |truly |hugely )?appreciated? (?:the|it|this|that|your|you|all)\b/i, confidence: 0.65 },
    // "the electrician did a lovely job", "they've done a cracking job"
    { match: /\b(?:did|done|doing) (?:a |an |such a |such an |a really |a truly )?(?:lovely|great|fantastic|brilliant|wonderful|amazing|excellent|superb|beautiful|first-class|cracking|fab|tremendous|terrific|stellar|top|smashing|stunning|fine) job\b/i, confidence: 0.75 },
    // "really saved me this week", "you've saved our bacon"
    { match: /\b(?:really|totally|honestly|absolutely|seriously|genuinely|literally|you|you['’]ve|you have)\s+saved (?:me|us|my (?:bacon|skin|life|week|day|sanity)|our (?:bacon|skin|lives|week|day|sanity))\b/i, confidence: 0.75 },
    // Delight without an object: "honestly we're thrilled", "the kids are over the moon"
    { match: /\b(?:we|i|everyone|everybody|the (?:team|family|kids|client|board|whole \w+)|they)(?:['’]re|['’]m| are| am| is| was| were) (?:honestly |really |absolutely |just |so |genuinely |completely )?(?:thrilled|over the moon|chuffed|stoked|ecstatic|delighted)\b(?! (?:to|that)\b)/i, confidence: 0.7 },
    // "Loved the brochure", "love the campaign"
    { match: /^(?:(?:really|absolutely|just) )?(?:loved|love) (?:the|it|this|your|how|what|them)\b/i, confidence: 0.7 },
    // Praise with a sincerity marker: "food was great, genuinely", "it was lovely, honestly"
    { match: /\b(?:was|were|is|are) (?:really |absolutely |just )?(?:great|lovely|delicious|gorgeous|brilliant|fantastic|amazing|superb|excellent|perfect),? (?:genuinely|honestly|truly|seriously)\b/i, confidence: 0.7 },
    // An event that went well, said with feeling: "the party went brilliantly!", "launch went so smoothly"
    { match: /\bwent (?:(?:so|really|very|incredibly|amazingly|super) )?(?:well|brilliantly|perfectly|great|smoothly|beautifully|like a dream)\s*!|\bwent (?:so|incredibly|amazingly|super|brilliantly) (?:well|smoothly)\b|\bwent (?:brilliantly|beautifully|like a dream)\b/i, confidence: 0.65 },
    // A glowing verdict without a named subject: "the session yesterday was brilliant"
    { match: `(was|were|is|are) (absolutely|really|truly|just|so|honestly)? ${GLOWING}`, confidence: 0.6 },
    // Debts of gratitude: "we owe you one", "drinks are on us", "I owe you a pint"
    { match: /\b(?:i|we) owe you (?:one|big|big time|a (?:drink|pint|coffee|beer|lunch|dinner|favour|favor))\b|\b(?:drinks|lunch|dinner|coffee|the next round|pints|beers) (?:are|is) on (?:us|me)\b/i, confidence: 0.75 },
    // "Genuinely impressed", "really impressed, well done"
    { match: /\b(?:really|genuinely|seriously|very|so|hugely|massively|thoroughly|truly|incredibly) impressed\b(?! (?:if|when|unless)\b)/i, confidence: 0.65 },
    // Warm praise in a word: "nice one", "top job", "great stuff", "star!"
    { match: /^(?:nice one|top job|top stuff|great stuff|cracking job|good stuff|legend|star|champion)\b\s*[!,.]/i, confidence: 0.65 },
  ],
  unless: [
    // Politeness in a request: "I would appreciate it if you could", "any comments are appreciated".
    /\b(would|'d|’d)\s+(\w+\s+)?(appreciate|be (grateful|thankful))|\bappreciate (it )?if\b|\b(comments|feedback|input|assistance|cooperation|attention|response|reply|help) (is|are|will be) (much |greatly |very much )?appreciated\b/i,
    // Acknowledging before disagreeing: "I appreciate your concern, but the decision is final."
    /\bappreciate\b[^.!?]*\b(but|however|although)\b/i,
    // Wishes and hypotheticals: "it would be great to have", "a table would be amazing".
    /\bwould be (great|amazing|fantastic|wonderful|brilliant|awesome|lovely|perfect|helpful|a (great|huge|big) help)\b/i,
    // Sarcasm: "thanks for nothing", "great job breaking the site".
    /\bfor nothing\b|\b(great|good|fantastic|brilliant|nice|wonderful|excellent) (job|work) (breaking|ruining|losing|messing|deleting|wiping)\b|\b(oh|yeah),? (great|brilliant|wonderful|fantastic|thanks)\b/i,
    // "outstanding" meaning unresolved: "pending the outstanding service issues".
    /\boutstanding (?:service |support )?(?:issues?|items?|balance|invoices?|amounts?|payments?|problems?|matters?|tickets?|queries|questions|work|faults?|defects?)\b/i,
    // A rating that is now in doubt: "I'd been planning to give five stars".
    /\b(?:would have|would['’]ve|was going to|had been (?:planning|going) to|(?:i['’]?d|we['’]?d) been (?:planning|going) to|planned to|planning to)\b[^.!?]{0,20}\b(?:five|5)[- ]stars?\b/i,
  ],
  examples: {
    flag: [
      'Thank you so much for staying late to finish the install.',
      'Great work on the new menu boards.',
      'Your technician went the extra mile.',
      'I really appreciate you sorting this out over the weekend.',
      'You have saved our launch.',
      'The brochures look absolutely stunning.',
      'Joining your pottery class was the best decision I have made all year.',
      'Whatever she is doing, please tell her to keep doing it.',
      'The whole committee was thrilled with the banners.',
      "I can't thank your crew enough.",
      'It means the world to us that you stayed on the phone.',
      'Kudos to the night shift for the quick turnaround.',
      'We love the new logo!',
      'A huge thank you to Marta on the front desk.',
    ],
    pass: [
      'Thanks, Bob',
      'Thanks in advance for the quote.',
      'Many thanks,\nPaul',
      'Refund came through, thanks.',
      'I would appreciate it if you could send the invoice again.',
      'I appreciate that scheduling is complicated, but this is the third delay.',
      'It would be great to have the figures before the board meeting.',
      'Any comments are appreciated.',
      'Thanks for nothing, the printer is still broken.',
      'Last year the print was perfect, so something changed on your end.',
      "We're happy with clause 7 now.",
      "I'd love to know what your vetting involved.",
    ],
  },
});
