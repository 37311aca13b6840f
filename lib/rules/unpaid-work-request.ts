import { defineRule } from './define-rule';

// A request addressed to the vendor, either word order: "could your engineers", "if your team could",
// "would you mind", "any chance you could".
const ASK =
  "(?:(?:could|can|would|will)\\s+(?:you|you guys|your \\w+(?: \\w+)?|one of your \\w+|someone(?: (?:on|in|from|at) your \\w+(?: \\w+)?)?|somebody|anyone)|(?:you|your \\w+(?: \\w+)?) (?:could|can|would|might)|(?:would you|do you) mind|mind)\\b(?: (?:please|maybe|possibly|kindly|just|also|be able to))*";
// Going through material the client owns: "dig through our logs", "look over my bloodwork".
const GO_THROUGH =
  '(?:dig\\w*|go\\w*|look\\w*|comb\\w*|sift\\w*|read\\w*|trawl\\w*|wad\\w*|run\\w*|work\\w*|ha(?:ve|ving) a (?:quick )?look|tak(?:e|ing) a (?:quick )?look|glanc\\w*|check\\w*|ha(?:ve|ving) a (?:quick )?(?:nose|poke|dig|rummage)|nos(?:e|ing) around|pok(?:e|ing) around|rummag\\w*) (?:through|into|over|at|across|in)';
// What the client wants back: the diagnosis or the advice itself.
const DIAGNOSE =
  "(?:where (?:we|i)(?:['’]re|['’]m| are| am)? (?:losing|wasting|leaking|going wrong|falling short)|how (?:we|i) (?:can|could|should) (?:fix|improve|increase|cut|reduce|grow|save)|why|what(?:['’]s| is)? (?:causing|wrong|going on|happening)|what (?:we|i)(?:['’]re|['’]m| are| am)? (?:doing|did) wrong|where (?:we|i|it|our|my)\\b[^.!?]{0,30}?(?:went|go|going|is going) (?:wrong|sideways)|(?:whether|if) (?:it['’]?s|it is|the other|they|he|she|we['’]ve|we have|i['’]ve|i have|we['’]re|we are|i['’]m|i am|we|i|our|my|anything|there['’]?s)|what you['’]?d (?:change|do differently|improve|fix|do)|what (?:i|we) should|which (?:one|option|of (?:them|these|the)))";
// Investigating: the work a consultant is paid for.
const INVESTIGATE =
  '(?:investigate|diagnose|debug|troubleshoot|figure out|work out|find out|look into|dig into|get to the bottom of|pinpoint|track down|root-cause|audit|analy[sz]e)';

