import { defineRule } from './define-rule';

// Words that say something went wrong; "since your update" or "after the technician left" only
// blames when the same sentence also reports a breakage.
const BROKE =
  "(?:broke|broken|break(?:s|ing)?|stopp?ed|fail\\w*|crash\\w*|nothing|not work\\w*|n[o']t work\\w*|won['’]?t (?:start|load|work|open|run|close|turn|boot|print|connect|charge)|does ?n['’]?t (?:work|start|load|close|open|turn|run)|no longer|worse|leak\\w*|drip\\w*|flood\\w*|wrong|problems?|issues?|errors?|bugs?|glitch\\w*|fault\\w*|can['’]?t|cannot|dead|gone (?:wrong|missing|dead|down)|missing|lost|deleted|disappeared|damaged|scratch\\w*|cracked|dent\\w*|grinding|squeal\\w*|rattl\\w*|noise|noisy|horrible|terrible|awful|slow|freez\\w*|stuck|cold|useless|mess|jamm\\w*|wobbl\\w*|loose|vibrat\\w*|sagg\\w*|bent|wonky|never (?:gets|works|starts|stops|holds)|appeared|damp|mou?ld|holes?|stain\\w*|marks|blew|blown|burst|tripp\\w*|trips|overheat\\w*|smok\\w*|spark\\w*|went off|goes off|gone off|(?:gone|went|going) (?:downhill|backwards|to pot)|fell|falling|peel\\w*|downtime|outage|incorrect\\w*|instead of|wrongly|nobody can|no one can|none of (?:us|them) can|(?:been|is|are|was|went) down)";
// "It worked fine", "ran like a dream", "had no problems": how things were before.
const FINE =
  '(?:fine|perfect\\w*|great|dry|solid|reliabl\\w*|spotless|silent|ok|okay|well|flawless\\w*|smooth\\w*|normal\\w*|quiet|good|better|accurate|correct|(?:was|were) working|it was working|it worked|(?:no|zero|not (?:a|one)(?: single)?|never (?:had |saw |seen )?(?:a|any|one)(?: single)?) (?:problems?|issues?|trouble|downtime|complaints?|leaks?|errors?|faults?)|without (?:a|any) (?:problem|issue|hitch)|without fail|like a (?:dream|charm))';
// What a careful job would have done: "didn't (even) test it", "didn't do it right".
const CARELESS =
  '(?:actually |even |properly |really |ever |bother(?:ed)? to )?(?:fix(?:ed)?|repair(?:ed)?|solved?|resolved?|test(?:ed)?|replaced?|check(?:ed)?(?! in)|look(?:ed)? at (?:it|this|the \\w+)|do (?:it|the job|a) (?:right|properly|correctly))\\b';
// Who did the work: "your update", "the technician", "you installed". A bare "since you" is too
// often causal ("since you asked"), so "you" needs a verb of doing the work.
// "The technician" names the vendor's people; "the update" alone may be anyone's, so things need "your".
const PEOPLE =
  '(?:guys|lot|man|men|lads?|team|tech(?:s|nicians?)?|engineers?|staff|people|crew|mechanics?|handyman|plumber|electrician|builders?|decorators?|painters?|installers?|cleaners?|developers?|contractors?|company|shop|garage)';
const WORKER = `(?:${PEOPLE}|updates?|upgrades?|changes?|visits?|repairs?|fix|fixes|install\\w*|migration|deploy\\w*|rollout|rebuild|patch|release|service|servicing|work|new \\w+|last \\w+|latest \\w+)`;
const YOU_DID = `(?:your [“"'‘]?(?:\\w+ )?${WORKER}\\b|(?:the|that) (?:\\w+ )?${PEOPLE}\\b|(?:came|got|come|brought it) (?:home |back )?from (?:you|your \\w+)\\b|(?:you|your (?:\\w+ )?${PEOPLE}) (?:guys |people |lot )?[“"'‘]?(?:installed|updated|upgraded|changed|came|touched|worked on|fixed|serviced|moved|replaced|pushed|ran|rolled|switched|put|were here|visited|migrated|took over|repaired|reset|set up|configured|looked at|messed with|got your hands on|did|left|fitted|cleaned|painted|rewired))`;
// A loose "you did something" for sentences that already say things were fine before.
const YOU_ANY = `(?:${YOU_DID}|(?:someone|somebody|whoever) (?:on|at|from) your (?:side|end|team)|you (?:guys |people |lot )?(?:\\w+ed|came|ran|put|took|did|got|left|set|made|had|were|went|sent|brought|began|started)\\b)`;

