import { defineRule } from './define-rule';

// A request addressed to the vendor: "could you", "could your engineers", "would one of your dentists".
const ASK =
  "(?:could|can|would|will)\\s+(?:you|you guys|your \\w+(?: \\w+)?|one of your \\w+|someone(?: (?:on|in|from) your \\w+(?: \\w+)?)?|somebody|anyone)\\b(?: please| maybe| possibly| kindly| just)?";
// Going through material the client owns: "dig through our logs", "look over my bloodwork".
const GO_THROUGH = '(?:dig|go|look|comb|sift|read|trawl|wade|run|work|have a look|take a look|glance|check) (?:through|into|over|at|across)';
// What the client wants back: the diagnosis or the advice itself.
const DIAGNOSE =
  "(?:why|what(?:['’]s| is)? (?:causing|wrong|going on|happening)|what (?:we|i)(?:['’]re|['’]m| are| am)? (?:doing|did) wrong|where (?:we|i|it|our|my)\\b[^.!?]{0,30}?(?:went|go|going|is going) (?:wrong|sideways)|(?:whether|if) (?:it['’]?s|it is|the other|they|he|she)|what (?:i|we) should|which (?:one|option|of (?:them|these|the)))";

export default defineRule({
  id: 'unpaid_work_request',
  explain: 'The client asks you to do their analysis, investigation or advice work for free.',
  cues: /pick your brain|free|analys|audit|investigat|diagnos|look into|figure out|work out|find out|track down|why|wrong|causing|expert|know (this|these|your|the|a lot|more|far|way|so|what)|better than|pros and cons|how you'?d|don'?t want to (pay|book)|without (paying|booking)|through|look at|what (i|we) should|whether|which one|basically|anyway/,
  patterns: [
    // "Can I pick your brain about our pricing?"
    { match: 'pick (your|#Possessive) (brain|brains)', confidence: 0.85 },
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
    // "dig through our logs and tell us why", "go through them and tell me what supplements I should take",
    // "take a look at my analytics account and tell me why my conversion rate is so low"
    {
      match: new RegExp(
        `\\b${ASK}\\s+${GO_THROUGH}\\b[^.!?]{0,120}?\\b(?:tell|let|show|advise|explain to|figure out|work out|find out|pinpoint|spot|identify)\\b(?: (?:us|me))?(?: know)?\\s+${DIAGNOSE}`,
        'i',
      ),
      confidence: 0.8,
    },
    // "work out where our bookkeeping went sideways", "figure out why our server keeps dropping"
    {
      match:
        /\b(?:work|figure|find|sort|suss|track|hunt)\s+(?:out|down)\s+(?:why|what|where|how|the (?:fault|cause|problem|issue|bug|reason))\b[^.!?]{0,40}?\b(?:our|my)\s+(?:own\s+)?(?:\w+\s+)?(?:system|systems|server|servers|network|app|site|website|books|bookkeeping|accounts?|data|code|logs?|setup|database|pipeline|funnel|campaigns?|spreadsheet|numbers|figures|sales|conversion|traffic|end|side)\b/i,
      confidence: 0.75,
    },
    // "tell us what's causing it on our end", "find the fault in our own system"
    {
      match: /\b(?:causing|cause of|wrong with|fault in|bug in|problem (?:with|in)|issue (?:with|in))\b[^.!?]{0,30}?\b(?:on our (?:end|side)|our own)\b/i,
      confidence: 0.7,
    },
    // "Since you're the expert, could you look into ...", "you guys know this space way better than we do"
    { match: /\b(?:since|as|because) (?:you['’]re|you are|you guys are) (?:the |an? )?(?:real |actual )?(?:experts?|pros?|professionals?|specialists?|gurus?|wizards?)\b/i, confidence: 0.65 },
    {
      match: /\byou(?: guys| all)? (?:know|understand) (?:this|the|these|that|your|our|a lot|so much|far|way)\b[^.!?]{0,40}?\b(?:better than (?:we|i|us|me|anyone|anybody)|far better|way better|inside out|well)\b/i,
      confidence: 0.6,
    },
    // "You're basically a nutritionist anyway", "you must know these schools well"
    { match: /\byou['’]re (?:basically|practically|pretty much|almost|kind of) an? \w+(?: \w+)?(?: anyway)?\b/i, confidence: 0.6 },
    { match: /\byou must know (?:these|this|the|all the|a lot)\b[^.!?]{0,30}?\b(?:well|inside out|better)\b/i, confidence: 0.6 },
    // "Don't want to pay for a full inspection if it's junk", "I don't want to book an appointment if it turns out to be nothing"
    {
      match: /\b(?:don['’]?t|do not|rather not|would rather not|without) (?:want to |wanting to |have to )?(?:pay(?:ing)? for|book(?:ing)?|schedul(?:e|ing)|commit(?:ting)? to)\s+(?:a |an |the |another )?(?:full |proper |paid |formal |whole )?(?:inspection|appointment|consultation|session|assessment|audit|visit|engagement|call-?out|diagnostic)\b/i,
      confidence: 0.7,
    },
    // "let me know whether the other dentist did it properly"
    { match: /\b(?:whether|if) (?:the|my|our) (?:other|previous|last|old) \w+ did (?:it|the job|a good job|the work) (?:properly|right|correctly|well)\b/i, confidence: 0.7 },
    // "Would you mind hopping on a call and walking us through the pros and cons", "tell us how you'd redo them"
    { match: /\b(?:walk|walking|talk|talking|take|taking) (?:us|me) through (?:the )?(?:pros and cons|options|best option|which)\b/i, confidence: 0.6 },
    { match: /\b(?:tell|show) (?:us|me) how you['’]?d (?:redo|restructure|fix|set up|structure|approach|organi[sz]e|improve|change)\b/i, confidence: 0.6 },
  ],
  unless: [
    // A paid engagement: "we'll pay your usual rate", "please send a quote for the audit"
    /\b(?:paid|billable|bill (?:me|us)|invoice (?:me|us)|(?:happy|willing|glad) to pay|your (?:usual|hourly|standard|normal|day) (?:rate|fee)|consultation fee|(?:send|give|get|need)\b[^.!?]{0,15}\bquote|statement of work|purchase order|retainer|book (?:a|an) (?:paid )?(?:consultation|appointment|session))\b/i,
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
      'Could someone look over the attached contract from the other builder and let me know whether the other builder did it properly?',
      'You guys know this market way better than we do.',
      "Would you mind walking us through the pros and cons of the three payroll tools?",
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
    ],
  },
});
