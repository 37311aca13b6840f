import { defineRule } from './define-rule';

// Whose know-how a client borrows to talk down: "my son works in IT and says ...".
const RELATIVE =
  '(?:son|daughter|husband|wife|nephew|niece|brother|sister|son-in-law|daughter-in-law|brother-in-law|cousin|dad|father|mum|mom|mother|neighbou?r|partner|kid|grandson|granddaughter|friend|mate|uncle|boyfriend|girlfriend|teenager|\\d+-year-old)';

export default defineRule({
  id: 'condescension',
  explain: 'The client talks down to you: mock simplicity, borrowed expertise or doubts about your competence.',
  cues: /junior|trainee|intern|student|apprentice|temp\b|your level|clearly|obviously|evidently|apparently|simply|basics|fundamentals|simplest|remedial|elementary|kindergarten|entry|day|beginner|your (own )?job|used to|myself|i ran|i managed|i built|remind you|train|read (my|the|our)|follow along|expect a|have to explain|need to explain|have to tell you|too (technical|complicated|complex|difficult|hard|advanced) for|keep (this|it) simple|attention|qualified|trained|certified|capable|your position|realise|realize|even know|actually know|really know|even understand|offen[cs]e|new to this|must be new|any (competent|decent|half|qualified|real|proper|first|self)|think before|google|educate|enlighten|school you|experienced|competent|capable|qualified|knowledgeable|pay grade|beyond you|over your head|years|decades|manual|instructions|documentation|finally|at last|sweetheart|darling|better|weekend|afternoon|monkey|chimp|idiot|caveman|break (it|this|that) down|dumb|type|talk|speak|english|language|how hard|how difficult|draw you|for you|confused|out of your depth|expect you|this time|your size|like you|first language|rocket|brain surgery|quantum|even (a|an|my|you)|explain|slowly|small(er)? words|simple|simpler|spell (it|this)|lay (it|this)|walk you through|my (son|daughter|husband|wife|nephew|niece|brother|sister|cousin|dad|father|mum|mom|mother|neighbo|partner|kid|grand|friend|mate|uncle|boyfriend|girlfriend|teenager|\d+-year)|surely|i'?m sure|thought|obvious|assumed|expected|know what|understand|actual|actually|real |all due respect|twice|already|dear|sweet|honey|young (man|lady)|son\b|kiddo|bless|school|basic|complicated|hard|difficult|nappies|diapers|born|twinkle|keep up|pay attention|common sense|idiot|dummies|grasp|benefit from|do with (some|a|more)|use (some|a|more) (training|refresher)|even i\b|in your sleep|eyes (closed|shut)|standing on your head|blindfolded|learn from|learn something|how it.?s done|how it is done|how it should be done|in your (line|field|trade|profession|industry|business)|(friendly|little|helpful|free|quick) tip|word of advice|piece of advice|any (child|kid|schoolchild|schoolkid|schoolboy|schoolgirl)|a (child|kid|schoolchild|schoolkid) (could|can)|i (wasn.?t|was not|didn.?t make|did not make)|plain (terms|english|language|words)|layman|spell(ing|ed|t)? (it |this |that )?out|surprised|amazed|astonished|shocked|baffled|(take|taking|taken) (so|this) long|i.?m no |i.?m not an? |i am not an? |first (day|week|month|job)|comfort zone|skill ?set|expertise|your league|competence|teach|don.?t you|do not you|your (role|job|trade|profession|qualifications)/,
  patterns: [
    // "It's not rocket science", "hardly brain surgery"
    { match: /\b(?:not|hardly|is ?n['’]?t|ai ?n['’]?t|no|nothing like)\b[^.!?]{0,15}?\b(?:rocket (?:science|surgery)|brain surgery|quantum (?:physics|mechanics)|astrophysics|nuclear physics)\b/i, confidence: 0.85 },
    // "Even a child could do this", "even my ten-year-old knows that"
    {
      match: /\beven (?:a|an|my|your) (?:child|kid|toddler|monkey|chimp|baby|five-year-old|\w+-year-old|\d+ year old|grandma|grandmother|granny|intern|teenager|trainee|first-year|schoolkid|schoolboy|schoolgirl)\b[^.!?]{0,20}?\b(?:could|can|would|knows|understands|gets|manages)\b/i,
      confidence: 0.85,
    },
    // "A trained monkey could install this software"
    { match: /\b(?:a|any) (?:trained |half-trained |blind )?(?:monkey|chimp|chimpanzee|toddler|five-year-old|caveman|idiot|trained seal)\b[^.!?]{0,15}?\b(?:could|can|would)\b|\bexpect (?:a|any) (?:child|kid|toddler|schoolchild|teenager) to (?:understand|know|get|manage)\b/i, confidence: 0.8 },
    // "I'm going to assume you didn't read my last email properly"
    { match: /\byou (?:clearly |obviously |evidently |apparently )?(?:did ?n['’]?t|did not|do ?n['’]?t|have ?n['’]?t|never) (?:actually |even |bother(?:ed)? to )?read (?:my|the|our) (?:\w+ )?(?:email|message|note|instructions|letter|reply|ticket)\b/i, confidence: 0.65 },
    // "Do they not train you people?"
    { match: /\b(?:do|did|does) (?:they|your \w+) (?:not|n['’]t) (?:train|teach|educate) (?:you|your \w+)\b|\bdo ?n['’]?t they (?:train|teach) (?:you|your \w+)\b/i, confidence: 0.8 },
    // "Let me remind you how invoices work"
    { match: /\b(?:let me|allow me to|i['’]ll|i will|i need to|i have to) remind you (?:how|what) \w+(?: \w+)? (?:works?|means?|is)\b/i, confidence: 0.7 },
    // "I used to run an IT department, so I know exactly how easy this is"
    {
      match: /\b(?:i used to (?:run|manage|work|be)|as an? (?:\w+ )?\w+ myself|i (?:ran|managed|built) (?:an?|my own) \w+)\b[^.!?]{0,50}?\b(?:so (?:i know|trust|believe|let me)|i know (?:exactly )?(?:how|what))\b/i,
      confidence: 0.7,
    },
    // "I'm sure even you can manage that", "surely even your team"
    { match: 'even (you|your #Noun+) (can|could|should|would|must|know|knows|understand|get|manage)', confidence: 0.8 },
    // "It's simple really, even for you", "this may be hard for you to understand"
    { match: /\beven for (?:you|your \w+|someone like you)\b/i, confidence: 0.8 },
    { match: /\b(?:hard|difficult|tricky|complicated|confusing|too much) for (?:you|your \w+(?: \w+)?) to (?:understand|grasp|follow|comprehend|get your head around|wrap your head around)\b/i, confidence: 0.75 },
    // "I don't expect you to understand the technical side"
    { match: /\b(?:don['’]?t|do not|wouldn['’]?t|would not|never) expect (?:you|your \w+(?: \w+)?|someone like you) to (?:understand|grasp|know|get|follow|appreciate)\b/i, confidence: 0.8 },
    // "Do I need to draw you a picture?", "Is English your first language?"
    { match: /\bdraw (?:you|them) (?:a )?(?:picture|diagram|map)\b|\bis english (?:your|their) (?:first|native) language\b|\bdo you (?:even )?(?:speak|read|understand) english\b/i, confidence: 0.8 },
    // "Honestly, how hard can it be?"
    { match: /\bhow (?:hard|difficult|complicated|tricky) (?:can|could|is) (?:it|this|that)(?: (?:be|really be|possibly be))?\b/i, confidence: 0.7 },
    // "since you seem confused", "you seem a bit out of your depth"
    { match: /\byou (?:seem|appear|sound|look)(?: to be)? (?:a bit |rather |quite |very |completely |totally )?(?:confused|lost|out of your depth|clueless|baffled)\b/i, confidence: 0.75 },
    // "Surely a company your size can manage a simple refund"
    { match: /\b(?:a|any) (?:company|firm|business|outfit|team|professional|shop|store|bank|provider) (?:of |with )?(?:your size|like yours|like you|your experience|your reputation|that size)\b[^.!?]{0,20}?\b(?:can|could|should|would|ought to)\b/i, confidence: 0.7 },
    // "Let me explain this slowly", "I'll put it in simple terms for you", "I'll try smaller words"
    {
      match: /\b(?:explain|lay|spell|say|put|go (?:through|over)|repeat|walk you through)\b(?: (?:it|this|that|things|everything))?(?: out)?(?: (?:once more|again|one more time))?(?: for you)? (?:very |really |nice and |real )?(?:slowly|s-l-o-w-l-y|simply|in (?:small|simple|short|little|plain) words|in words of one syllable|in simple terms|in terms you|like (?:you['’]re|you are|i['’]m talking to) (?:five|a child|\d+))\b/i,
      confidence: 0.85,
    },
    { match: /\b(?:use|try|in) (?:smaller|simpler|small|simple|short|shorter|little) words\b/i, confidence: 0.85 },
    // "Let me spell it out for you", "let me make this simple for you"
    { match: /\b(?:let me|i['’]ll|i will|allow me to|i need to|i have to|do i (?:need|have) to) (?:spell (?:it|this|that) out|make (?:it|this) (?:simple|easy|very simple|really simple) for you|dumb (?:it|this) down|break (?:it|this) down for you)\b/i, confidence: 0.8 },
    // "As a lawyer myself, let me explain how contracts actually work, since ...",
    {
      match: /\b(?:let me|allow me to|i['’]ll|i will|i['’]m going to|perhaps i should|i need to)\s+(?:explain|walk you through|show you|teach you|tell you|remind you)\s+(?:how|what)\b[^.!?]{0,50}?\b(?:normally|actually|really|properly|usually|in the real world)?\s*(?:works?|is done|goes|means)\b[^.!?]{0,80}?\b(?:since|as)\b/i,
      confidence: 0.75,
    },
    { match: /\b(?:let me|allow me to|i['’]ll)\s+(?:explain|tell you|show you) how (?:this|it|things|that|the \w+) (?:normally|actually|really|usually) (?:works?|goes|is done)\b/i, confidence: 0.75 },
    // "allow me to clarify", "in the real world"
    { match: /\ballow me to (?:clarify|enlighten you|educate you|explain)\b/i, confidence: 0.6 },
    // "My son works in IT and he says ...", "My brother is an electrician and he told me ..."
    {
      match: new RegExp(
        `\\bmy ${RELATIVE}\\b[^.!?]{0,50}?\\b(?:works?|worked|is an?|teaches|does|runs|manages|knows|studies|builds|built|fixes|codes|is in|is into|has been)\\b[^.!?]{0,60}?\\b(?:says|said|tells|told|thinks|reckons|agrees|pointed out|looked (?:at|over)|checked|could (?:do|fix|have)|would (?:have|never)|any competent|is sure)\\b`,
        'i',
      ),
      confidence: 0.8,
    },
    // "any decent plumber would know ...", "anyone with half a brain"
    { match: /\bany (?:competent|decent|half-decent|qualified|real|proper|first-year|self-respecting) \w+(?: \w+)? (?:would|could|should|knows|can)\b/i, confidence: 0.7 },
    { match: /\banyone with (?:half a brain|a brain|basic|any (?:sense|training|experience))\b/i, confidence: 0.8 },
    // "I'm sure you'll pick it up", "I'm sure your intern can figure it out"
    {
      match: /\bi['’]?m sure (?:you|your \w+|(?:s)?he|they)(?:['’]ll| will| can| could)? (?:manage|pick (?:it|this) up|get there|figure (?:it|this) out|work (?:it|this) out|cope|get the hang)\b/i,
      confidence: 0.6,
    },
    // "Surely you know how to reset a router", "surely your team understands that"
    { match: 'surely (you|your #Noun+|someone) (know|knows|understand|understands|realise|realize|must know|are able|can manage|can handle|can grasp|can understand|can figure)', confidence: 0.7 },
    // "I'd have thought that was obvious", "I expected your staff would know that"
    {
      match: /\b(?:i['’]?d|i would|one would|you['’]?d|you would|i)(?: have)? (?:thought|think|assumed|expected|imagined)\b[^.!?]{0,25}?\b(?:obvious|common sense|self-explanatory|basic|clear enough)\b/i,
      confidence: 0.8,
    },
    { match: /\b(?:thought|assumed|expected|imagined)\b (?:you|your \w+|a (?:professional|company|firm|business) (?:like|of) \w+) (?:would|should|might|will) (?:know|understand|have known|be aware|grasp)\b/i, confidence: 0.75 },
    // "Do you actually know what you're doing?", "does anyone there even understand how DNS works?"
    { match: '(do|does) (you|anyone|anybody|your #Noun+) (there)? (even|actually|really|honestly) (know|understand|grasp|get) (what|how|the)', confidence: 0.8 },
    { match: /\bknows? what (?:you['’]re|you are|they['’]re|they are|(?:s)?he['’]s|(?:s)?he is) (?:doing|talking about)\b/i, confidence: 0.65 },
    // "I'm not sure you fully grasp how leases work"
    { match: /\b(?:not) sure (?:you|your \w+(?: \w+)?|anyone (?:there|at your \w+)) (?:quite |fully |really |entirely )?(?:understand|grasp|get|appreciate|know)s? (?:how|what|the)\b/i, confidence: 0.75 },
    // "someone who actually understands billing", "one of your real technicians"
    { match: /\b(?:someone|somebody|anyone|one of your \w+|a person)\b(?: there| else)? (?:who|that) (?:(?:actually|really|genuinely) (?:knows|understands)|has a clue|has a brain|can read|knows what an? \w+ (?:is|means|does))\b/i, confidence: 0.7 },
    { match: /\b(?:your|an?|one of your) (?:actual|real|competent|proper|qualified|grown-up) (?:engineers?|technicians?|developers?|staff|people|mechanics?|experts?|professionals?|adults?|managers?)\b/i, confidence: 0.7 },
    // "As I already explained twice", "I have explained this three times now"
    { match: /\bas (?:i|we)(?:['’]ve| have)? (?:already|previously|clearly) (?:explained|said|told you|stated|pointed out|made clear|mentioned)\b/i, confidence: 0.65 },
    { match: /\b(?:explained|told you|said|spelled out|pointed out)\b(?: (?:this|that|it))?(?: to you)? (?:twice|three times|several times|repeatedly|more than once|numerous times|a dozen times|multiple times|over and over)\b/i, confidence: 0.75 },
    // "With all due respect, ..."
    { match: /\bwith (?:all (?:due )?|the (?:greatest|utmost) |due )respect\b(?! to)/i, confidence: 0.6 },
    // "It really isn't that hard", "a pretty simple idea", "that's basic maths"
    { match: /\b(?:is ?n['’]?t|is not|it['’]s not|really not|not|hardly) (?:exactly |really |all |actually )?(?:that|very|so|all that|terribly|particularly) (?:complicated|hard|difficult|complex|tricky)\b/i, confidence: 0.6 },
    { match: /\b(?:a |an )?(?:fairly|pretty|very|really|incredibly|extremely|quite) (?:simple|basic|easy|straightforward) (?:concept|idea|task|request|thing to (?:understand|grasp|do))\b/i, confidence: 0.6 },
    { match: /\bbasic (?:arithmetic|maths?|math|logic|reading|english|common sense|stuff|competence|literacy)\b/i, confidence: 0.65 },
    { match: /\b(?:covered|taught|learned|learnt|learn) (?:in|at) (?:primary|elementary|grade|middle|high|nursery) school\b/i, confidence: 0.8 },
    // "I was doing this when you were in diapers", "since before you were born"
    { match: /\b(?:when you were (?:in (?:nappies|diapers|short pants|school|kindergarten)|still in school|a (?:baby|child|kid|toddler))|before you were (?:born|out of)|twinkle in)\b/i, confidence: 0.8 },
    // "Bless your heart", "... wrong again, sweetie, ...", "Honey, that is ..."
    { match: /\bbless (?:you|her|him|them)\b[^.!?]{0,10}?\bfor trying\b|\bbless (?:her|his|him|your|their) (?:heart|hearts|cotton socks)?|(?:^|[.!?]\s+)bless (?:her|him|them)\b/i, confidence: 0.7 },
    { match: /,\s*(?:dear|sweetie|sweetheart|honey|hon|darling|love|sunshine|kiddo|young (?:man|lady|fella))\s*[,.!?]|^(?:son|sweetie|sweetheart|honey|darling|kiddo|young (?:man|lady)|listen (?:son|sweetie|honey|dear|love|mate)),/i, confidence: 0.7 },
    // "I'll type slowly so you can follow"
    { match: /\b(?:i['’]ll|i will|let me|i['’]m going to|i am going to) (?:type|talk|speak|write|go|say (?:this|it)|read (?:this|it)(?: out)?|take (?:this|it)) (?:very |really |nice and |extra )?slowly\b/i, confidence: 0.85 },
    // "Try reading the email properly this time"
    { match: /\b(?:read|reading|listen|listening|look|looking|try)\b[^.!?]{0,30}?\b(?:properly|carefully|slowly|correctly|closely) this time\b/i, confidence: 0.7 },
    // "Perhaps you could ask someone more experienced", "this is above your pay grade", "might be beyond you"
    { match: /\b(?:someone|somebody|a person|anyone|one of your colleagues) (?:a (?:bit|little) )?(?:more|with more|better) (?:experienced|competent|capable|qualified|knowledgeable|clued-up|experience|knowledge|training)\b/i, confidence: 0.7 },
    { match: /\b(?:above|over|beyond) your (?:pay ?grade|head|abilities|ability|skill level|understanding)\b|\b(?:be|is|are) (?:a (?:bit|little) |somewhat |probably |clearly )?beyond you\b/i, confidence: 0.8 },
    // "I've been doing this for twenty years, so trust me"
    {
      match: /\b(?:i['’]ve been|i have been|i was|i['’]ve worked|i have worked|i spent)\b[^.!?]{0,30}?\b(?:\w+|\d+) (?:years|decades)\b[^.!?]{0,40}?\b(?:so (?:trust|believe|let|i (?:know|can tell|can assure|think i know)|take)|trust me|believe me|i think i know|i know what i['’]m)\b/i,
      confidence: 0.7,
    },
    // "Maybe read the manual before you touch my system next time"
    { match: /\b(?:maybe|perhaps|try|might want to|could always) (?:try )?(?:read(?:ing)?|check(?:ing)?|look(?:ing)? at|consult(?:ing)?) (?:the|your own|a) (?:manual|instructions|documentation|docs|faq|handbook|rule ?book)\b/i, confidence: 0.7 },
    // "Good job, you finally figured out how to send an attachment"
    { match: /\byou (?:finally|at last) (?:figured out|managed|worked out|understood|learned|learnt|grasped)\b/i, confidence: 0.6 },
    // "My nephew, who's fifteen, could build a better website in a weekend"
    {
      match: new RegExp(`\\bmy ${RELATIVE}\\b[^.!?]{0,40}?\\b(?:could|can|would) (?:\\w+ ){0,4}?(?:better|faster|in (?:a|an|one|two|half an?) (?:weekend|afternoon|hour|day|evening|minute|minutes))\\b`, 'i'),
      confidence: 0.8,
    },
    // "Clearly you're new to this", "you must be new here"
    { match: /\b(?:clearly|obviously|evidently|apparently) (?:you['’]re|you are) (?:new|inexperienced|not (?:familiar|experienced|trained))\b|\byou must be new\b/i, confidence: 0.8 },
    // "No offence, but ..."
    { match: /\bno offen[cs]e(?: intended)?,? but\b/i, confidence: 0.6 },
    // "Next time, please think before you reply", "you might want to google what a VAT invoice is"
    { match: /\bthink before you (?:reply|respond|write|answer|act|speak|send|type)\b/i, confidence: 0.75 },
    { match: /\b(?:might want to|should|try|maybe|perhaps|just) (?:try )?googl(?:e|ing)\b|\bgoogle is your friend\b/i, confidence: 0.7 },
    // "Let me educate you on how pensions work"
    { match: /\b(?:let me|allow me to|i['’]ll|i will|i need to|i have to) (?:educate|enlighten|school|teach) you\b/i, confidence: 0.8 },
    // "I really shouldn't have to explain this to a professional"
    { match: /\b(?:should ?n['’]?t|should not) (?:have|need) to (?:explain|tell you|spell (?:this|it) out|teach|remind)\b/i, confidence: 0.75 },
    // "Maybe this is too technical for you", "confusing for someone in your position"
    { match: /\btoo (?:technical|complicated|complex|difficult|hard|advanced) for (?:you|your \w+)\b/i, confidence: 0.7 },
    { match: /\b(?:for|to) someone (?:in your position|like you|of your (?:level|experience|background))\b/i, confidence: 0.7 },
    // "I'll try to keep this simple"
    { match: /\b(?:i['’]ll|i will|let me|i['’]m going to) (?:try (?:to|and) )?keep (?:this|it) (?:really |very )?(?:simple|basic)\b/i, confidence: 0.55 },
    // "Pay attention: the invoice number goes in the reference field"
    { match: /(?:^|[.!?]\s+)(?:now,? )?pay attention\b|\bpay attention[:!]/i, confidence: 0.7 },
    // "Are you even qualified to be doing this?"
    { match: /\b(?:are|is) (?:you|your \w+|anyone (?:there|at your \w+)) (?:even|actually|really) (?:qualified|trained|certified|allowed|capable|competent)\b/i, confidence: 0.8 },
    // "You do realise that two plus two is four, right?"
    { match: /\byou do (?:realise|realize|know|understand|get) (?:that )?[^.!?]{0,60}?\bright\s*\?|\byou do (?:realise|realize)\b/i, confidence: 0.7 },
    // "You clearly don't understand the basics", "you obviously can't figure it out"
    {
      match: /\byou (?:clearly|obviously|evidently|apparently|simply) (?:do ?n['’]?t|do not|ca ?n['’]?t|cannot|did ?n['’]?t|are ?n['’]?t able to|fail to) (?:even )?(?:understand|grasp|figure|work|follow|get|comprehend|manage|read)\b/i,
      confidence: 0.75,
    },
    { match: /\b(?:do ?n['’]?t|do not|ca ?n['’]?t|cannot) (?:even )?(?:understand|grasp|get) (?:the )?(?:basics|fundamentals|simplest|most basic)\b/i, confidence: 0.8 },
    // "this is remedial stuff", "Accounting 101"
    { match: /\b(?:remedial|elementary|kindergarten(?:[- ]level)?|entry[- ]level|day[- ]one|beginner(?:['’]s)?) (?:stuff|level|material|knowledge|maths?|math|things|mistake)\b/i, confidence: 0.7 },
    // "I don't have time to teach you your own job"
    { match: /\b(?:teach|tell|show) you (?:how to do )?your (?:own )?job\b|\bdo your job for you\b/i, confidence: 0.85 },
    // "let me explain it again for you"
    { match: /\bexplain (?:it|this|that) (?:again|once more|one more time) (?:for|to) you\b/i, confidence: 0.7 },
    // "A junior clerk could have sorted this in five minutes"
    { match: /\b(?:a|any) (?:junior|trainee|first-year|work-experience|intern|student|apprentice|temp|schoolkid)\w* (?:\w+ )?(?:could|can|would) (?:have )?(?:\w+ )?(?:this|that|it)\b/i, confidence: 0.75 },
    // "I expected someone at your level to know this", "it is really very basic"
    { match: /\bsomeone (?:at|of|in) your (?:level|position|experience|seniority|pay grade)\b/i, confidence: 0.7 },
    { match: /\b(?:it|this|that)(?:['’]s| is) (?:really |very |so |incredibly |pretty |quite )+basic\b/i, confidence: 0.65 },
    // "try to keep up", "please pay attention this time", "read it slowly this time"
    { match: /\b(?:try (?:to|and) (?:keep up|follow along)|pay attention this time|read (?:it|this|my email|the email) (?:again |more )?(?:slowly|carefully) this time|for dummies|idiot-proof)\b/i, confidence: 0.75 },
    // Training prescribed for the recipient: "your installer might benefit from some further training",
    // "perhaps the team could do with a refresher course"
    {
      match: /\b(?:you|your \w+(?: \w+)?|(?:s)?he|they|whoever)\b[^.!?]{0,25}?\b(?:might|could|would|may) (?:really |well |possibly )?(?:benefit from|do with|use) (?:some |a (?:little |bit of )?)?(?:further |more |extra |additional |basic |proper |refresher )?(?:training|refresher(?: training| course)?|course|supervision|mentoring|lessons?)\b/i,
      confidence: 0.75,
    },
    // Lay knowledge held up against the expert: "I'm no engineer, but even I can see ...",
    // "I'm not an IT person but I know enough to say this is a ten-minute job"
    {
      match: /\b(?:i['’]?m not|i am not|i['’]?m no) (?:a |an )?(?:\w+ )?(?:person|expert|engineer|accountant|techie|lawyer|developer|designer|specialist|mechanic|builder|plumber|electrician)\b,? but (?:even i\b|i (?:understand|know) enough|i know (?:that|this|a|an|when)\b)/i,
      confidence: 0.75,
    },
    { match: /\beven i (?:know|can see|can tell|understand|could (?:do|fix|see|tell|work))\b/i, confidence: 0.7 },
    // Trivial for a pro: "something you could do in your sleep", "you can fix that with your eyes closed"
    { match: /\b(?:do|done|fix|manage|sort|handle|knock (?:out|up)|set up|build|write|run)\b[^.!?]{0,25}?\b(?:in your sleep|with your eyes (?:closed|shut)|standing on your head|blindfolded)\b/i, confidence: 0.65 },
    // What any professional ought to know: "I would have expected a professional to know that",
    // "I assumed any qualified accountant would understand VAT"
    {
      match: /\b(?:expect(?:ed)?|assumed|thought) (?:a|any|an|someone|anybody) (?:\w+ )?(?:professional|expert|specialist|accountant|bookkeeper|translator|engineer|designer|developer|lawyer|solicitor|technician|company|firm|agency)\b[^.!?]{0,15}?\b(?:to|would|should) (?:know|understand|grasp|be aware|have known|have spotted|spot|realise|realize)\b/i,
      confidence: 0.75,
    },
    // Handing out homework: "I'll forward his notes so you can learn from them", "you may want to learn from this"
    { match: /\bso (?:that )?you (?:can|could|might|may) learn (?:from|something)\b|\b(?:you could|you might|you may want to|you might want to|hopefully you(?:['’]ll| will| can)) learn (?:something )?from (?:this|it|them|that|his|her|my|our)\b/i, confidence: 0.7 },
    // Borrowed expertise said differently: "my cousin's doing an IT degree and he says ...",
    // "my sister-in-law, who is a bookkeeper, reckons ..."
    {
      match: new RegExp(
        `\\bmy ${RELATIVE}\\b[^.!?]{0,40}?\\b(?:who['’]?s|who is|who does|who works|['’]s (?:doing|studying|an?)|is (?:doing|studying)|studying)\\b[^.!?]{0,60}?\\b(?:says|said|tells|told|thinks|thought|reckons|agrees|explained|pointed out|looked (?:at|over)|checked|sorted|fixed|could (?:do|fix|have))\\b`,
        'i',
      ),
      confidence: 0.8,
    },
    // Someone else taught the writer what the job "actually" involves: "he explained to me what a
    // reconciliation really involves"
    { match: /\bexplained to me (?:what|how|how much) (?:an? |the |your )?\w+(?: \w+)? (?:actually|really|truly) (?:involves|is|means|takes|entails|works|costs)\b/i, confidence: 0.7 },
    // "Maybe get him in to show your team how it's done"
    { match: /\bshow (?:you|your \w+(?: \w+)?|them) how (?:it['’]?s|it is|it should be|it['’]?s supposed to be|this should be) (?:properly |really |actually )?done\b/i, confidence: 0.75 },
    // Measured against the trade: "most people in your line of work would reply within the hour"
    {
      match: /\b(?:most|any|other|every|all|normal) (?:\w+ )?(?:professionals|people|companies|firms|businesses|agencies|suppliers|providers|tradesmen|contractors|accountants|designers|developers|engineers|professional|person|company|firm|business)\b (?:in your (?:line of work|field|trade|profession|position|industry|business))\b/i,
      confidence: 0.7,
    },
    // Unasked-for advice framed as a favour: "Just a friendly tip:", "a little word of advice"
    { match: /\b(?:just )?a (?:friendly|little|helpful|free) (?:tip|word of advice|piece of advice)\b/i, confidence: 0.6 },
    // "Any child could draw it", "any kid can make that"
    { match: /\b(?:a|any) (?:child|kid|schoolchild|schoolkid|schoolboy|schoolgirl)\b[^.!?]{0,10}?\b(?:could|can) (?:do|make|draw|manage|understand|figure|fix|see|tell|work|build|follow|read)\b/i, confidence: 0.8 },
    // "I am explaining you again very slowly", "I'm repeating it one more time, slowly"
    { match: /\b(?:explain(?:ing)?|repeat(?:ing)?|say(?:ing)?|tell(?:ing)?) (?:(?:it|this|that) )?(?:to )?(?:you )?(?:(?:again|once more|one more time),? )?(?:very |really |nice and |extra )?slowly\b/i, confidence: 0.85 },
    // Feigned self-blame before repeating: "Maybe I wasn't clear enough", "perhaps I didn't make myself clear"
    { match: /\b(?:maybe|perhaps|clearly|obviously|apparently) i (?:was ?n['’]?t|was not|did ?n['’]?t make (?:it|myself|this|that)|did not make (?:it|myself|this|that)) (?:clear|plain|explain)/i, confidence: 0.6 },
    // Dumbed down on purpose: "so, in simple terms:", "once more in plain English"
    { match: /\b(?:so|again|once more|one more time|to put it|let me put it|i['’]ll put it),? (?:in|into) (?:very )?(?:simple|plain|simpler|plainer|layman['’]?s|basic) (?:terms|english|language|words)\b/i, confidence: 0.7 },
    // Dismissing the difficulty: "it honestly isn't complicated", "it's really not hard"
    { match: /\b(?:honestly|really|genuinely|seriously|just) (?:is ?n['’]?t|is not|not) (?:that |all that )?(?:complicated|difficult|hard|complex|tricky)\b|\b(?:is ?n['’]?t|is not|not) (?:honestly|genuinely|seriously) (?:complicated|difficult|hard|complex|tricky)\b/i, confidence: 0.6 },
    // Having to spell the obvious out: "I'm surprised it needs spelling out", "that I should need to explain this"
    { match: /\b(?:needs?|needed|need|having|have|had|has) (?:to be )?(?:spelling|spelled|spelt|spell) (?:(?:it|this|that) )?out\b/i, confidence: 0.7 },
    { match: /\b(?:surprised|amazed|astonished|shocked|baffled)\b[^.!?]{0,20}?\b(?:have|need|needs|having|had) (?:to )?(?:explain|spell|tell|remind|teach)\b/i, confidence: 0.75 },
    // The job is trivial, so why the wait: "why does this take so long, it's a logo"
    { match: /\b(?:why|how) (?:does|is|did|can|could|has) (?:this|it|that|a \w+) (?:take|taking|taken) (?:so|this) long\b[^.!?]{0,20}?\b(?:it['’]?s|its|it is) (?:just |only |literally |a simple |one )?(?:an? |one )?\w+/i, confidence: 0.7 },
    // A tag question that doubts the basics: "You do know what an invoice is, don't you?"
    { match: /\byou (?:do|surely) (?:know|understand|realise|realize) (?:what|how)\b[^.!?]{0,40}?,\s*(?:do ?n['’]?t|do not) you\s*\?/i, confidence: 0.75 },
    // Beyond their depth: "this may be outside your comfort zone", "a bit outside your skill set"
    { match: /\b(?:outside|beyond|out of) your (?:comfort zone|skill ?set|expertise|area of expertise|league|competence)\b/i, confidence: 0.65 },
    // The training blamed: "not sure what they teach you these days", "what do they teach at college now?"
    { match: /\bwhat (?:do )?(?:they|do they|they['’]re) (?:teach|teaching) (?:you|people|them|kids|apprentices|at \w+)\b[^.!?]{0,20}?\b(?:these days|nowadays|now|any ?more)\b/i, confidence: 0.75, negatable: false },
    // "Is this your first week?", "first day on the job, is it?"
    { match: /\b(?:is (?:this|it|today) your|are you on your|was (?:that|this|it) your) first (?:day|week|month|job)\b|\bfirst day on the job\b/i, confidence: 0.7 },
    // "someone in your role", "anyone in your line"
    { match: /\b(?:someone|anyone|somebody|a person) (?:in|with) your (?:role|job|trade|profession|job title|qualifications)\b[^.!?]{0,20}?\b(?:would|should|ought to|must) (?:know|understand|realise|realize|have known|be aware)\b/i, confidence: 0.7 },
  ],
  unless: [
    // The writer owns the gap: "could you explain it slowly, I'm new to this", "my son set it up for me"
    /\b(?:i['’]?m (?:new to|not (?:very )?(?:good|technical|an expert))|(?:for|to) me (?:slowly|simply)|explain (?:it|this) (?:to me|more slowly)|set (?:it|this|that) up for me)\b/i,
  ],
  examples: {
    flag: [
      "Honestly, it's not rocket science to change a fuse.",
      'Even a child could update a product listing.',
      "Let me explain this slowly so there's no confusion.",
      "I'll use simpler words this time.",
      'My nephew works in web design and he says this should take an hour.',
      "I'm sure even you can manage a password reset.",
      'Do you actually know what you are doing?',
      'As I already explained twice, the boiler is in the loft.',
      "With all due respect, I don't think you understand the contract.",
      "I'd have thought that was obvious.",
      "I'm not sure you quite understand how a mortgage works.",
      'Please pass this to one of your actual engineers.',
      'Fractions are taught in primary school, you know.',
      'I was wiring houses when you were in nappies.',
    ],
    pass: [
      'Let me explain how the new billing schedule works: invoices go out on the 1st.',
      'My son works in IT and he set up the online booking for me.',
      "Could you explain it more slowly on the call? I'm new to this.",
      'Dear Sam, thanks for the update.',
      'As I mentioned, the meeting is at 3pm.',
      "I'll walk you through the deck tomorrow.",
      'The setup is simple: plug it in and press the button.',
      "I'm sure you can handle the Denver account.",
      "Is there someone who knows the billing system I could speak to?",
    ],
  },
});
