import { defineRule, type RuleHit } from './define-rule';

// Hostility is word choice, not grammar, so every wording here is a RegExp: no sentence has to be
// tagged for it. Shouting needs the original letter case, which the lowercased cues cannot see, so
// the cues let every sentence with words through to `detect`.

// Words that are insults only when aimed at someone: "you clowns", "bunch of cowboys", "absolutely useless".
const AIMED_AT = String.raw`\b(?:you|you're|youre|you are|you were|you guys|you people|you lot|your (?:staff|team|company|firm|people|shop|office|tech|technician|guy|guys|man|men|woman|mechanic|manager|tutor|trainer|builder|builders|receptionist|agent|agents|rep|reps|driver|drivers|engineer|engineers|plumber|electrician|contractor|contractors|workers|crew|boss|employees|support|service|landlord|agency)|bunch of|pack of|band of|load of|gang of|such|absolute|absolutely|complete|completely|total|totally|utter|utterly|what an?|(?:act|behav|run|operat|treat|talk|carr)\w* (?:\w+ )?like(?: a)?|thoroughly|bloody|so-called)`;
const AIMED_INSULT = String.raw`(?:useless|clowns?|amateurs?|cowboys?|thieves|thugs?|crooks?|animals|jokers?|monkeys|hacks|frauds?|incompetents?|sharks|vultures|muppets|numpties|fools?|buffoons?|criminals?|joke|disgrace|con artists?|liars?|idiots?|morons?|pirates|gangsters|rogues|charlatans|cheats?|cow|pigs?|rats?|snakes?|weasels?|leeches|parasites|slimeballs?|bozos?|dinosaurs)`;