export default defineRule({
  id: 'blame_dispute',
  explain: 'The client blames you for a problem, says the work was never done or fixed, or demands a guarantee.',
  cues: /anything|a thing|because|cos\b|something|what (you|your)|came back|must|has to|have to|can only|dropped the ball|first time|times|"|“|'|signed off|certified|inspected|approved|lies with|created|hard to believe|difficult to believe|attempt|servic|install|fitted|built|supplied|set up|worked on|sold|delivered|accountab|liable|within|recur|explain to me|clear|obvious|started|began|error|negligen|before|paying|promised|assured|visits|attempts|responsibility|trust|confident|left (the|our|my)|until|since|after|following|then|funny|strange|odd|coincid|down to|result of|negligen|careless|incompeten|slopp|shoddy|workmanship|botched|if you|had you|whatever|without|signed off|believe|doubt|convinced|wonder|guaranteed|warrant|thanks to|because of|due to|caused|broke|damag|ruin|mess|screw|delet|wipe|introduc|fault|mistake|responsib|your (end|side)|on (you|him|her)\b|fix|solv|resolv|repair|sort|test|check|look|replac|guarantee|assur|in writing|happen again|worse|time|back|told|said|promised|supposed|so much for|lasted|keeps|‘|thank|cheers|\bta\b|so-called|another|worked|held|lasted|stayed|\bran\b|only|coincidence|(should|could|ought to) (have|'ve|of)|wrong|badly|incorrect|improperly|backwards|upside down|whoever|charged|billed|invoiced|paid|\bpay\b|spen[dt]|forked|shelled|see|evidence|twice|every time|each time|supposedly|allegedly|supposed to|meant to|something|someone|somebody|point fingers|kicked off|went live|released|deployed|rolled out|applied|landed|shipped|struggl|hard to see|fail to see|left/,
  patterns: [
    // "It worked fine before you touched it", "the site loaded fine until your developer pushed the theme"
    { match: new RegExp(`\\b${FINE}\\b[^.!?;]{0,40}?\\b(?:before|until|till|prior to|then|and then)\\s+${YOU_ANY}`, 'i'), confidence: 0.85 },
    // "Funny how the printer jammed the very day your technician serviced it"
    {
      match: new RegExp(`\\b(?:funny|strange|odd|interesting|curious|convenient|coincidence)\\w* (?:how|that)\\b[^.!?]{0,80}?\\b(?:after|since|when|day|week|morning) ${YOU_ANY}`, 'i'),
      confidence: 0.8,
    },
    // "This is a direct result of your team's negligence", "how this isn't down to your installation"
    {
      match: new RegExp(`\\b(?:down to|because of|caused by|(?:the |a )?(?:direct )?result of|due to|thanks to|blame (?:it on|falls on)|attribut\\w* to) (?:your (?:\\w+['’]s )?(?:\\w+ )?${WORKER}|you)\\b`, 'i'),
      confidence: 0.75,
    },
    { match: /\byour (?:\w+['’]s )?(?:negligence|carelessness|incompetence|sloppiness|sloppy work|shoddy work(?:manship)?|poor workmanship|botched \w+)\b/i, confidence: 0.8 },
    // "If you had tested it properly this wouldn't have happened"
    {
      match: /\b(?:if (?:you|your \w+(?: \w+)?)(?: had|['’]d)|had (?:you|your \w+(?: \w+)?))(?: \w+)? (?:tested|checked|done|fixed|listened|followed|read|installed|looked|bothered|taken|paid attention)\b[^.!?]{0,60}?\b(?:would ?n['’]?t|would not|would never|never would)\b/i,
      confidence: 0.85,
    },
    // "Whatever your developer did on Friday has broken the checkout"
    { match: new RegExp(`\\bwhatever (?:you|your \\w+(?: \\w+)?) (?:did|changed|touched|installed|pushed|updated)\\b[^.!?]{0,60}?\\b${BROKE}\\b`, 'i'), confidence: 0.8 },
    // "You assured us the migration was safe, and now half the data is gone"
    {
      match: new RegExp(`\\b(?:you|your \\w+(?: \\w+)?) (?:told|assured|promised|said|claimed|swore|guaranteed)\\b[^.!?]{0,60}?\\b(?:and now|but now|yet now|but|yet|now)\\b[^.!?]{0,60}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.8,
    },
    // "You closed my ticket without fixing anything", "you shipped it without even testing it"
    {
      match: /\b(?:you|your \w+(?: \w+)?|closed|marked|signed off|shipped|released|delivered|handed (?:it )?over)\b[^.!?]{0,40}?\b(?:without) (?:even |actually |properly |ever )?(?:fixing|solving|resolving|testing|checking|reading|looking at)\b/i,
      confidence: 0.75,
    },
    // "Why your team signed off on something that doesn't work"
    {
      match: /\b(?:signed off|approved|delivered|handed over|released|shipped|sold (?:me|us)|charged (?:me|us) for|billed (?:me|us) for)\b(?: on)? (?:something|a \w+|work|a product|it|this) (?:that|which) (?:does ?n['’]?t|does not|did ?n['’]?t|never|wo ?n['’]?t|is ?n['’]?t|was ?n['’]?t) (?:work|function|fit|run|start|do|happen(?:ed)?|get done|arrive(?:d)?|show(?:ed)? up|exist(?:ed)?)\b/i,
      confidence: 0.8,
    },
    // "I don't believe the part was ever replaced", "I doubt anyone actually tested it"
    {
      match: /\b(?:don['’]?t believe|do not believe|doubt|not convinced|wonder (?:if|whether)|question whether|hard to believe|difficult to believe)\b[^.!?]{0,40}?\b(?:ever|actually|really|even|properly)(?: properly)? (?:been )?(?:replaced|fixed|repaired|done|installed|tested|checked|serviced|cleaned|did (?:it|the work|anything))\b/i,
      confidence: 0.75,
    },
    // "Your last repair clearly didn't hold", "your fix has not worked"
    {
      match: /\byour (?:\w+ )?(?:repair|fix|patch|job|work|seal|part|solution|update|install\w*) (?:\w+ )?(?:did ?n['’]?t|did not|has ?n['’]?t|has not|never) (?:hold|last|work|take|stick|solve|fix)\b/i,
      confidence: 0.75,
    },
    // "The quote said the work was guaranteed, yet here we are again"
    { match: /\b(?:guaranteed|warrantied|under warranty)\b[^.!?]{0,40}?\b(?:yet|and yet|but|still) (?:here we are|it['’]?s|again|the same|we)\b/i, confidence: 0.7 },
    // "Before your visit the door closed perfectly"
    { match: new RegExp(`^\\W*(?:before|until)\\s+${YOU_DID}\\b[^.!?]{0,60}?\\b${FINE}\\b`, 'i'), confidence: 0.8 },
    // "We never had this problem before your update", "this never happened before you changed the settings"
    { match: new RegExp(`\\b(?:never)\\b[^.!?]{0,40}?\\b(?:before|until)\\s+${YOU_ANY}`, 'i'), confidence: 0.85 },
    // "Since your update nothing works", "ever since the technician left the dishwasher makes a horrible
    // noise", "a day after your crew left, the gutter fell off"
    {
      match: new RegExp(`\\b(?:ever since|since|after|following|right after|thanks to|because of|due to|caused by)\\s+${YOU_DID}[^.!?]{0,120}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.8,
    },
    // "Nothing has worked since your update", "the leak started the day after your plumber was here"
    {
      match: new RegExp(`\\b${BROKE}\\b[^.!?]{0,60}?\\b(?:ever since|since|after|right after|straight after|thanks to|because of|due to|caused by)\\s+${YOU_DID}`, 'i'),
      confidence: 0.8,
    },
    // "Your guys broke it", "your team deleted half our records", "you must have damaged the hose"
    {
      match:
        '(you|your #Noun+|your guys|you guys|you people|you lot) (must|might|may|clearly|obviously|probably)? (have|has)? #Adverb? (broke|broken|damaged|ruined|wrecked|messed|screwed|knocked|scratched|cracked|dented|botched|bodged|corrupted|wiped|erased|overwrote|deleted|lost|caused)',
      confidence: 0.85,
    },
    // "Obviously your last patch introduced this bug"
    { match: /\b(?:you|your \w+(?: \w+)?) (?:\w+ )?(?:introduced|created|caused) (?:this|the|a|these|new) (?:\w+ )?(?:bug|bugs|problem|problems|issue|issues|error|errors|fault|leak|mess)\b/i, confidence: 0.8 },
    // "it's pretty clear who is responsible", "it's obvious who is to blame"
    { match: /\b(?:pretty|fairly|very|quite|perfectly|abundantly|blindingly)? ?(?:clear|obvious) (?:what|who) (?:changed|caused (?:this|it)|broke (?:it|this)|is (?:responsible|to blame|at fault)|was (?:responsible|to blame|at fault))\b/i, confidence: 0.75 },
    // "the fridge started humming the very next day"
    { match: /\b(?:started|began)\s+\w+ing\b[^.!?]{0,10}?\b(?:the (?:very )?next (?:day|morning)|the same (?:day|night|afternoon)|straight after|right after|immediately after)/i, confidence: 0.7 },
    // "The boiler you serviced last week is now leaking"
    {
      match: new RegExp(`\\b(?:the|that|this) (?:\\w+ ){1,2}(?:you|your \\w+) (?:serviced|installed|fixed|repaired|replaced|fitted|built|updated|delivered|supplied|set up|worked on|sold (?:us|me))\\b[^.!?]{0,50}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.75,
    },
    // "This problem started with your engineer's visit"
    { match: new RegExp(`\\b${BROKE}\\b[^.!?]{0,20}?\\b(?:started|began|appeared|showed up)\\b (?:with|after|when|the (?:day|moment|minute)) (?:you|your)\\b`, 'i'), confidence: 0.75 },
    // "How does a brand new install fail within a week?"
    { match: new RegExp(`\\b${BROKE}\\b[^.!?]{0,20}?\\bwithin (?:a|an|one|two|three|\\d+) (?:hours?|days?|weeks?)\\b`, 'i'), confidence: 0.65 },
    // "You guys clearly messed something up during the install"
    { match: /\b(?:you|you guys|you people|you lot|your \w+(?: \w+)?) (?:\w+ )?(?:messed|screwed|mucked|stuffed|cocked|botched|fouled) (?:\w+ )?up\b/i, confidence: 0.8 },
    // "It's your update that caused this, not our configuration"
    { match: /\b(?:it['’]?s|it is|it was|this is|that['’]?s) (?:your|you) (?:\w+ )?(?:\w+ )?(?:that|which|who) (?:caused|broke|started|created|introduced|messed|ruined|damaged|did)\b/i, confidence: 0.85 },
    // "The stain wasn't there before your cleaners came"
    { match: new RegExp(`\\b(?:was ?n['’]?t|was not|were ?n['’]?t|were not|did ?n['’]?t (?:exist|happen)) (?:there|here|a problem|an issue|like (?:this|that))\\b[^.!?]{0,20}?\\b(?:before|until) ${YOU_ANY}`, 'i'), confidence: 0.85 },
    // "Your contractor left the gate open and our dog got out"
    { match: /\b(?:you|your \w+(?: \w+)?) left (?:the|our|my) \w+(?: \w+)? (?:open|unlocked|on|running|dirty|broken|damaged|in a mess|a mess|leaking|unplugged|disconnected)\b/i, confidence: 0.75 },
    // "After three visits from your technician, the boiler still doesn't work"
    {
      match: new RegExp(`\\bafter (?:\\w+ ){0,2}(?:visits?|attempts?|repairs?|tries|call-?outs?|appointments?|sessions?|fixes|weeks|months)\\b[^.!?]{0,40}?\\bstill\\b[^.!?]{0,30}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.75,
    },
    // "I expect you to take responsibility for the damage"
    {
      match: /\b(?:you|your \w+(?: \w+)?) (?:to |should |must |need to |will |have to |are going to )?(?:take|accept) (?:full |some )?responsibility for (?:the|this|that|all|our|my) (?:\w+ )?(?:damage|mess|problem|loss|losses|outage|delay|mistake|error|failure|breakage|leak)\b/i,
      confidence: 0.8,
    },
    // "Not sure what we're paying you for if it keeps breaking"
    { match: /\bwhat (?:exactly )?(?:are )?(?:we|i)(?:['’]re| are| am|['’]m)? (?:even |actually )?paying (?:you|your \w+|for)\b[^.!?]{0,10}?(?:for\b|\?)/i, confidence: 0.7 },
    // "We were promised it was tested thoroughly, and it fell over on day one"
    {
      match: new RegExp(`\\b(?:we were|i was|we['’]d been|we had been) (?:promised|assured|told|guaranteed)\\b[^.!?]{0,60}?\\b(?:and|but|yet|now)\\b[^.!?]{0,60}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.75,
    },
    // "How can I trust that the next repair will actually work?"
    {
      match: /\bhow (?:can|do|could|am|are|will) (?:i|we) (?:supposed to )?(?:trust|know|be sure|be confident|rely on)\b[^.!?]{0,50}?\b(?:work|last|hold|happen again|fixed|won['’]?t|will not|safe)\b/i,
      confidence: 0.75,
    },
    // "We've lost a week of sales because your migration went wrong"
    { match: new RegExp(`\\b(?:because|cos|since|as) ${YOU_DID}[^.!?]{0,80}?\\b${BROKE}\\b`, 'i'), confidence: 0.75 },
    // "Clearly something your engineer did has caused the pressure to drop"
    { match: new RegExp(`\\b(?:something|what) (?:you|your \\w+(?: \\w+)?) did\\b[^.!?]{0,40}?\\b(?:caused|${BROKE})\\b`, 'i'), confidence: 0.75 },
    // "The car came back from your garage with a new scratch on the door"
    { match: /\bcame back (?:from (?:you|your \w+) )?with (?:a |an )?(?:new|fresh|another|extra) (?:scratch|dent|crack|stain|leak|noise|fault|problem|issue|mark|chip|rattle)\b/i, confidence: 0.75 },
    // "Nobody here touched the settings, so it must have been your side"
    { match: /\b(?:must|has to|have to|can only) (?:have )?(?:been|be|come from) (?:on |at |from )?your (?:side|end|team|people|guys|doing|fault|update|change)\b/i, confidence: 0.75 },
    // "You've now 'fixed' this three times and it still doesn't print"
    {
      match: /\b(?:your|the|this|that|so-called|you(?:['’]ve| have)?(?: now)?) [“"‘'](?:fix|fixed|repair|repaired|solution|tested|resolved|solved|sorted|expert|professional)[”"’']/i,
      confidence: 0.7,
    },
    { match: /\b(?:you(?:['’]ve| have)?|your \w+(?: \w+)?(?: has| have)?)\b[^.!?]{0,40}?\b(?:two|three|four|five|several|multiple|many|\d+) times\b[^.!?]{0,30}?\bstill\b/i, confidence: 0.7 },
    // "Your team dropped the ball on this one"
    { match: /\b(?:you|your \w+(?: \w+)?) (?:really |completely |totally )?dropped the ball\b/i, confidence: 0.8 },
    // "If this had been done right the first time we wouldn't be here"
    { match: /\b(?:done|fixed|installed|built|repaired|set up) (?:right|properly|correctly) (?:the )?first time\b/i, confidence: 0.75 },
    // "You signed off the wiring, and now the breaker trips every hour"
    {
      match: new RegExp(`\\b(?:you|your \\w+(?: \\w+)?) (?:signed off|certified|inspected|approved|checked|passed)\\b[^.!?]{0,40}?\\b(?:and now|but now|now|yet)\\b[^.!?]{0,50}?\\b${BROKE}\\b`, 'i'),
      confidence: 0.75,
    },
    // "Your advice has actually made the rash worse", "we're worse off than before"
    { match: '(you|your #Noun+) (have|has)? #Adverb? (made|left) (it|him|her|them|things|everything|this|us|me|the #Noun) #Adverb? worse', confidence: 0.85 },
    { match: /\bworse (?:off )?than (?:before|it was|when (?:we|i) started|when you)\b/i, confidence: 0.7 },
    // "I hold you responsible for the lost orders", "you are responsible for this mess"
    { match: /\b(?:hold|holding) (?:you|your \w+(?: \w+)?) (?:personally |fully )?(?:responsible|accountable|liable)\b/i, confidence: 0.85 },
    // "You never actually fixed it", "the leak was never repaired", "it was not actually resolved"
    { match: 'never (actually|really|properly|even|once)? (fixed|repaired|resolved|solved|sorted|replaced)', confidence: 0.8 },
    { match: 'not (actually|really|properly|even) (fixed|repaired|resolved|solved|sorted|replaced|done|tested)', confidence: 0.8 },
    // "The work was never completed", "it was never tested"
    { match: '(was|were|been) never (done|completed|finished|installed|tested|checked)', confidence: 0.75 },
    // "You clearly didn't test it", "your guys haven't fixed anything", "whoever fitted it didn't do it right"
    {
      match: new RegExp(
        `\\b(?:you|you guys|your \\w+|whoever (?:did|fitted|installed|fixed) it)\\s+(?:clearly |obviously |evidently |apparently )?(?:did ?n['’]?t|did not|never|have ?n['’]?t|has ?n['’]?t|have not|has not|could ?n['’]?t)\\s+${CARELESS}`,
        'i',
      ),
      confidence: 0.8,
    },
    // "Nobody actually replaced the filter", "clearly nobody looked at it"
    { match: new RegExp(`\\b(?:nobody|no one|no-one)(?: (?:on|at|in|from) your \\w+| there| here)?\\s+(?:ever |actually |even |properly |really |bother(?:ed)? to )*${CARELESS}`, 'i'), confidence: 0.8 },
    // "You were supposed to fix the heating", "you said you'd sort it"
    {
      match: /\b(?:you|your \w+(?: \w+)?) (?:were|was) (?:supposed|meant|paid) to (?:have )?(?:fix|fixed|repair|sort|solve|resolve|replace|test|check|finish|complete)\b/i,
      confidence: 0.75,
    },
    { match: /\b(?:we|i) paid (?:you|your \w+) to (?:fix|repair|sort|solve|resolve|replace|do)\b[^.!?]{0,60}?\b(?:and|but|yet|now|still)\b/i, confidence: 0.75 },
    // "Did anyone even test this?", "did your team actually check it before sending?"
    { match: '(did|do|does) (you|anyone|anybody|your #Noun+) (people|guys|lot)? (even|actually|ever|bother to) (test|check|try|look at|read|proofread)', confidence: 0.8 },
    // "It is not resolved", "this still isn't fixed" (but not the condition "if it isn't sorted by Friday")
    {
      match:
        /(?<!\b(?:if|unless|until|till|once|when|whether)\s)\b(?:it|this|that)(?:['’]s| is| was| has)(?: still)? (?:not|n['’]t)(?: been)? (?:solved|fixed|resolved|sorted|repaired)\b|(?<!\b(?:if|unless|until|till|once|when|whether)\s)\b(?:it|this|that) (?:still )?(?:is|was|has)n['’]?t(?: been)? (?:solved|fixed|resolved|sorted|repaired)\b/i,
      confidence: 0.7,
    },
    // "So much for your tested fix", "the repair lasted two days"
    { match: /(?<!\b(?:thanks?|thank you|you all|you both|you guys)\s)\bso much for (?:your|the|that) \W?\w+/i, confidence: 0.7 },
    {
      match: /\b(?:repair|fix|part|job|work|patch|install\w*|replacement|service)\b[^.!?]{0,20}\blasted (?:all of |barely |only |just )?(?:a|an|one|two|three|four|five|\d+) (?:hours?|days?|weeks?)\b/i,
      confidence: 0.7,
    },
    // "the problem is obviously on your end", "the error must be at your end"
    {
      match: /\b(?:problem|issue|fault|error|mistake|it|this|that)\s+(?:is|was|lies|happened|occurred|came from|comes from|must be|has to be)\s+(?:\w+ ){0,2}?(?:on|at|with|from) your (?:end|side)\b/i,
      confidence: 0.8,
    },
    // "This one is on you guys", "that's on you", "it's your fault"
    {
      match: /\b(?:this|that|it)(?: one)?(?:['’]s| is| was) (?:all |squarely |entirely |totally )?(?:on (?:you|him|her|your (?:end|side|guys|team))|your (?:fault|mistake|doing|error))\b/i,
      confidence: 0.8,
    },
    // "your mistake cost us a day", "the fault lies with your installer"
    { match: /\b(?:your (?:fault|mistake|error|screw-?up|negligence|carelessness)|(?:fault|blame|problem|responsibility) (?:\w+ )?lies (?:squarely |entirely |clearly )?with (?:you|your)\w*)\b/i, confidence: 0.75 },
    // "I'm not paying for a repair that didn't repair anything"
    { match: /\b(?:that|which|it|you|your \w+|fix|repair|patch|update)\s+(?:did ?n['’]?t|did not|has ?n['’]?t|has not|have not|have ?n['’]?t) (?:actually |even )?(?:fix|repair|solve|change|do|help|improve)(?:ed)? (?:anything|a thing|squat|much)\b/i, confidence: 0.7 },
    // "Why should I pay to fix a problem your team created?"
    { match: /\b(?:problem|mess|issue|damage|fault|bug|error)s? (?:that )?(?:you|your \w+(?: \w+)?) (?:created|caused|made|introduced|left)\b/i, confidence: 0.8 },
    // "This is the third time it's broken after your visit", "fifth time the van has been in for the same fault"
    {
      match: /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+) (?:time|attempt|visit|try|call-?out)\b[^.!?]{0,50}?\b(?:broken|broke|failed|fail|leak\w*|in for|back in|same (?:problem|issue|fault|leak|error|thing)|gone wrong|stopped|still)\b/i,
      confidence: 0.75,
    },
    // "The same fault keeps coming back after every service"
    { match: /\b(?:keeps?|kept) (?:coming back|happening|recurring|breaking|failing|returning)\b[^.!?]{0,20}?\bafter (?:every|each|your|the) (?:\w+ )?(?:service|visit|repair|fix|update|appointment|session)\b/i, confidence: 0.75 },
    // "the rattle came back the next morning", "the noise is back, worse than before"
    {
      match: /\b(?:problem|issue|fault|leak|noise|grinding|squeak|squeal|rattle|light|error|smell|stain|crack|bug|pain|it)\s+(?:came|comes|has come|is|was|['’]s) back\b[^.!?]{0,20}?\b(?:before I|before we|the (?:very )?next (?:day|morning)|within (?:a|an|two|three|\d+) (?:hours?|days?)|louder|worse|a day later|straight away)/i,
      confidence: 0.7,
    },
    // "Your rep assured us the unit was checked", "you said it was fixed"
    {
      match:
        '(you|your #Noun+) (told|assured|promised|said|claimed|swore) (me|us)? (that)? (it|everything|this|the #Noun|#Pronoun) (was|were|had|would|is) (been|be)? (fixed|tested|resolved|sorted|working|repaired|fine|checked)',
      confidence: 0.65,
    },
    // Sarcastic thanks for a fix that did not hold: "cheers for the so-called repair", "thanks for the
    // fourth fix this month"
    {
      match: /\b(?:thanks|thank you|cheers|ta)\b[^.!?]{0,12}?\bfor (?:the|your|that|this|another|yet another)\s+(?:so-called |latest |(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th)) )+[“"'‘]?(?:fix|repair|patch|update|upgrade|solution|service|visit)\w*/i,
      confidence: 0.75,
      negatable: false,
    },
    // "the so-called upgrade", "your 'permanent' fix", "your lot 'migrated' us", "another week, another outage"
    { match: /\bso-called (?:fix|repair|patch|update|upgrade|solution|expert|engineer|technician|professional|service|support|migration|improvement)\w*\b/i, confidence: 0.75, negatable: false },
    {
      match: /\b(?:your|the|this|that|another|yet another) [“"'‘](?:permanent|final|quick|simple|seamless|tested|working|proper|lasting|complete|full)[”"'’] \w+|\b(?:your|you|your \w+) [“"'‘](?:upgrade\w*|update\w*|migrat\w*|improve\w*|maintenance|service\w*|support|install\w*|clean\w*|check\w*|professional)[”"'’]/i,
      confidence: 0.7,
      negatable: false,
    },
    { match: /\banother (?:day|week|month|visit|update|release|patch|call-?out|invoice),? another (?:[“"'‘]?\w+[”"'’]? )?(?:fix|repair|patch|outage|crash|bug|fault|problem|failure|excuse|breakdown)\b/i, confidence: 0.7 },
    // A fix that held for a laughably short time: "worked for all of two hours", "stayed fixed for barely a day"
    {
      match: /\b(?:worked|held|lasted|stayed (?:fixed|up|working)|ran)\b[^.!?]{0,25}?\bfor (?:all of |barely |only |just |a grand total of |about |around )+(?:a|an|one|two|three|four|five|six|\d+|a couple of|a few) (?:hours?|days?|minutes?|weeks?)\b/i,
      confidence: 0.7,
    },
    // Passive blame on a named change: "it was fine until the patch was rolled out", "everything
    // worked before the rebuild", "we had no issues before the migration"
    {
      match: new RegExp(`\\b${FINE}\\b[^.!?]{0,50}?\\b(?:before|until|till|up to|prior to)\\s+(?:the|that|this|last (?:week|night|month)['’]s) (?:\\w+ )?(?:updates?|upgrades?|patch(?:es)?|migration|rebuild|reinstall|rollout|deployment|release|changes?|service|servicing|repair|install(?:ation)?|fix|visit|engineer|technician|callout|call-out|work)\\b`, 'i'),
      confidence: 0.75,
    },
    // Symptoms that began with a visit: "it only started tripping after he'd been in the fuse box",
    // "the noise only began once they had left"
    {
      match: /\bonly (?:started|began|happened|appeared|showed up|kicked in)\b[^.!?]{0,40}?\b(?:after|since|when|once)\s+(?:he|she|they|you|your \w+|the \w+)(?:['’]d| had)? (?:been|come|visited|worked|touched|gone|left|finished|fitted|installed|serviced|changed|fixed|done)\b/i,
      confidence: 0.75,
    },
    // "your engineer serviced the boiler and ever since then it has been banging"
    { match: new RegExp(`${YOU_DID}[^.!?]{0,80}?\\b(?:since then|ever since|since that (?:day|visit|point)|from that (?:day|moment) on)\\b[^.!?]{0,80}?\\b(?:${BROKE}|been \\w+ing)\\b`, 'i'), confidence: 0.75 },
    // "it has been limping since he came home from you", "the boiler has been banging since your visit"
    {
      match: new RegExp(`\\b(?:has|have|['’]s|['’]ve) been (?!(?:using|working|running|waiting|enjoying|loving|trying|looking|thinking|planning|hoping|talking|getting|meaning|wondering|going|doing)\\b)\\w+ing\\b[^.!?]{0,40}?\\b(?:ever since|since|after)\\s+(?:${YOU_DID}|(?:he|she|it|they) (?:came|got) (?:home |back )?from (?:you|your \\w+))`, 'i'),
      confidence: 0.7,
    },
    // Insinuated cause: "seems a bit of a coincidence", "that can't be a coincidence"
    {
      match: /\b(?:(?:a )?bit of a|quite a|quite the|some|a big|a strange|an odd|suspicious|a suspicious|hell of a) coincidence\b|\b(?:can['’]?t|cannot|could ?n['’]?t) (?:just )?be (?:a )?coincidence\b|\bno coincidence\b/i,
      confidence: 0.65,
      negatable: false,
    },
    // "you should have spotted this months ago", "your team could have caught it in testing"
    {
      match: /\b(?:you|you guys|you lot|you people|your \w+(?: \w+)?|whoever \w+(?: \w+){0,3}?)\s+(?:really |clearly |obviously |surely )?(?:should|could|ought to) (?:have|['’]ve|of) (?:easily |already |at least )?(?:spotted|caught|noticed|checked|tested|flagged|picked up|known|found|warned|realised|realized|foreseen|prevented|avoided)\b/i,
      confidence: 0.7,
    },
    // Passive faulty work: "it was put in wrong", "the wiring was done incorrectly"
    {
      match: /\b(?:was|were|been|got) (?:\w+ )?(?:put in|fitted|installed|set up|wired|done|configured|built|assembled|plumbed|laid|hung|mounted|coded|programmed|connected) (?:all )?(?:wrong|wrongly|incorrectly|badly|backwards|upside down|the wrong way(?: round| around)?|improperly)\b/i,
      confidence: 0.7,
    },
    // Whoever did the work gets the blame: "whoever set up the permissions hasn't the first idea",
    // "whoever wired this shouldn't be allowed near a fuse box"
    {
      match: /\bwhoever (?:\w+ )?(?:set up|installed|fitted|configured|built|did|wrote|designed|pushed|coded|made|signed off|approved|tested|checked|worked on|wired|plumbed|serviced)\b[^.!?]{0,60}?\b(?:has ?n['’]?t|had ?n['’]?t|has no|had no|clearly did ?n['’]?t|obviously did ?n['’]?t|did ?n['’]?t know|does ?n['’]?t know|should ?n['’]?t be allowed|should be (?:sacked|fired|ashamed)|needs (?:retraining|sacking|firing)|made a (?:mess|hash|pig['’]s ear))\b/i,
      confidence: 0.75,
      negatable: false,
    },
    // Paid and still broken: "you charged me for new pads and it still squeals", "we paid for a new pump and it still leaks"
    {
      match: /\b(?:(?:you|yous|your \w+)(?: have|['’]ve)? (?:charged|billed|invoiced)|(?:we|i)(?: have|['’]ve)? paid (?:you|your \w+|for (?:a|an|the|new|your)))\b[^.!?]{0,60}?\b(?:and|but|yet)\b[^.!?]{0,40}?\bstill\b/i,
      confidence: 0.7,
    },
    // "I want to know what I paid £2,400 for", "what exactly did we pay for?"
    {
      match: /\bwhat (?:exactly )?(?:(?:did|have) (?:i|we) (?:just |actually )?(?:pay|spend|paid|spent)|(?:i|we)(?:['’]ve)? (?:just |actually )?(?:paid|spent|forked out|shelled out))\b[^.!?]{0,25}?\bfor\b(?=\s*(?:[.?!,]|$|because|when|if|exactly|then))/i,
      confidence: 0.7,
    },
    // "I can't see that it was ever finished", "there's no evidence it was ever tested"
    {
      match: /\b(?:can['’]?t see|cannot see|do ?n['’]?t see|see no (?:sign|evidence)|no (?:sign|evidence)|not convinced|doubt)\b[^.!?]{0,30}?\b(?:was|were|has been|have been|had been) (?:ever|actually|really|even|properly) (?:finished|completed|done|tested|checked|fixed|installed|configured|set up|delivered)\b/i,
      confidence: 0.7,
      negatable: false,
    },
    // Repeat failures of a fitted part: "the crown you fitted has come off twice now"
    {
      match: /\b(?:fitted|installed|replaced|repaired|fixed|serviced|supplied|put in)\b[^.!?]{0,40}?\b(?:has|have|had)\b[^.!?]{0,25}?\b(?:twice|three times|four times|again|several times|\d+ times)(?: now| already| since)?\b/i,
      confidence: 0.65,
    },
    // "Every time your engineer comes out something else breaks"
    { match: new RegExp(`\\b(?:every|each) time (?:you|your \\w+(?: \\w+)?) (?:come|comes|came|visit|visits|touch|touches|update|updates|push|pushes|work on|works on|change|changes|log in|logs in)\\b[^.!?]{0,60}?\\b${BROKE}\\b`, 'i'), confidence: 0.75 },
    // Doubt that the fix ever happened: "it was supposedly fixed last week", "it was meant to be sorted by Friday"
    { match: /\b(?:supposedly|allegedly) (?:been )?(?:fixed|resolved|repaired|sorted|tested|done|finished|completed|working)\b|\b(?:was|were) (?:supposed|meant) to (?:be|have been) (?:fixed|resolved|repaired|sorted|working|done|finished)\b/i, confidence: 0.65 },
    // "Something was clearly changed on your end", "someone deleted the records at your side"
    { match: /\b(?:something|someone|somebody)\b[^.!?]{0,30}?\b(?:changed|deleted|moved|removed|overwrote|overwritten|reset|broke|altered|wiped|touched)\b[^.!?]{0,20}?\b(?:on|at) your (?:end|side)\b/i, confidence: 0.7 },
    // "Not to point fingers, but this started when your team changed the router"
    { match: new RegExp(`\\b(?:this|it|that|all this|the (?:problem|issue|fault|trouble|leak|noise|error|crash)e?s?) (?:all )?(?:only )?(?:started|began|kicked off)\\s+(?:when|after|the (?:day|moment|minute|week)|as soon as|right after)\\s+${YOU_ANY}`, 'i'), confidence: 0.75 },
    // "We didn't have a single crash until version 3.2 went live"
    { match: /\b(?:never|not (?:a|one)(?: single)?|no|zero|did ?n['’]?t have (?:a|any)(?: single)?) \w+\b[^.!?]{0,30}?\buntil (?:the |your |version |v)?[\w.]+ (?:\w+ )?(?:went live|was released|was deployed|was installed|was rolled out|was pushed|was applied|landed|shipped)\b/i, confidence: 0.7 },
    // Rhetorical denial of any other cause: "I'm struggling to see how this isn't down to the work you did"
    { match: /\b(?:struggl\w* to see|hard to see|can['’]?t see|cannot see|fail to see|don['’]?t see) how (?:this|it|that|the \w+) (?:is ?n['’]?t|is not|could ?n['’]?t be|could not be|can['’]?t be|can not be|was ?n['’]?t|was not) (?:related|connected|linked|down|due) to\b/i, confidence: 0.75 },
    // "Your installer has left scratches all down the hallway"
    { match: /\b(?:you|your \w+(?: \w+)?)(?: have| has|['’]ve)? left (?:\w+ )?(?:scratches|marks|stains|dents|holes|a mess|mess|damage|paint|debris|rubbish|mud|dust|footprints|cracks|chips|scuffs)\b/i, confidence: 0.75 },
    // "What guarantee do I have", "what assurances can you give us"
    { match: /\bwhat (?:kind of |sort of )?(?:guarantees?|assurances?)(?:(?: (?:do|can|will|does|have|could|would))? (?:i|we|you)|(?: exactly)? (?:comes?|came) with)\b/i, confidence: 0.85 },
    // "I need a written guarantee that it won't happen again", "can you guarantee this won't happen again?"
    {
      match: /\b(?:guarantee|assurance|in writing|promise (?:me|us)|assure (?:me|us)|how (?:can|do|will) (?:i|we) (?:know|be sure))\b[^.!?]{0,50}\b(?:won['’]?t|will not|doesn['’]?t|does not|never|isn['’]?t going to|is not going to) (?:ever )?(?:happen(?:s)? again|recur|reoccur|be repeated|(?:\w+ ){0,3}(?:again|same (?:defects?|problems?|issues?|faults?)|fail|break|leak))\b/i,
      confidence: 0.8,
    },
  ],
  unless: [
    // The client takes the blame or clears the vendor: "this wasn't your fault", "our mistake, not yours"
    /\b(?:not|n['’]t|wasn['’]?t|isn['’]?t) (?:your|you(?:r guys)?['’]?s?) (?:fault|error|mistake|doing)|\b(?:my|our) (?:own )?(?:fault|mistake|error|bad)\b|\b(?:on|at) our (?:end|side)\b/i,
    // Financial guarantees in business mail: "a parent guarantee from the corporation"
    /\b(?:parent|corporate|credit|bank|loan|performance|payment|financial) guarant/i,
    // Idioms: "you broke the news", "your team broke down the costs"
    /\bbr(?:oke|oken) (?:the news|even|ground|out|down (?:the|by|into|costs|numbers))/i,
  ],
  examples: {
    flag: [
      'The router worked perfectly before your engineer touched it.',
      'Since your last update nothing in the dashboard loads.',
      'Your guys broke the latch on the side gate.',
      "You never actually fixed the leak, it's dripping again.",
      'This is the third time the boiler has failed after one of your visits.',
      'What guarantee do I have that the new part will last?',
      'You clearly didn’t test the form before it went live.',
      'Honestly the problem is obviously on your end, our settings have not changed.',
      "I'll need something in writing that this won't happen again.",
      'It has been crashing every night ever since you installed the patch.',
      'Did anyone even check the figures before the report went out?',
      'The squeak came back the very next day.',
      'You marked the ticket as resolved, but it is not solved.',
      'I hold your company responsible for the spoiled stock.',
    ],
    pass: [
      'Still seeing the issue on version 4.2, here are the steps and a screenshot.',
      'Not sure if the noise is related to the service or something else entirely.',
      'To be clear, this was not your fault, our list had old addresses in it.',
      'Is there a problem on your end with the login page?',
      'Since you asked, the new printer works great.',
      'After your visit everything runs smoothly, thank you.',
      'We still need the parent guarantee from the holding company before we sign.',
      'Could you check the export? It has started skipping rows with accents.',
      "If it isn't sorted by Friday, please give me a call.",
      'I checked our own logs and the error is on our side, sorry.',
      'Please send the report before Friday.',
    ],
  },
});
