import { defineRule } from './define-rule';

// What a client treats as already bought: "part of the package", "included in the price".
const DEAL =
  '(?:the |your |our |this |that )?(?:original |agreed |standard |usual |basic |monthly |whole )?(?:set-?up|package|price|quote|fee|deal|job|service|contract|plan|subscription|retainer|install(?:ation)?|project|work|cost|rate|booking|membership|warranty|agreement|scope|session|sessions|order|build|design|printing|repair|brief|spec)';
// A request to the vendor: "can you", "could your crew", "any chance you could".
const ASK =
  '(?:(?:can|could|would|will)\\s+(?:you|they|he|she|your \\w+(?: \\w+)?|the \\w+)|(?:you|they|your \\w+) (?:could|can|would|might))\\b';

export default defineRule({
  id: 'scope_creep',
  explain: 'The client asks for work beyond what was agreed while treating it as included or trivial.',
  cues: /big (job|ask)|huge|cover|thrown in|given|considering|while|as part of|impression|granted|hardly|barely|mention|you quoted|take|don'?t see why|cost (more|extra)|fit (that|this|it|them) in|standard|expect|all \w+ anyway|right\?|help|within|at the|for the|paying|pay more|should (really |surely |obviously |already |also )?(include|cover|come with)|just text|just words|anyway|as well|walls|apart|basically|essentially|pretty much|practically|same|one last|favou?r|little|nothing for|easy|trivial|copy|paste|click|count as|only (paid|signed|booked|ordered)|obviously|of course|you'll|you will|hour|afternoon|day|while|since|anyway|already|includ|part of|covered|comes? with|assum|thought|figured|presum|expect|consider|surely|naturally|obviously|take (more than|long|a (few|couple|sec|min))|minutes|seconds|quick|no extra|much work|big deal|easy for|small|tiny|one more|little (thing|job|change|extra)|same (price|cost|fee|rate)|no (extra |additional )?(charge|cost)|free|throw in|squeeze|tack|spec|agreed|contract|quote|scope|brief|paying (you )?for|standard|sure|presum|assum|imagine|reckon|no doubt|copy|paste|find and replace|big|huge|massive|major|nothing|fold|fit|absorb|roll|original|agreed|monthly|sort of thing|kind of thing|type of thing|previous|last|old|former|other|discussed|i know|already|no need|spirit of|a few|a couple|two|three|baked|built in|bundled|wrapped|literally|ought|come free|hours?|mins?/,
  patterns: [
    // "While you're at it, could you ...", "while your crew is doing the chairs, can they also ..."
    { match: "while (you|you're|you are|#Pronoun|your #Noun+) (is|are|'s|'re)? (at it|in there|out there|on site|over|up there)", confidence: 0.8 },
    {
      match: /\bwhile (?:you|he|she|they|your \w+(?: \w+)?|the \w+)(?:['’]re|['’]s| are| is| were| was)? (?:already )?(?:there|here|doing|at it|in there|out there|on site|over|working on|in the|up there|at the)\b[^.!?]{0,80}?\b(?:can|could|would|also|too|as well)\b/i,
      confidence: 0.7,
    },
    // "Since they're already there with ladders", "he'll have his drill with him anyway",
    // "since you're coming out anyway, can you also ..."
    {
      match: /\b(?:since|as|seeing as|given that|figured?|figuring|i figure|because)\b[^.!?]{0,60}?\b(?:already (?:there|here|on site|doing|out there|in there|coming|set up|done|built|made|got|have|has|had)|(?:there|here|with (?:him|her|them|you)) anyway|(?:have|has|had|got) (?:the|his|her|their|your|all the) [\w\s]{1,20}? anyway)\b/i,
      confidence: 0.75,
    },
    {
      match: /\b(?:since|as|seeing as|given that)\s+(?:you|you['’]re|you['’]ll|your \w+|they|they['’]re|he|he['’]s|she|she['’]s|the \w+)\b[^.!?]{0,50}?\banyway\b/i,
      confidence: 0.7,
    },
    // "We assumed that was included", "I'd assumed the mail-merge would be part of the printing job",
    // "we'd expect the training to be part of the deal", "I thought the price included delivery"
    {
      match: new RegExp(
        `\\b(?:assumed?|assuming|thought|figured|presumed?|presuming|expect(?:ed|ing)?|understood|took it|took it for granted|under the impression|counting on|consider(?:ed)?)\\b[^.!?]{0,70}?\\b(?:(?:was|is|were|are|be|been)\\s+(?:all\\s+)?(?:included|covered|part of)\\b|includ(?:ed|es)\\b|part of ${DEAL}|comes? with|came with|(?:comes?|came) as standard|no extra)`,
        'i',
      ),
      confidence: 0.8,
    },
    // "This should be part of the setup", "surely that's covered by the warranty"
    { match: new RegExp(`\\b(?:should|would|must|ought to)(?: all)? (?:be|have been|come) (?:part of|included (?:in|with)|covered (?:by|under|in)) ${DEAL}\\b`, 'i'), confidence: 0.8 },
    { match: /\b(?:surely|presumably|naturally|obviously (?:that|this|it|all))\b[^.!?]{0,40}?\b(?:included|covered|part of|includes)\b/i, confidence: 0.75 },
    // "Isn't that part of the service?", "that's included, right?"
    { match: /\b(?:is ?n['’]?t|is not|was ?n['’]?t|should ?n['’]?t|does ?n['’]?t) (?:that|this|it|all that)(?: all)? (?:be )?(?:part of|included|covered|come with)\b/i, confidence: 0.75 },
    { match: /\b(?:included|covered|part of [\w\s]{1,25}?|all [\w\s]{1,20}? help)\s*,?\s*(?:right|yes|surely|no)\s*\?/i, confidence: 0.75 },
    // "Shouldn't take more than five minutes", "should only take a few minutes", "it won't take long"
    {
      match: /\b(?:should|shouldn['’]?t|won['’]?t|wouldn['’]?t|can['’]?t|couldn['’]?t|will|would|only|just)\s+(?:only |just |really )?(?:take|be)\s+(?:you |him |her |them )?(?:more than |longer than |over )?(?:a |five |5 |ten |10 |two |2 |a few |a couple of |a couple )?(?:minutes?|mins?|seconds?|secs?|moment|jiffy|second|minute|long|no time)\b|\b(?:take|be) (?:you |him |her |them )?(?:more than|longer than|over) (?:an|one|half an) (?:hour|afternoon|morning)\b/i,
      confidence: 0.7,
    },
    // "It's no extra work really", "shouldn't be much work", "should be easy for you", "it's only small"
    { match: /\b(?:no|not much|hardly any|barely any|hardly|barely|not really) (?:extra|additional|more|real) (?:work|effort|time|trouble|hassle)\b/i, confidence: 0.75 },
    // "surely that's no extra cost"
    { match: /\b(?:surely|presumably|i assume|i hope|hopefully|obviously|of course)\b[^.!?]{0,30}?\bno (?:extra|additional) (?:cost|charge|fee)\b/i, confidence: 0.8 },
    // "The brief didn't mention it, but we'll need a video version too"
    { match: /\b(?:spec(?:ification)?|quote|scope|brief|contract|proposal|estimate|agreement) (?:did ?n['’]?t|does ?n['’]?t|did not|does not) (?:mention|include|cover|say|list)\b[^.!?]{0,25}?\bbut\b/i, confidence: 0.75 },
    // "We'd like the whole house repainted, not just the lounge, for the price you quoted"
    { match: /\b(?:whole|all|entire|everything|not just|as well|too|also)\b[^.!?]{0,60}?\bfor the (?:price|fee|amount|cost|rate) (?:you|we) (?:quoted|agreed|gave|said)\b/i, confidence: 0.7 },
    { match: /\b(?:should ?n['’]?t|would ?n['’]?t|wo ?n['’]?t|is ?n['’]?t|is not|not) (?:be )?(?:much|a lot of|too much|that much|a lot) (?:work|effort|trouble|hassle|extra)\b/i, confidence: 0.7 },
    { match: /\b(?:it['’]?s|that['’]?s|is|would be|should be|will be|must be)\s+(?:really |very |super |so |surely )?(?:nothing|easy|simple|quick|trivial|a breeze|a piece of cake|no trouble|no effort|child['’]s play|a (?:two|five|ten)-minute job) for (?:you|your \w+|someone like you|a pro)\b/i, confidence: 0.7 },
    // "It's just copy and paste", "it's only a few clicks"
    { match: /\b(?:it['’]?s|that['’]?s|is|should be|will be)\s+(?:just|only|simply|literally)\s+(?:a )?(?:copy and paste|copy-paste|cut and paste|a click|one click|a few clicks|a couple of clicks|a button)\b/i, confidence: 0.7 },
    // "Surely a few extra revisions don't count as extra work"
    { match: /\b(?:does ?n['’]?t|do ?n['’]?t|should ?n['’]?t|would ?n['’]?t|does not|do not|wo ?n['’]?t) (?:really )?count as (?:extra|additional|new|more|a change|a variation|out of scope)\b/i, confidence: 0.8 },
    // "You'll obviously redo all our social media graphics as well"
    { match: /\byou['’]ll (?:obviously|of course|naturally|presumably|surely)\b[^.!?]{0,60}?\b(?:as well|too|also)\b/i, confidence: 0.7 },
    // "We only paid for the basic package but we'd like the premium features"
    { match: /\b(?:only|just) (?:paid|signed up|signed|booked|ordered|contracted|asked) for (?:the |a |one )?\w+(?: \w+)?\b[^.!?]{0,30}?\bbut (?:we|i)['’]?(?:d| would| want| need| also| really| actually|ll)\b/i, confidence: 0.7 },
    { match: /\b(?:it['’]s|it is|that['’]s|they['’]re) (?:only|just) (?:a )?(?:small|tiny|little|minor|quick)\b/i, confidence: 0.6 },
    // "Shouldn't be a big deal", "it should just be a quick export"
    { match: /\b(?:should ?n['’]?t|would ?n['’]?t|should not|would not) (?:be )?(?:a|that|such a) (?:big|huge) (?:deal|job|ask)\b|\b(?:is ?n['’]?t|is not) (?:a|that|such a) (?:big|huge) (?:job|ask)\b/i, confidence: 0.7 },
    { match: /\b(?:should|would|will|it['’]?s|is)\s+(?:just|only|simply)\s+(?:be\s+)?(?:a\s+)?(?:quick|small|simple|tiny|two-minute|five-minute|minor)\s+(?:\w+\s+)?(?:export|tweak|change|fix|job|thing|edit|update|copy|add|addition|task)\b/i, confidence: 0.75 },
    // "Just one more small thing", "just a small addition: a members area"
    { match: /\b(?:just )?one (?:more |last |other )?(?:small|tiny|little|quick|teeny)\s+(?:thing|change|addition|request|tweak|extra|favou?r|job)\b/i, confidence: 0.6 },
    { match: /\bjust (?:a|another) (?:small|tiny|little|quick|teeny) (?:addition|extra|tweak|favou?r|job|request)\b/i, confidence: 0.6 },
    // "Can you also quickly set up the mailbox?", "could you quickly build us an app version as well?"
    { match: new RegExp(`\\b${ASK}\\s+(?:also\\s+|just\\s+)?quickly\\s+\\w+\\b[^.!?]{0,60}?\\b(?:too|as well|also|while)\\b|\\b${ASK}\\s+also\\s+quickly\\b`, 'i'), confidence: 0.65 },
    // "Could you throw in the logo as well?", "I'm sure you can squeeze in a couple of extra revisions"
    { match: /\b(?:throw|chuck|toss|squeeze|fit|tack|sneak) (?:in|on)\b[^.!?]{0,40}?\b(?:too|as well|also|extra|another|more|few|couple|free|for nothing)\b|\b(?:throw|chuck|toss) (?:in|on) (?:a|an|the|some)\b/i, confidence: 0.65 },
    // "Same price obviously", "redo the tiles for the same price?", "no charge I hope"
    { match: /\bsame (?:price|cost|fee|rate|budget)\b[^.!?]{0,12}\b(?:obviously|of course|surely|right|presumably|i assume|i presume)\b/i, confidence: 0.8 },
    { match: new RegExp(`\\b${ASK}[^.!?]{0,80}?\\b(?:for|at) (?:the same|no (?:extra|additional)) (?:price|cost|charge|fee|rate)\\b|\\b${ASK}[^.!?]{0,80}?\\b(?:for free|free of charge|for nothing)\\b`, 'i'), confidence: 0.75 },
    { match: /\bno (?:extra |additional )?(?:charge|cost|fee)s?,? (?:i hope|i assume|i presume|right|surely|of course|obviously)\b/i, confidence: 0.8 },
    // "I assume that's fine at the agreed price", "surely a few minor tweaks are within the original quote?"
    {
      match: /\b(?:assume|assuming|assumed|presume|presuming|expect|expecting|hope|hopefully|trust|surely|obviously)\b[^.!?]{0,60}?\b(?:(?:at|for|within|on) (?:the|our) (?:same|agreed|original|quoted|existing|current|usual) (?:price|fee|cost|budget|rate|quote|scope|terms)|within (?:the |our )?(?:scope|budget|price|quote|fee))\b/i,
      confidence: 0.8,
    },
    { match: /\bwithin (?:the|our) (?:original|agreed|existing|current) (?:quote|budget|price|scope|fee|estimate)\b\s*\?/i, confidence: 0.75 },
    // "We need another round of revisions, but we're not paying more for it"
    { match: /\b(?:not|wo ?n['’]?t|are ?n['’]?t|should ?n['’]?t (?:have to )?|do ?n['’]?t (?:expect to )?)(?: be)? pay(?:ing)? (?:any ?more|more|extra|anything (?:more|extra)|a penny more|another (?:penny|cent|dime))\b/i, confidence: 0.75 },
    // "The package should really include ongoing support too"
    { match: /\b(?:package|price|fee|quote|plan|contract|subscription|service|set-?up|deal|retainer|membership) (?:should|would|must|ought to) (?:really |surely |obviously |already |also |at least )?(?:include|cover|come with)\b/i, confidence: 0.7 },
    // "Would it be possible to add two more pages? It's just text."
    { match: /\b(?:it['’]?s|it is|they['’]re|that['’]?s) (?:just|only) (?:text|words|copy|a logo|a line|one line|a photo|a picture|a few (?:lines|words|photos|fields)|a couple of (?:lines|words|photos|fields))\s*[.!]/i, confidence: 0.6 },
    // "He'll be here anyway", "you might as well install the sockets while the walls are open"
    {
      match: /\b(?:you|he|she|they|your \w+|the \w+)(?:['’]ll| will|['’]re| are|['’]s| is) (?:be )?(?:there|here|on site|around|in the area|passing|going|coming|doing \w+|at it|up there) anyway\b/i,
      confidence: 0.7,
    },
    { match: /\b(?:you|they|he|she|your \w+) (?:might|may|could) (?:just )?as well\b/i, confidence: 0.6 },
    { match: /\bwhile (?:the \w+ (?:is|are)|it['’]?s|it is) (?:open|apart|off|out|down|exposed|stripped|in bits|up)\b/i, confidence: 0.7 },
    // "We're expecting the final version to include the mobile app as well"
    { match: /\bexpect(?:ing|ed)? (?:the|this|it|that|our|your) (?:\w+ ){0,3}to (?:include|cover|come with|have)\b[^.!?]{0,50}?\b(?:as well|too|also)\b/i, confidence: 0.7 },
    // "It's all marketing anyway"
    { match: /\b(?:it['’]?s|that['’]?s|they['’]re) all (?:\w+ ){1,3}(?:anyway|really)\b/i, confidence: 0.65 },
    // "I don't see why the extra pages should cost more", "why would that cost extra?"
    {
      match: /\b(?:do ?n['’]?t see why|no reason (?:why )?|not sure why|why (?:would|should|does|do)) (?:\w+ ){0,5}?(?:should |would |has to |needs to )?(?:cost|be charged|be billed|add|charge) (?:anything |any )?(?:more|extra|anything)\b/i,
      confidence: 0.75,
    },
    // "I'm sure you can fit that in"
    { match: /\b(?:i['’]m sure|surely|i expect|i assume) (?:you|your \w+|they|he|she) (?:can|could|will|['’]ll)(?: easily| just)? (?:fit|squeeze|slip|slot|throw|work) (?:that|this|it|them|those) in\b/i, confidence: 0.7 },
    // "We figured the consultation covered implementation too"
    { match: /\b(?:assumed?|thought|figured|presumed?|understood|expected)\b[^.!?]{0,50}?\bcover(?:s|ed)\b[^.!?]{0,40}?\b(?:too|as well|also)\b/i, confidence: 0.75 },
    // "Shouldn't the hosting be thrown in, given what we're paying?"
    { match: /\b(?:should|shouldn['’]?t|surely|could|can)\b[^.!?]{0,30}?\bthrown in\b|\b(?:given|considering) (?:what|how much) (?:we|i)(?:['’]re| are| am|['’]m)? (?:paying|pay|paid)(?: you\b| for (?:it|this|that)\b|\s*[?!])/i, confidence: 0.7 },
    // "While you're on the roof, could you check the chimney?"
    {
      match: /\bwhile (?:you|he|she|they|your \w+)(?:['’]re|['’]s| are| is) (?:on the (?:roof|ladder|site|job)|up there|under the \w+|in the (?:\w+ )?(?:loft|attic|roof|walls|code|codebase|files?|system|back ?end|engine|theme|template|database|dashboard|spreadsheet|document|artwork))\b/i,
      confidence: 0.75,
    },
    // "Add a second language as part of the existing project please"
    { match: /\b(?:add|include|do|make|build|throw|put|redo|translate|design)\b[^.!?]{0,60}?\bas part of (?:the|our|this) (?:existing|current|original|same) (?:project|contract|job|order|package|scope|work|booking|engagement)\b/i, confidence: 0.7 },
    // "I'm assuming none of this changes the price"
    {
      match: /\b(?:assume|assuming|assumed|presume|presuming|expect|hope|trust)\b[^.!?]{0,40}?\b(?:none of this|this|that|it|these|they)\b[^.!?]{0,15}?\b(?:changes?|affects?|impacts?|adds? to|increases?|alters?)\s+(?:the |our |your )?(?:price|cost|quote|fee|timeline|budget|bill|invoice|deadline)\b/i,
      confidence: 0.8,
    },
    // "I know the spec said Postgres only, but ...", "the contract says three revisions but we need more"
    {
      match: /\bi know (?:that )?(?:the|our|your|we|you|it['’]?s|this is|that['’]?s)\b[^.!?]{0,40}?\b(?:spec(?:ification)?|quote|quoted|scope|brief|contract|proposal|estimate|agreed|package|outside|not (?:in|part of))\b[^.!?]{0,80}?\bbut\b/i,
      confidence: 0.75,
    },
    {
      match: /\b(?:spec(?:ification)?|quote|scope|brief|contract|proposal|estimate|agreement|package|plan) (?:only )?(?:says|said|states|stated|covers|covered|includes|included|was for|is for|lists|listed)\b[^.!?]{0,50}?\bbut (?:we|i)['’]?(?:ll| will| need| want| would| d| also|d like| actually)\b/i,
      confidence: 0.7,
    },
    // "It's basically the same dashboard", "it's all homework help, right?"
    { match: /\b(?:it['’]?s|this is|that['’]?s|they['’]re) (?:basically|essentially|pretty much|really|practically) (?:the same|part of)\b/i, confidence: 0.6 },
    // What was "obviously" in the deal all along: "the extra pages were clearly part of the original job"
    {
      match: /\b(?:was|were|is|are|be|been)\s+(?:obviously|clearly|surely|always|naturally|of course|definitely|supposed to be|meant to be)\s+(?:all )?(?:part of|included in|covered by|in) (?:the|our|your) (?:original|agreed|initial|first|existing|whole|basic|standard|monthly)\b/i,
      confidence: 0.75,
    },
    // Hedged trivialising: "I'm sure that's a minor tweak", "presumably it's just a small change for you"
    {
      match: /\b(?:i['’]m sure|i am sure|surely|presumably|i assume|i['’]d imagine|i imagine|i expect|i guess|i reckon|no doubt)\b[^.!?]{0,20}?\b(?:that|it|this|those|these|they)(?:['’]s|['’]re| is| are| would be| should be| will be| must be)\s+(?:just |only |probably |really )?(?:an? )?(?:minor|small|tiny|quick|simple|trivial|little|easy|straightforward) (?:tweaks?|changes?|jobs?|fix(?:es)?|things?|additions?|add-ons?|extras?|updates?|edits?|tasks?|bits?)\b/i,
      confidence: 0.75,
    },
    // "Should be a quick copy-paste job", "it'd be a simple cut and paste"
    { match: /\b(?:should|would|will|it['’]?s|it['’]?d|that['’]?s)\s+(?:be\s+)?(?:just\s+|only\s+)?(?:a\s+)?(?:quick|simple|easy)\s+(?:copy[- ](?:and[- ])?paste|cut[- ]and[- ]paste|find[- ]and[- ]replace)\b/i, confidence: 0.75 },
    // "Can't be a huge job for you lot", "hardly a big job for a pro"
    { match: /\b(?:can['’]?t|cannot|could ?n['’]?t|hardly|surely not|not exactly) (?:be )?(?:(?:a|that|such a) (?:big|huge|massive|major|difficult|hard)|(?:that|so|too) (?:big|huge|hard|difficult) an?) (?:deal|job|ask|task|undertaking)\b/i, confidence: 0.7 },
    // Trivialising tag: "twelve little variations, nothing major"
    { match: /,\s*(?:it['’]?s |that['’]?s )?nothing (?:major|big|huge|drastic|complicated|fancy|too (?:big|complicated|fancy|much))\s*(?:[.!]|$|really)/i, confidence: 0.65 },
    // Fold extra work into the existing money: "I assume you can fold those into the original fee",
    // "it fits within the agreed budget", "roll it into the monthly retainer"
    {
      match: /\b(?:fold|fit|fits|absorb\w*|roll|squeeze|includ\w*|cover\w*|work|goes?|go|slot|sit|sits|come|comes|count)\b[^.!?]{0,20}?\b(?:in|into|within|under|out of|from) (?:the|our|your|this) (?:original|agreed|existing|current|same|monthly|usual|initial|quoted|fixed|standard) (?:fee|budget|price|quote|cost|scope|retainer|plan|package|contract|estimate|rate|allowance|hours)\b/i,
      confidence: 0.75,
    },
    // What the vendor surely does anyway: "I'm assuming that's the sort of thing you'd do as standard"
    {
      match: /\b(?:sort|kind|type) of thing (?:you['’]?d|you would|you|you['’]?ll) (?:\w+ )?(?:do|include|provide|offer|cover|throw in|handle)\b|\b(?:you['’]?d|you would|you['’]?ll|you will|you) (?:\w+ )?(?:do|include|provide|offer|cover|supply|handle)s? (?:that|this|it|them|those )?as (?:standard|a matter of course)\b/i,
      confidence: 0.7,
    },
    // Taking it as read: "I presume you'll just enable them for us", "surely you'll simply add it too"
    {
      match: /\b(?:i presume|i assume|i['’]m assuming|i take it|presumably|surely|i expect|i trust)\b[^.!?]{0,10}?\byou['’]?ll (?:just|simply|happily) \w+[^.!?]{0,40}?\b(?:for (?:us|me|free|nothing)|as well|too|also|anyway)\b/i,
      confidence: 0.7,
    },
    // Measured against a former supplier: "our previous bookkeeper always did payroll as part of her fee"
    {
      match: /\b(?:previous|last|old|other|former) (?:\w+ )?(?:bookkeeper|accountant|agency|supplier|provider|developer|designer|builder|cleaner|company|firm|guy|contractor|gardener|photographer|printer|host|vendor|cleaners|decorator|plumber|electrician)s? (?:always |would |used to |just |happily |never charged (?:for|extra)|even )+(?:do|did|include|included|cover|covered|throw|threw|add|added|handle|handled|take care of|sort|sorted)\b/i,
      confidence: 0.7,
    },
    // "I'm sure that's what we discussed when we signed", "I thought that's what we agreed"
    { match: /\b(?:i['’]m sure|i am sure|i thought|surely|i['’]m certain|i was under the impression)\b[^.!?]{0,10}?\b(?:that['’]?s|that is|this is|it['’]?s|it was|that was) what we (?:discussed|agreed|talked about|said|signed up for)\b/i, confidence: 0.65 },
    // Scare-quoting the agreement: "I know it was 'one design', but ..."
    { match: /\bi know\b[^.!?]{0,40}?[‘'"“][^'’"”]{2,30}[’'"”],? but\b/i, confidence: 0.65 },
    // "Since you're already in the theme files, could you pop in a members' area"
    {
      match: /\b(?:since|as|seeing as|while|given)\s+(?:you|you['’]re|you are|they['’]re|they are|he['’]s|she['’]s|your \w+ (?:is|are))\s+(?:already\s+)(?:in|inside|working on|on|into|digging|editing|changing|updating|touching)\b[^.!?]{0,80}?\b(?:could|can|would|pop|also|too|as well)\b/i,
      confidence: 0.75,
    },
    // Taken as included: "surely that comes with it", "presumably these are covered"
    { match: /\b(?:surely|presumably|obviously|naturally)\b[^.!?]{0,20}?\b(?:that|it|this|these|those)(?:['’]s| is| are)? (?:comes? with|included|covered|part of)\b/i, confidence: 0.7 },
    // "just a few more small tweaks", "a couple of little changes"
    { match: /\bjust (?:a (?:few|couple(?: of)?)|two|three) (?:more |other )?(?:small|tiny|little|quick|minor) (?:tweaks|changes|bits|things|additions|extras|edits)\b/i, confidence: 0.6 },
    // Waving away the paperwork: "no need for a quote, it's tiny", "it's in the spirit of what we agreed"
    { match: /\bno need (?:to|for (?:a|an|any)) (?:quote|estimate|change request|variation|formal \w+|new contract|extra invoice)\b/i, confidence: 0.75 },
    { match: /\bin (?:line with )?the spirit of (?:what we|the|our) (?:agreed|agreement|contract|deal|brief|spec)\b/i, confidence: 0.7 },
    // "We assumed hosting was baked into the price"
    { match: /\b(?:assum\w*|thought|expect\w*|presum\w*|surely|should|figured|hoped|understood)\b[^.!?]{0,40}?\b(?:baked|built|rolled|folded|bundled|wrapped) in(?:to)? (?:the|our|your) (?:\w+ )?(?:price|fee|quote|cost|package|deal|contract|budget|retainer|plan|subscription)\b/i, confidence: 0.7 },
    // "Should only be an hour or so", "it'll just be a couple of hours"
    { match: /\b(?:should|would|will|it['’]?s|it['’]?ll)\s+(?:only|just)\s+be\s+(?:an|one|half an|a couple of|a few|two) (?:hours?|minutes?|mins?)(?: or so| tops| max(?:imum)?)?\b/i, confidence: 0.65 },
    // "It's literally one extra page", "they're only a few more fields"
    { match: /\b(?:it['’]?s|that['’]?s|they['’]re|it is)\s+(?:literally|only|just|simply)\s+(?:one|a|two|three|a couple of|a few|a handful of)\s+(?:extra|more|additional|small|tiny|little)\s+(?!(?:days?|weeks?|months?|hours?|minutes?|years?|miles?|times?)\b)\w+/i, confidence: 0.65 },
    // "The training should come free with it", "that ought to be thrown in"
    { match: /\b(?:should|ought to|must|would)\s+(?:really |surely |obviously |at least )?(?:come|be) (?:free|thrown in|bundled|at no (?:extra )?cost)\b/i, confidence: 0.7 },
    // "That's what we're paying you for", "that's simply standard in the industry"
    { match: /\bthat['’]?s (?:what|why) (?:we|i)(?:['’]re| are| am|['’]m) paying (?:you|for)\b/i, confidence: 0.75 },
    { match: /\b(?:simply|just|pretty|fairly|totally|completely) standard (?:in the (?:industry|trade)|practice|for any)\b/i, confidence: 0.6 },
  ],
  unless: [
    // Offers to pay or asks for a price: "please quote for the extra", "happy for it to be billed"
    /\b(?:(?:send|give|get|provide|prepare|need|want|request)(?: (?:me|us))? (?:a |an |the |your )?(?:separate |new |updated |revised )?(?:quote|quotation|estimate|proposal|pricing)|quote (?:for|me|us)|(?:happy|willing|glad|fine|ok|okay) (?:for it )?to (?:pay|be billed|be charged|cover)|(?:bill|charge|invoice) (?:me|us|it)|add-on|extra (?:cost|charge) is fine|let (?:me|us) know (?:the|what (?:it|that) (?:would )?)?cost|at our (?:own )?(?:cost|expense)|(?:any|what(?:ever)?) (?:the |extra |additional )?(?:cost|charge) (?:is|would be|will be)|(?:is|are|was) there (?:an? )?(?:extra|additional) (?:cost|charge|fee))\b/i,
    // A genuine question: "I assume delivery includes installation, can you confirm?"
    /\b(?:(?:can|could|would) you (?:please )?confirm|please confirm|just (?:checking|to check|to confirm)|am i right in thinking)\b/i,
    // Meetings and forms are not work: "the call should only take a few minutes"
    /\b(?:call|meeting|survey|questionnaire|interview|form|chat|conversation|presentation|demo|drive|walk|flight|trip|ride)\b[^.!?]{0,30}\b(?:take|last|be)\b/i,
  ],
  examples: {
    flag: [
      "While you're at it, could you also redo the signage on the back door?",
      'Since the painters are already there, they can do the garage ceiling too.',
      'We assumed the data migration was included in the setup fee.',
      'Hosting for the first year should be part of the package.',
      "I thought the price included delivery and assembly, isn't that part of the service?",
      "It shouldn't take more than five minutes to add another language.",
      'Just one more small thing: can you add a booking page as well?',
      "There's no extra work really, the template is already built.",
      "I know the brief said two pages, but we'll need five, same price obviously.",
      'Can you also quickly set up email accounts for the new staff?',
      "I'm assuming none of this changes the timeline.",
      'Surely the logo files are covered by what we paid?',
      'Could you also paint the hallway for the same price?',
    ],
    pass: [
      'Could you send a quote for the garden room including AV and cleanup?',
      "We'd like to add the reporting module, happy for it to be billed as an add-on.",
      'Is delivery included in the price, or is that extra?',
      'The call should only take a few minutes.',
      'Could you also send me the invoice for March?',
      'Those costs should be included in the Q3 budget.',
      "While you're away, Dana will cover your accounts.",
      "I know it's outside the original scope, so please send me a quote for the extra pages.",
      'Thanks, the install went smoothly.',
      'As agreed, the project includes three rounds of revisions.',
    ],
  },
});