export default defineRule({
  id: 'unpaid_work_request',
  explain: 'The client asks you to do their analysis, investigation or advice work for free.',
  cues: /personal|own|private|home|side|which|sit in|join|attend|come to|not on|tap into|borrow|lean on|draw on|informal|casual|good at|great at|handy|clever|did wrong|save (me|us)|good (with|at)|like (ours|us|mine|me)|you know your stuff|ask you first|since you('ve| have| already| hold)|what (\w+ )?(to|i should|we should) (buy|get)|could|can|would|will|mind|friend|favou?r|rather than|not (your|related|caused|anything)|nothing to do|related to your|switch to|competitor|benchmark|compare|once-over|look-over|sanity check|pair of eyes|fresh eyes|you'?d (change|do)|your (take|thoughts|view|opinion|advice)|budget|save (us|me)|suggest|recommend|flag|point out|worked with|seen (lots|loads|plenty|so many|hundreds)|you'?re the|expert (opinion|advice|eye|input|view|take)|tell (us|me) why|explain why|pick your brain|free|complimentary|analys|analyz|analys|audit|investigat|diagnos|debug|troubleshoot|look into|dig into|figure out|work out|find out|track down|bottom of|pinpoint|why|wrong|causing|expert|you'?re (a|an|the|basically|practically|pretty much)|know (this|these|your|the|a lot|more|far|way|so|what)|better than|pros and cons|how you'?d|(pay|paying) for|book|afford|hire|without (paying|booking)|through|look at|what (i|we) should|whether|which one|anyway|informal|off the record|unofficial|nothing formal|from (these|the|this|my|some) (photo|picture|pic|screenshot|video|description|listing)|their|his|her|opinion|thoughts|verdict|assessment|rather not|pay (them|him|her|the|another|someone|an?) |document|summari|annotate|catalogue|list|logs?|reproduce|close out|wrap up|narrow|rca|root|post-?mortem|review|critique|health ?check|once-over|rundown|before (we|i)|like (your|ur)|shop (it|this|them|the)|take (it|this|them) to|show (it|this|them) to|send (it|this|them) to|off the record|as such|you'?re the|went wrong|gone wrong|got wrong|rivals?|normally|usually|typically|charge|bill|invoice|nose|poke|rummag/,
  patterns: [
    // "Can I pick your brain about our pricing?"
    { match: 'pick your (brain|brains)', confidence: 0.85 },
    // "a quick free audit of our site", "any free advice on ..."
    {
      match: /\b(?:free|complimentary|no-charge|unpaid)\s+(?:quick\s+)?(?:audit|review|consultation|consult|advice|assessment|analysis|opinion|second opinion|evaluation|diagnosis|diagnostic|health ?check|strategy session|look)\b/i,
      confidence: 0.8,
    },
    // "could you run some analysis for us so we can track down the fault"
    {
      match: new RegExp(
        `\\b${ASK}\\s+(?:run|do|perform|carry out|put together|write up|pull together|conduct)\\s+(?:some|an?|the|a quick|a bit of|a little)?\\s*(?:\\w+\\s+)?(?:analysis|investigation|investigating|digging|research|diagnostics?|audit|comparison|review|breakdown|report)\\b[^.!?]{0,40}?\\b(?:for (?:us|me)|so (?:we|i) can|on (?:our|my))\\b`,
        'i',
      ),
      confidence: 0.75,
    },
    // "dig through our logs and tell us why", "read over these quotes and tell me which one I should pick",
    // "look over our VAT return and see if we've missed anything"
    {
      match: new RegExp(
        `\\b${ASK}\\s+${GO_THROUGH}\\b[^.!?]{0,120}?\\b(?:tell|let|show|advise|explain to|figure out|work out|find out|pinpoint|spot|identify|see|check)\\b(?: (?:us|me))?(?: know)?\\s+${DIAGNOSE}`,
        'i',
      ),
      confidence: 0.8,
    },
    // "Could your team find out why our emails keep going to spam?", "investigate why our own network drops"
    {
      match: new RegExp(
        `\\b${ASK}\\s+(?:\\w+\\s+)?${INVESTIGATE}\\b[^.!?]{0,20}?\\b(?:why|what(?:['’]s| is)? (?:wrong|causing|going on)|where|how come)\\b[^.!?]{0,30}?\\b(?:our|my)\\b`,
        'i',
      ),
      confidence: 0.75,
    },
    // "Any chance you could audit our ads account for us?", "could you review my business plan for me?"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:audit|review|analy[sz]e|assess|evaluate|critique|check over|go over|look over)\\s+(?:our|my)\\b[^.!?]{0,50}?\\bfor (?:us|me)\\b`, 'i'),
      confidence: 0.65,
    },
    // "Could your team debug our checkout code?", "could you diagnose the issue with our internal network?"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:debug|troubleshoot|diagnose|investigate|root-cause)\\s+(?:(?:the|an?|this|these) (?:\\w+ )?(?:issues?|problems?|faults?|errors?|bugs?|slowdowns?|outages?) (?:with|in|on) )?(?:our|my)\\b`, 'i'),
      confidence: 0.7,
    },
    // "Could you tell us why our site isn't ranking?", "could you explain why our sales team keeps missing targets?"
    { match: new RegExp(`\\b${ASK}\\s+(?:tell (?:us|me)|explain(?: to (?:us|me))?) (?:(?:why|what(?:['’]s| is) (?:wrong|causing)) (?:our|my)|what (?:we|i)(?:['’]re|['’]m| are| am)? (?:doing|did) wrong)\\b`, 'i'), confidence: 0.65 },
    // "Would you mind reviewing our HR policies and flagging any issues?", "review our architecture and suggest improvements"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:review\\w*|look\\w* (?:at|over|through)|go\\w* (?:through|over)|audit\\w*|assess\\w*|analy[sz]\\w*|check\\w*)\\s+(?:our|my)\\b[^.!?]{0,60}?\\band (?:suggest|recommend|advis|propos|flag|point\\w* out|highlight|identif|list|tell)\\w*`, 'i'),
      confidence: 0.7,
    },
    // Another supplier's work: "could you dig into their config and tell us what they've got wrong",
    // "give us your opinion on what the last builder did", "rather not pay them to investigate"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:\\w+\\s+)?(?:dig into|look into|go through|go over|check|review|audit|look over|look at|have a look at|take a look at|investigate|assess|inspect)\\s+(?:their|his|her|the (?:other|previous|old|last|neighbour['’]?s) \\w+['’]?s?)\\s+(?:\\w+\\s+)?(?:config\\w*|code|setup|set-up|work|system|network|firewall|installation|wiring|plans?|drawings?|accounts|books|build|job|site|server)\\b`, 'i'),
      confidence: 0.7,
    },
    { match: /\b(?:give|tell|let) (?:us|me)(?: know)? (?:your|an?) (?:honest |expert |professional )?(?:opinion|view|thoughts|verdict|take|assessment) (?:on|of|about) (?:what|whether|how) (?:he|she|they|the (?:other|previous|last|old|neighbour['’]?s) \w+)\b/i, confidence: 0.7 },
    { match: /\b(?:rather not|do ?n['’]?t want to|can['’]?t afford to|would ?n['’]?t want to) pay (?:them|him|her|the other \w+|another \w+|someone else|an? \w+) to (?:investigate|look|fix|check|diagnose|find|sort|come)\b/i, confidence: 0.65 },
    // "Could one of your engineers look through our codebase and document it for us?"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:\\w+\\s+)?${GO_THROUGH}\\s+(?:our|my)\\b[^.!?]{0,50}?\\band (?:document|explain|summari[sz]e|write up|map|annotate|catalogue|list|send (?:us|me) a (?:list|summary|report))\\w*`, 'i'),
      confidence: 0.7,
    },
    // The vendor asked to do the requester's root-cause work: "any analysis you could share would
    // really help us narrow it down", "pull the logs from your side and tell us which requests look odd"
    { match: /\b(?:any|your) (?:analysis|investigation|findings|digging|detective work|insights?|diagnosis)\b[^.!?]{0,40}?\b(?:would|could|will|might)\b[^.!?]{0,15}?\b(?:help|speed|save|narrow)\w*/i, confidence: 0.7 },
    { match: /\b(?:pull|export|grab|extract|go through) (?:the |your |all )?(?:\w+ )?logs? (?:from|on) your (?:side|end)\b[^.!?]{0,40}?\band (?:let (?:us|me) know|tell (?:us|me)|identify|flag|highlight|analy[sz]e|point out|see)\b/i, confidence: 0.7 },
    { match: /\breproduce (?:the|this|that) (?:\w+ )?(?:failover|issue|bug|problem|fault|outage|crash|error|incident) (?:on|in) your (?:own |staging |test )?(?:environment|system|side|end|setup|infrastructure|staging)\b/i, confidence: 0.65 },
    { match: /\bhelp (?:us|me) (?:close out|complete|finish|write up|narrow down|wrap up) (?:the|our|this) (?:rca|root[- ]cause(?: analysis)?|post-?mortem|investigation|incident review)\b/i, confidence: 0.7 },
    // "a quick audit of our website", "a full terminology audit of our last 30 documents", "a list of what to fix"
    { match: /\b(?:quick|little|informal|mini|brief|rough|full|detailed|complete|thorough) (?:\w+ )?(?:audit|review|assessment|health ?check|critique|evaluation|once-over) of (?:our|my)\b/i, confidence: 0.6 },
    { match: /\b(?:list|rundown|summary|run-down) of (?:what|everything|things|anything) (?:to|we should|we need to|i should|i need to) (?:fix|change|improve|sort)\b/i, confidence: 0.65 },
    // Spec work before any commitment: "before we sign anything could you mock up a few logo ideas",
    // "so we can see if we like your style", "so I can shop it round other agencies"
    {
      match: /\bbefore (?:we|i) (?:sign|decide|commit|choose|pick|go ahead|hire|make (?:a|our|my|the|any) (?:decision|choice)|proceed|agree)\w*\b[^.!?]{0,80}?\b(?:mock(?:[- ]?up)?s?|sketch\w*|prototypes?|spec(?:ification)?s?|architecture|concepts?|ideas|designs?|samples?|audit|comparison|analysis|strategy|breakdown|plans?|wireframes?)\b/i,
      confidence: 0.65,
    },
    { match: /\b(?:see|check|test|decide) (?:if|whether) (?:we|i) (?:like|love|rate|get on with) (?:your|ur) (?:style|work|approach|ideas|design)\b/i, confidence: 0.7 },
    { match: /\bshop (?:it|this|them|the \w+) (?:a)?round\b|\b(?:take|show|send) (?:it|this|them) to (?:other|a few|some|different|several) (?:agencies|suppliers|developers|firms|builders|designers|companies|contractors|studios)\b/i, confidence: 0.7 },
    // "It'd just be informal, not a project as such"
    { match: /\b(?:it['’]?d|it would|it would just|keep it|all very|totally|purely) (?:just |only |all |very )?(?:be )?(?:informal|unofficial|off the record)\b|\bnot (?:a|an) (?:project|engagement|job|formal \w+|paid \w+) as such\b/i, confidence: 0.6 },
    // "You're the expert, so surely you could ...", "work out where we went wrong"
    { match: /\byou['’]re the (?:experts?|pros?|professionals?|specialists?),? so\b/i, confidence: 0.65 },
    { match: /\b(?:work|figure|find|sort|suss) out (?:where|what|how) (?:we|i) (?:went|did|got|have gone|['’]ve gone|have got) (?:it )?wrong\b/i, confidence: 0.7 },
    {
      match: new RegExp(`\\b${ASK}\\s+(?:\\w+\\s+)?(?:have a (?:quick )?look at|take a (?:quick )?look at|look at|check out|go through|dig into|review)\\s+(?:our|my|the) (?:\\w+ )?(?:competitors?['’]?|rivals?['’]?)`, 'i'),
      confidence: 0.65,
    },
    // "I know you'd normally charge for this, but ...", "no need to invoice us for a quick look"
    { match: /\b(?:i know|i realise|i realize|i appreciate|i understand)\b[^.!?]{0,30}?\b(?:normally|usually|typically|would normally)\b[^.!?]{0,15}?\b(?:charge|paid|billable|fee)\w*\b[^.!?]{0,40}?\bbut\b/i, confidence: 0.8 },
    { match: /\b(?:no need to|you don['’]?t need to|please don['’]?t|don['’]?t bother to) (?:charge|bill|invoice)\b/i, confidence: 0.7, negatable: false },
    // "We don't have budget for this", "it'd save us hiring a lawyer"
    { match: /\b(?:(?:do ?n['’]?t|do not|did ?n['’]?t)(?: really| actually)? have|have no|have ?n['’]?t got|has no|no) (?:the |a |any |much (?:of a )?)?budget(?= for\b| to\b|,| so\b| but\b| right now| at the moment| this year)/i, confidence: 0.7 },
    { match: /\bsave (?:us|me) (?:from )?(?:hiring|paying|calling|booking|getting|bringing in) (?:a|an|another)\b/i, confidence: 0.75 },
    // "You're the pros after all", "you've worked with lots of sales teams", "your expert opinion on our plan"
    { match: /\byou['’]re the (?:experts?|pros?|professionals?|specialists?)\b[^.!?]{0,10}?\b(?:after all|right|here)\b/i, confidence: 0.65 },
    { match: /\b(?:you['’]ve|you have) (?:worked with|work with|seen(?: inside)?|been inside|dealt with|helped) (?:(?:lots|loads|plenty|hundreds|dozens|a lot|tons) of|so many|many other|countless)\b/i, confidence: 0.6 },
    // "that would save us days", "you're great with this kind of thing", "firms like ours"
    { match: /\b(?:it|that|this)(?: would|['’]d| will| could) save (?:me|us) (?:a (?:whole|full|lot of|ton of)|hours|days|weeks|so much|loads of|heaps of|the)\b/i, confidence: 0.65 },
    { match: /\byou(?: guys| all|['’]re| are)*(?: guys)? (?:so |really )?(?:good|great|brilliant|amazing) (?:with|at) (?:this|these|that|all this) (?:stuff|things|kind of (?:thing|stuff))\b/i, confidence: 0.6 },
    { match: /\b(?:companies|businesses|firms|clients|people|teams|charities|schools|shops|practices) (?:just )?like (?:ours|us|mine)\b/i, confidence: 0.55 },
    { match: /\byou know your stuff\b[^.!?]{0,30}?\b(?:ask|asking|figured|thought)\b|\b(?:figured|thought) i['’]?d ask you first\b/i, confidence: 0.6 },
    // "just an informal chat", "You're so good at spreadsheets, could you build our budget?"
    { match: /\b(?:just |only )?an? (?:informal|casual|friendly|quick informal|off-the-record) (?:chat|call|coffee|conversation|catch-up|look)\b/i, confidence: 0.6 },
    {
      match: new RegExp(`\\byou(?:['’]re| are)(?: guys)? (?:so |really |such )?(?:good|great|brilliant|amazing|handy|clever|a whizz?|a genius|an expert) (?:with|at)\\b[^.!?]{0,40}?\\b${ASK}`, 'i'),
      confidence: 0.65,
    },
    // "Our other provider messed up our DNS; could you figure out what they did wrong?"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:\\w+\\s+)?(?:figure out|work out|find out|tell (?:us|me)|check|see)\\s+what (?:they|he|she|the (?:other|previous|last|old) \\w+) (?:did|got|have done|has done|have got|has got|['’]ve got|['’]ve done|['’]s got|['’]s done) wrong\\b`, 'i'),
      confidence: 0.7,
    },
    // "Since you have the usage data, could you work out our costs?"
    { match: new RegExp(`\\b(?:since|as) you(?:['’]ve got| have| already have|['’]ve already got| hold) (?:access to )?(?:all )?(?:the|our|my|everything)\\b[^.!?]{0,40}?\\b${ASK}`, 'i'), confidence: 0.65 },
    // "tell me what laptop to buy"
    { match: /\bwhat (?:\w+ )?(?:to|i should|we should) (?:buy|purchase)\b/i, confidence: 0.55 },
    { match: /\b(?:since|as|because|seeing as) you (?:know|understand) (?:so much|a lot|loads|more|everything|all)\b/i, confidence: 0.7 },
    { match: /\b(?:since|as|because|seeing as) you (?:know|understand) [^.!?]{0,30}?\b(?:inside out|so well|really well|better than|backwards)\b/i, confidence: 0.7 },
    { match: /\byour (?:expert |professional )(?:opinion|advice|eye|input|view|take|thoughts)\b[^.!?]{0,10}?\bon (?:our|my)\b/i, confidence: 0.6 },
    // "as a friend rather than a client", "It's not your software", "not sure it's even related to your API"
    { match: /\b(?:as a (?:friend|favou?r|mate)\b(?: rather than| not as)?|(?:rather than|not) as a (?:client|customer|paying \w+))\b/i, confidence: 0.7 },
    {
      match: /\b(?:it['’]?s|it is|this is|that['’]?s|it['’]?s probably|it['’]?s definitely) (?:not|nothing to do with) (?:your|related to your|caused by your|anything to do with your) (?:software|product|app|service|system|fault|work|equipment|platform|api|code|kit|doing)\b|\bnot (?:sure|certain) (?:if |whether )?(?:it['’]?s|this is|it is) (?:even |at all )?(?:related|connected|down|linked) to (?:you|your)\b/i,
      confidence: 0.65,
    },
    // "your take on why our conversion dropped"
    { match: /\byour (?:take|thoughts|view|opinion|advice|eyes?) on (?:why|what(?:['’]s| is)? (?:wrong|causing)|where) (?:our|my|we|i)\b/i, confidence: 0.65 },
    // "a recommendation on which accounting software we should switch to"
    { match: /\b(?:recommend|recommendation|advice|advise|suggest|suggestion)\w*\b[^.!?]{0,30}?\bwhich (?:\w+ ){0,3}(?:we|i) should (?:switch to|buy|hire|go with|choose|pick|move to)\b/i, confidence: 0.6 },
    // "could you benchmark our prices against competitors for us?"
    {
      match: new RegExp(`\\b${ASK}\\s+(?:benchmark|compare|research|analy[sz]e|look into)\\b[^.!?]{0,40}?\\b(?:competitors?|the market|other (?:companies|firms|suppliers|providers|schools|options))\\b`, 'i'),
      confidence: 0.65,
    },
    // "Mind giving our marketing plan a once-over", "a second pair of eyes on our setup"
    { match: /\b(?:once-over|look-over|sanity check|(?:second|fresh|another) (?:pair of )?eyes)\b[^.!?]{0,30}?\b(?:our|my)\b|\b(?:our|my) [\w\s]{1,30}? a (?:quick )?(?:once-over|look-over|sanity check)\b/i, confidence: 0.6 },
    // "Could your accountant look at my personal tax return?"
    { match: new RegExp(`\\b${ASK}\\b[^.!?]{0,60}?\\b(?:my|our) (?:personal|own|private|home|side) (?:tax|taxes|tax return|finances|network|computer|pc|laptop|project|website|business|car|wifi)\\b`, 'i'), confidence: 0.65 },
    // "look through these CVs and tell us which candidate to hire"
    { match: /\bwhich (?:\w+ )?(?:to|we should|i should) (?:hire|buy|choose|pick|go with|invest in|sign)\b/i, confidence: 0.6 },
    // "Could someone sit in on our board meeting and advise us?"
    {
      match: /\b(?:sit in on|join|attend|come to) (?:our|my) \w+(?: \w+)? (?:meeting|call|session|review)\b[^.!?]{0,30}?\b(?:advise|give (?:us|me) (?:advice|feedback|input|pointers)|weigh in|share your)\b/i,
      confidence: 0.6,
    },
    // "work out where our stock count went wrong", "figure out why our server keeps dropping"
    {
      match:
        /\b(?:work|figure|find|sort|suss|track|hunt)\s+(?:out|down)\s+(?:why|what|where|how|the (?:fault|cause|problem|issue|bug|reason))\b[^.!?]{0,40}?\b(?:our|my)\s+(?:own\s+)?(?:\w+\s+)?(?:system|systems|server|servers|network|app|site|website|books|bookkeeping|accounts?|data|code|logs?|setup|database|pipeline|funnel|campaigns?|spreadsheet|numbers|figures|sales|conversion|traffic|end|side)\b/i,
      confidence: 0.75,
    },
    // "find what's causing it on our side", "find the fault in our own system"
    {
      match: /\b(?:causing|cause of|wrong with|fault in|bug in|problem (?:with|in)|issue (?:with|in))\b[^.!?]{0,30}?\b(?:on our (?:end|side)|our own)\b/i,
      confidence: 0.7,
    },
    // "Can you diagnose what's wrong with my laptop from these photos?"
    {
      match: /\b(?:diagnose|tell|figure out|work out|say|spot|judge|see)\b[^.!?]{0,50}?\bfrom (?:these|the|this|my|some|a few|our) (?:photos?|pictures?|pics|screenshots?|videos?|description|listing|recording)\b/i,
      confidence: 0.7,
    },
    // "Since you're the expert, could you look into ...", "since you're an accountant, could you check my spreadsheet"
    {
      match: /\b(?:since|as|because|seeing as) (?:you['’]re|you are|you guys are) (?:the |an? )?(?:real |actual |\w+ )?(?:experts?|pros?|professionals?|specialists?|gurus?|wizards?|accountants?|lawyers?|engineers?|developers?|programmers?|mechanics?|dentists?|doctors?|nutritionists?|designers?|consultants?|techies?|it (?:guy|person|people))\b/i,
      confidence: 0.65,
    },
    // "you know this market far better than we do"
    {
      match: /\byou(?: guys| all)? (?:know|understand) (?:this|the|these|that|your|our|a lot|so much|far|way)\b[^.!?]{0,40}?\b(?:better than (?:we|i|us|me|anyone|anybody)|far better|way better|inside out|well)\b/i,
      confidence: 0.6,
    },
    // "You're basically a lawyer anyway", "you must know these suppliers well"
    { match: /\byou['’]re (?:basically|practically|pretty much|almost|kind of) an? \w+(?: \w+)?(?: anyway)?\b/i, confidence: 0.6 },
    { match: /\byou must know (?:these|this|the|all the|a lot)\b[^.!?]{0,30}?\b(?:well|inside out|better)\b/i, confidence: 0.6 },
    // "I'd rather not pay for a full assessment if it's nothing", "we can't afford a consultant, so could you ..."
    {
      match: /\b(?:don['’]?t|do not|rather not|would rather not|without|can['’]?t|cannot) (?:want to |wanting to |have to |afford to |really )?(?:pay(?:ing)? for|book(?:ing)?|schedul(?:e|ing)|commit(?:ting)? to|afford|hire|hiring|justify|spring for|bring in)\s+(?:a |an |the |another )?(?:full |proper |paid |formal |whole |real |outside )?(?:inspection|appointment|consultation|consultant|consulting|consultancy|advice|session|assessment|audit|auditor|visit|engagement|call-?out|diagnostic|expert|specialist|accountant|lawyer|developer|professional|advisor|adviser|support plan|review)s?\b/i,
      confidence: 0.7,
    },
    // "We're not on a support plan", "I'd love to tap into your expertise on our pricing"
    { match: /\b(?:not|are ?n['’]?t|no longer) on (?:a|any|your) (?:support|maintenance|service|care) (?:plan|contract|agreement|package)\b/i, confidence: 0.6 },
    {
      match: /\b(?:tap into|borrow|lean on|draw on) your (?:expertise|knowledge|brain|experience|know-how|wisdom)\b/i,
      confidence: 0.7,
    },
    // "Would you be able to do a quick review of our setup? Just informally."
    { match: /\b(?:(?:just|purely|totally|all) (?:informally|off the record|unofficially|as a favou?r)|(?:informally|unofficially|off the record),? of course|nothing formal|no need for (?:a|an) (?:formal|official) \w+)\b/i, confidence: 0.6 },
    // "tell us whether the previous builder did it properly"
    { match: /\b(?:whether|if) (?:the|my|our) (?:other|previous|last|old) \w+ did (?:it|the job|a good job|the work) (?:properly|right|correctly|well)\b/i, confidence: 0.7 },
    // "talk us through the pros and cons of the three vendors", "show us how you'd restructure it"
    { match: /\b(?:walk|walking|talk|talking|take|taking) (?:us|me) through (?:the )?(?:pros and cons|options|best option|which)\b/i, confidence: 0.6 },
    { match: /\b(?:tell|show) (?:us|me) how you['’]?d (?:redo|restructure|fix|set up|structure|approach|organi[sz]e|improve|change)\b/i, confidence: 0.6 },
  ],
  unless: [
    // Chasing the vendor's own replies: "explain why my calls are not being returned"
    /\b(?:my|our) (?:calls|emails|messages|letters|complaints|queries|voicemails)\b/i,
    // A paid engagement: "we'll pay your usual rate", "please send a quote for the audit"
    /\b(?:paid|billable|bill (?:me|us)|invoice (?:me|us)|(?:happy|willing|glad) to pay|your (?:usual|hourly|standard|normal|day) (?:rate|fee)|consultation fee|(?:send|give|get|need)\b[^.!?]{0,15}\bquote|statement of work|purchase order|retainer|book (?:a|an) (?:paid )?(?:consultation|appointment|session)|(?:what|how much) (?:would|will|do|does) (?:it|that|this|you) (?:cost|charge)|fee estimate|your (?:fees?|rates?|prices?|pricing)\b)\b/i,
    // Your own service is not their problem: "look into why my invoice shows two charges", "a cheaper plan with you"
    /\b(?:plans?|options?|packages?|deals?|offers?|tiers?) (?:with|from) you\b|\byour (?:own )?(?:plans|products|services|packages|pricing|warehouse|delivery|driver)\b/i,
    /\b(?:my|our) (?:last |latest |recent |monthly )?(?:invoice|bill|order|payment|refund|delivery|booking|appointment|subscription|statement|charges?|membership|ticket|certificate|reservation|shipment|parcel|account|card|credit card|package|plan|login|password)\b/i,
  ],
  examples: {
    flag: [
      'Could we pick your brain about our marketing plan over coffee?',
      "We'd love a quick free audit of our website.",
      'Could your engineers dig through our server logs and tell us why the app keeps crashing?',
      "Could you take a look at my shop's analytics and tell me why sales dropped?",
      'Since you know accounting software better than anyone here, could you work out where our books went wrong?',
      'Could you run some analysis for us so we can find the fault in our network?',
      "Since you're the expert, could you look into why our own server keeps timing out?",
      "I don't want to pay for a full assessment if it turns out to be nothing.",
      'Can you tell us whether our old agency did the job properly?',
      'You guys know this market way better than we do.',
      'Would you mind walking us through the pros and cons of the three payroll tools?',
      "We can't afford a consultant, so could you advise us on which laptops to buy?",
      'Could your team find out why our newsletters keep landing in spam?',
    ],
    pass: [
      'Could you tell me which accreditation body your course is registered with?',
      "I'd like to book a paid consultation for a second opinion on my crown.",
      'Could you look into why my last invoice shows two charges?',
      'Please send a quote for a full security audit of our network.',
      'Attached is our internal analysis of the pilot; could you send pricing for more seats?',
      'Could you look at the attached draft and let me know what you think?',
      'Thanks for the free trial, it was great.',
      'Can you run the usual monthly report for the board?',
      'Why is the portal asking me to log in again?',
      'Could you check why the sync from your app stopped last night?',
    ],
  },
});