// Shouting: a run of capitalised words aimed at someone. Notices, headings and company names are
// capitals too, so a run must address a person (I, you, my, your) and must not be a heading ("WHAT
// YOU NEED TO DO:").
const CAPS_WORD = /^[^a-z]*[A-Z]{2,}[^a-z]*$|^(?:I|A)[.,!?]*$/;
const PERSON_WORD = /^(?:I|I'M|I'VE|I'LL|I'D|ME|MY|YOU|YOU'RE|YOU'VE|YOU'LL|YOUR|YOURS|YOURSELF)$/;
const MIN_SHOUTED_WORDS = 3;
const MIN_SHOUTED_LETTERS = 12;

function shouting(sentence: string): RuleHit[] {
  const words = [...sentence.matchAll(/\S+/g)];
  const hits: RuleHit[] = [];
  let run: RegExpExecArray[] = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    const letters = run.reduce((n, w) => n + w[0].replace(/[^A-Z]/g, '').length, 0);
    const addressed = run.some((w) => PERSON_WORD.test(w[0].replace(/[^A-Z']/g, '')));
    const heading = last?.[0].endsWith(':');
    if (first && last && run.length >= MIN_SHOUTED_WORDS && letters >= MIN_SHOUTED_LETTERS && addressed && !heading) {
      hits.push({
        start: first.index,
        end: last.index + last[0].replace(/[^A-Z0-9!?]+$/, '').length,
        confidence: run.length === words.length ? 0.8 : 0.7,
        reason: 'Whole words in capitals read as shouting.',
      });
    }
    run = [];
  };
  for (const word of words) {
    if (CAPS_WORD.test(word[0])) run.push(word as RegExpExecArray);
    else close();
  }
  close();
  return hits;
}

export default defineRule({
  id: 'hostility',
  explain: 'The message is hostile: insults, profanity, accusations of bad faith, or shouting.',
  cues: /[a-z]{2}/,
  patterns: [
    // Profanity: "what the f*** is going on", "this is bullshit", "give a damn"
    { match: /\bf+u+c+k+\w*|\bf[*#@!$%]{1,3}k\w*|\bf\*{2,}|\bmotherf\w+|\bwtf\b|\bstfu\b/i, confidence: 0.9 },
    { match: /\b(?:bull)?shit(?:ty|ting|s|e)?\b|\bsh[*!]t\b|\bbs\b(?= (?:excuse|answer|reply|fees?|charges?|policy))/i, confidence: 0.85 },
    { match: /\b(?:assholes?|arseholes?|bastards?|bitch\w*|dickheads?|pricks|wankers?|tossers?|twats?|cunts?|douche\w*|jackass\w*|bollocks|scumbags?|scum|lowlifes?|pillocks?)\b/i, confidence: 0.9 },
    { match: /\bwhat (?:the|a) (?:hell|heck)\b|\bthe hell (?:is|are|do|did|does|were|was)\b|\bgo to hell\b|\bscrew (?:you|this|that|your)\b|\bpiss(?:ed)? (?:off|me off)\b|\bpissing\b|\bgives? a (?:damn|shit|toss|crap|rat'?s? ass)\b|\bshut up\b/i, confidence: 0.8 },
    { match: /\b(?:god ?)?damn(?:ed|it)?\b|\bcrap(?:py)?\b|\bsucks\b/i, confidence: 0.7 },
    // Insults that need no target: "you absolute morons", "it's beyond incompetent"
    { match: /\b(?:idiots?|idiotic|morons?|moronic|imbeciles?|cretins?|halfwits?|half-wits?|nitwits?|dimwits?|con ?artists?|conmen|con men|swindlers?|fraudsters?|shysters?|charlatans?|crooks|liars?)\b/i, confidence: 0.85 },
    { match: /\bincompet[ae]n(?:t|ce|cy)\b/i, confidence: 0.85 },
    { match: /\b(?:pathetic|disgraceful|a disgrace|shameful|shame on you|should be ashamed|beneath contempt|contemptible)\b/i, confidence: 0.75 },
    // Insults aimed at the reader: "bunch of crooks", "absolutely useless, the lot of you", "some clown"
    { match: new RegExp(String.raw`${AIMED_AT}\s+(?:[\w-]+,?\s+){0,4}?${AIMED_INSULT}\b`, 'i'), confidence: 0.85 },
    { match: /\bsome (?:clown|idiot|muppet|moron|cowboy|joker|amateur)\b/i, confidence: 0.85 },
    { match: /\b(?:is|are|what) an? (?:absolute |complete |total |bloody |sick |fucking )?joke\b/i, confidence: 0.7 },
    { match: /\b(?:are you|is he|is she|is everyone|is anyone there) (?:stupid|incompetent|deaf|blind|illiterate|thick|dense|brain[- ]?dead|insane|mental)\b/i, confidence: 0.85 },
    { match: /\b(?:garbage|trash|rubbish|crap|shoddy|cowboy) (?:service|company|outfit|operation|work|workmanship|business|shop|job|builders?|firm|traders?)\b/i, confidence: 0.65 },
    // Accusations of dishonesty or bad faith: "this is a scam", "a flat-out lie", "shady business practices"
    // (A scam someone else ran on the writer is not an accusation: "I was the victim of a scam".)
    { match: /\b(?:this|that|it|you|you're|your \w+|the whole \w+|this whole \w+|which)(?: is| are| was| were|['’]s|['’]re) (?:a |an |such a |just a |nothing but a |all a |one big )?(?:total |complete |absolute |pure |blatant |obvious |massive |huge |giant |fucking |bloody )?(?:scam|con|fraud|racket)\b(?! (?:frozen|department|dept|alert|team|unit|protection|claim|case|investigation|prevention|squad|check))/i, confidence: 0.85 },
    { match: /\b(?:total|complete|absolute|pure|blatant|such a|what a|bunch of|pack of) scam(?:s|mers)?\b|\bscam(?:ming|med) (?:me|us|people|customers|parents|patients|clients|everyone|your)\b|\byou(?:'re| are)? (?:\w+ )?scammers\b/i, confidence: 0.85 },
    { match: /\brip[- ]?offs?\b|\bripp(?:ed|ing) (?:me|us|people|customers|them|everyone|parents|patients|tenants|clients|folks) off\b|\bripped off\b/i, confidence: 0.85 },
    { match: /\b(?:a|that's a|this is a|an?) (?:flat[- ]out |blatant |bare[- ]?faced |outright |complete |total |downright |barefaced |damn |bloody )?lie\b(?![- ]in)|\blying to (?:me|us|customers|people|your)\b|\b(?:you|you've|they|they've|your \w+) (?:have |has )?(?:lied|are lying|were lying|is lying)\b/i, confidence: 0.85 },
    { match: /\b(?:dishonest(?:y)?|deceitful|two-faced|crooked|shady|sleazy|shifty|corrupt|swindl\w+|daylight robbery|highway robbery|extortion|money-grabbing|money grabbing|thieving|con job|bad faith|disingenuous)\b/i, confidence: 0.85 },
    { match: /\b(?:deceptive|unethical|predatory|extortionate|greedy)\b|\bdodgy\b(?! (?:e-?mails?|links?|texts?|messages?|attachments?|websites?|sites?|calls?|callers?|downloads?|wi-?fi|connection|signal|plug|socket|knee|back|stomach))/i, confidence: 0.65 },
    { match: /\bfraudulent (?:company|business|outfit|operation|scheme|practices?|firm|bank|shop|lot)\b/i, confidence: 0.8 },
    { match: /\b(?:this|that|it) is (?:daylight |outright |basically |just )?(?:criminal|theft|stealing|robbery)\b/i, confidence: 0.8 },
    { match: /\b(?:you|you've|you have|you're|you are|your \w+) (?:just |basically |literally )?(?:stole|stealing|steal|robbed|robbing|fleecing|fleeced) (?:my|our|from|money|people|customers|me|us)\b/i, confidence: 0.8 },
    { match: /\b(?:a|total|complete|absolute|the whole \w+ is a|looks like a|starting to look like a) con\b(?! (?:of|call|ed|ference|tract|cern|sider|firm|tact|nect|dition|trol))/i, confidence: 0.8 },
    { match: /\bpadding (?:the |your |our |my )?(?:invoices?|bills?|hours|charges?|timesheets?)\b/i, confidence: 0.8 },
    { match: /\byou knew (?:exactly|full well|perfectly well|very well) what you were doing\b|\bhow (?:this|the|your) (?:little )?game works\b|\bplaying games with (?:me|us)\b/i, confidence: 0.8 },
    // Polite insinuations of bad faith: "hard to believe that was an honest mistake", "trying to pull a fast one"
    { match: /\b(?:hard|difficult) to believe (?:this|that|it) (?:was|is) (?:an? )?(?:honest|genuine|innocent) (?:mistake|error|oversight)\b|\bhow (?:very )?convenient\b|\bfunny how\b[^.?!]{0,60}\bonly\b/i, confidence: 0.65 },
    { match: /\bdo you (?:think|take) (?:i'm|i am|me for|we're|we are|us for) (?:an? )?(?:stupid|idiots?|fools?|mugs?|morons?|born yesterday)\b|\btrying to (?:cheat|con|scam|rip|fleece|swindle|trick|pull a fast one)\b|\bpull(?:ing)? a fast one\b|\bbait[- ]and[- ]switch\b/i, confidence: 0.8 },
    { match: /\b(?:taking|take|took|taken) advantage of (?:me|us|your customers|customers|people|the elderly|vulnerable|my)\b/i, confidence: 0.7 },
    // "terroristic threats", harassment: accusing the reader of intimidation
    { match: /\bterroristic\b|\bharass(?:ing|ment|ed)? (?:me|us|my|our)\b|\bbully(?:ing)? (?:me|us|my|our)\b|\bintimidat(?:ing|ion) (?:me|us|my|our)\b/i, confidence: 0.7 },
    // "you have no idea what you're doing", "learn to do your job", "piss-poor service"
    { match: /\byou(?: guys| people)? (?:have|'ve got|have got) no (?:idea|clue) what you(?:'re| are) doing\b|\bclueless\b|\bpiss[- ]poor\b/i, confidence: 0.8 },
    { match: /\b(?:learn (?:how )?to|just|try to|actually|go) do your (?:damn |bloody |fucking |freaking |effing )?jobs?\b/i, confidence: 0.75 },
    { match: /\bhope (?:you|your \w+|they) (?:go|goes|get|gets|end up) (?:out of business|bankrupt|bust|sued|fired|shut down)\b/i, confidence: 0.8 },
    // "deliberately misleading", "lying through your teeth"
    { match: /\b(?:deliberately|intentionally|knowingly|purposely|on purpose) (?:misleading|misled|mislead|lied|lying|overcharg\w+|deceiv\w+|hid|hiding|ripping|cheating|conning)\b|\blying through (?:your|their|his|her) teeth\b/i, confidence: 0.8 },
    // "who on earth trained your staff?", "you should all be sacked"
    { match: /\bwho (?:on earth |the hell |in their right mind )?(?:trained|hired|employs|employed|taught|raised) (?:your|these|this|you)\b/i, confidence: 0.7 },
    { match: /\b(?:should|ought to|deserve to|needs? to) (?:all )?be (?:sacked|fired|struck off|ashamed)\b|\bcowboy outfit\b/i, confidence: 0.75 },
    // Bad faith told from the victim's side: "I don't appreciate being lied to", "we've been strung
    // along for months", "I feel I've been sold a pup", "you're taking us for mugs"
    {
      match: /\b(?:be|being|been|was|were|get|got|getting|feel|felt) (?:\w+ )?(?:lied to|strung along|taken for a ride|sold a pup|led up the garden path|taken for (?:fools?|mugs?|idiots?|a mug|a fool|an idiot|granted)|played for (?:fools?|mugs?|a fool|a mug)|mugged off)\b|\b(?:string|stringing|strung) (?:me|us|them|people|customers) along\b|\btak(?:e|ing) (?:me|us) for (?:fools?|mugs?|idiots?|a mug|a fool|an idiot|a ride)\b|\bsold (?:me|us) a pup\b/i,
      confidence: 0.8,
      negatable: false,
    },
    // Contempt for the firm as a whole: "absolute shambles", "amateur hour", "the most amateur outfit I've dealt with"
    {
      match: /\bamateur hour\b|\bamateurish\b|\b(?:an?|absolute|complete|total|utter|what a) shambles\b|\bshambolic\b|\b(?:the )?most (?:amateur|amateurish|incompetent|unprofessional|useless|shambolic|inept|hopeless|dishonest|disorganised|disorganized) (?:\w+ )?(?:outfit|company|firm|business|operation|service|shop|agency|bunch|lot|people|team|contractor|supplier|provider|garage|practice)\b/i,
      confidence: 0.8,
      negatable: false,
    },
    // "whoever set this up hasn't the first idea", "your developers don't have the faintest clue"
    {
      match: /\b(?:you|you guys|you people|you lot|they|your \w+(?: \w+)?|whoever(?: \w+){1,5}?)(?: clearly| obviously| honestly)? (?:has ?n['’]?t|have ?n['’]?t|does ?n['’]?t have|do ?n['’]?t have|had ?n['’]?t)(?: got)? (?:the (?:first|faintest|slightest|foggiest)|a) (?:idea|clue)\b/i,
      confidence: 0.75,
    },
    // Bad faith inferred: "I can only assume the delay is deliberate", "starting to think this is a stalling tactic"
    {
      match: /\b(?:can only (?:assume|conclude)|starting to (?:think|feel|wonder|suspect)|beginning to (?:think|feel|wonder|suspect)|hard not to (?:think|conclude|feel)|only conclusion)\b[^.!?]{0,40}?\b(?:deliberate(?:ly)?|on purpose|intentional(?:ly)?|a (?:stalling )?tactic|a ploy|a game|games|dishonest|a scam|a con)\b/i,
      confidence: 0.75,
    },
    // Evasion as bad faith: "stop trying to wriggle out of it", "hiding behind the small print", "dodging our calls"
    { match: /\b(?:wriggl|weasel|worm)\w* (?:your way |their way )?out of\b|\bhiding behind (?:the|your) (?:small print|fine print|terms|policy|policies|contract|t&cs|excuses|lawyers)\b|\bdodging (?:my|our) (?:calls|emails|questions|messages)\b/i, confidence: 0.7 },
    // Sneering: "well done, genius", "money for old rope", "robbing us blind", "don't insult my intelligence"
    { match: /\b(?:well done|nice one|great job|good job|bravo|congratulations),? (?:genius|einstein|sherlock|champ)\b/i, confidence: 0.75 },
    { match: /\bmoney for old rope\b|\blicen[cs]e to print money\b|\brob(?:bing|bed)? (?:us|me|people|customers|them) blind\b|\bnice work if you can get it\b/i, confidence: 0.7 },
    { match: /\binsult(?:ing|s)? (?:my|our) intelligence\b|\btreat(?:ing|s|ed)? (?:me|us) like (?:an? )?(?:idiots?|fools?|child(?:ren)?|mugs?|morons?|dirt)\b|\b(?:is|are|was|were|frankly|simply|quite|utterly) (?:\w+ )?laughable\b/i, confidence: 0.75, negatable: false },
    // "nothing short of daylight robbery", "little more than a scam" (not undone by the "nothing")
    {
      match: /\b(?:nothing short of|nothing less than|nothing but|no better than|little more than|no less than) (?:a |an |pure |outright |absolute )?(?:daylight robbery|highway robbery|theft|extortion|a scam|scam|a con|fraud|a rip-?off|rip-?off|a joke|a disgrace|criminal|robbery|incompetence|scandalous|shambolic|a shambles|lies|a lie|cowboys|crooks|thieves|amateurs)\b/i,
      confidence: 0.85,
      negatable: false,
    },
    // Understated accusations of dishonesty: "you've been less than honest with us", "not entirely truthful"
    {
      match: /\b(?:you|you['’]ve|you have|your \w+(?: \w+)?)(?: have| has)?(?: been)? (?:less than|not (?:entirely|exactly|completely|wholly|being|been|fully|totally)|have ?n['’]?t been (?:entirely |exactly |completely |fully |totally )?|has ?n['’]?t been (?:entirely |exactly |completely |fully |totally )?) ?(?:honest|truthful|straight|upfront|transparent|forthcoming|candid)\b/i,
      confidence: 0.75,
      negatable: false,
    },
    // "You're clearly making it up as you go along", "your staff are making excuses up"
    { match: /\bmaking (?:it|this|things|stuff) up as (?:you|they|he|she) go\b|\b(?:you(?:['’]re| are)|you['’]ve been|your \w+ (?:is|are)) (?:\w+ )?making (?:it|this|that|things|stuff|numbers|figures) up\b/i, confidence: 0.75 },
    // Contempt: "do you people actually read your emails?"
    { match: /\byou people\b|\bdo(?:es)? (?:you|anyone|anybody) (?:there )?(?:even|actually) (?:know|understand|care|read|listen|check|think)\b/i, confidence: 0.7 },
  ],
  unless: [
    // Reported third-party scams and self-deprecation: "I was the victim of a scam", "sorry for the stupid question".
    /\bvictim of (?:a|an|the) (?:\w+ )?scam\b|\bscam (?:alert|warning)\b|\bis this (?:e-?mail |text |message |call )?a scam\b/i,
  ],
  detect: shouting,
  examples: {
    flag: [
      'You people are a bunch of crooks.',
      'This whole operation is a scam.',
      'You basically stole my deposit.',
      "That's a flat-out lie and you know it.",
      'What the hell is wrong with your office?',
      'Honestly, your staff are absolutely useless.',
      "Your so-called technician is an idiot.",
      'Total rip-off, the lot of you.',
      'These are shady business practices and you know it.',
      'Are you incompetent or just lazy?',
      'I AM SICK OF WAITING FOR YOU TO CALL ME BACK.',
      'Stop harassing me with these calls.',
      'Frankly it looks like you are padding invoices.',
    ],
    pass: [
      'I am very disappointed with how this was handled.',
      "Frankly, I expected better and I'm frustrated.",
      'This is not acceptable and I would like it fixed this week.',
      'Is this email a scam? It says it is from your billing team.',
      'We need to weigh the pros and cons before the conference.',
      'Please see the attached ENRON NORTH AMERICA CORP schedule.',
      'Sorry, this might be a stupid question.',
      'The answer may lie in the server logs.',
      'I was the victim of identity theft last year, so I check every statement.',
      'I thought the text was a phishing attempt, so I ignored it.',
      'Our new CRM goes live on MONDAY.',
      'Can we talk about the contract on Friday?',
    ],
  },
});
