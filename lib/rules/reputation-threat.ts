import { defineRule } from './define-rule';

// Flat groups (compromise groups cannot nest).
const PLATFORM =
  '(google|yelp|trustpilot|tripadvisor|facebook|twitter|instagram|tiktok|reddit|linkedin|nextdoor|youtube|glassdoor|checkatrade|houzz|mumsnet|social media|socials|internet|online|forums|forum|blog|vlog|channel|podcast|newsletter|stream|community group|google reviews)';
const POST =
  '(post|posting|posted|put|putting|share|sharing|shared|write|writing|tweet|tweeting|blast|blasting|plaster|plastering|publish|publishing|broadcast|broadcasting|rant|ranting|vent|venting|expose|exposing|air|airing|spread|spreading|splash|splashing)';
// What gets posted in a threat: the complaint itself, not any photo or update.
const SHARED_THING =
  '(this|these|that|it|everything|this whole|the whole thing|the whole story|the full story|my experience|my story|my review|screenshots|the invoice|the receipts|the emails|the conversation|this email|this thread|your email|your emails|your reply|your response|your messages)';
const CROWD =
  '(everyone|everybody|anyone|anybody|people|others|the world|all my|my friends|my family|my colleagues|my network|my followers|my members|my readers|my subscribers|my audience|my neighbours|my neighbors|our members|our followers|our readers|our community|other customers|other clients|other people|other parents|other businesses|other owners|other landlords|other members|other patients|other tenants|your other|your customers|your clients|your tenants|your patients|the whole)';
// What they will be told: "tell everyone about this", "let people know exactly how you work".
const TOLD_WHAT =
  '(i know|we know)? (know|about this|about it|about you|about your|about how|about what|about my|about our|exactly|what happened|what you|how you|how your|how this|the truth|to avoid|to stay away|to steer clear|to go elsewhere|never to|not to|what kind|why)';
const AUDIENCE = '(my|our) (followers|subscribers|readers|audience|members|listeners|viewers|community|network)';
const PRESS =
  '(press|media|news|local news|local paper|newspaper|newspapers|papers|journalist|journalists|reporter|reporters|tv station|watchdog|consumer programme|consumer program)';
// "will", "is going to", "are gonna be": single-word groups, since a group right after a wildcard
// must not hold multi-word entries.
const WILL = '(will|would|is|are|gonna) (going)? (to)? (be)?';
const FIND_OUT = '(know|knows|knowing|hear|hears|hearing|find|finds|learn|learns|see|sees|read|reads)';

export default defineRule({
  id: 'reputation_threat',
  explain: 'The client hints they will harm your reputation: reviews, social media or word of mouth.',
  cues: /review|reveiw|rating|feedback|star|google|yelp|trustpilot|tripadvisor|facebook|twitter|instagram|tiktok|reddit|linkedin|nextdoor|youtube|glassdoor|checkatrade|houzz|mumsnet|social|online|internet|forum|blog|channel|stream|page|feed|story|newsletter|podcast|column|group|public|press|media|news|paper|journalist|reporter|watchdog|tv |programme|program|everyone|everybody|anyone|anybody|people|others|world|friends|family|colleagues|network|followers|members|readers|subscribers|audience|neighbo|community|customers|clients|parents|businesses|owners|landlords|patients|tenants|whole|every|recommend|refer|word|reputation|name|brand|image|publicity|\bpr\b|account of|piece|article|post|tweet|video|episode|no(body| one|-one) else|tell|hear|know|learn|find|they|warn|caution|hate to|rather not|prefer not|not want|not like|stars?\b|public|let|avoid|boycott|shun|away|clear|deserve|need|ought|should|right to|love|like|enjoy|interested|keen|hit|beating|dive|knock|battering|see my|read my|look|sound|play|headline|accordingly|shame|tweet|vlog|blogging|experience|interested|keen|appreciate|deserve|earned|draft|written|ready|decide|judge|vocal|loud|outspoken|contacts|connections|industry|hesitate|ask|chamber|whatsapp|compare notes|wonder|talk|opinion|end up|ends up|could have|thrilled|delighted|fascinated|amused|positive to/,
  patterns: [
    // "you'll be getting a one-star review", "a scathing review is on its way"
    { match: '(bad|negative|poor|terrible|awful|scathing|damning|horrible|unflattering|critical|low|honest) (review|reviews|reveiw|reveiws|rating|ratings|write-up)', confidence: 0.8 },
    { match: /\b(one|1|zero|0|no|two|2)[- ]stars?\b/i, confidence: 0.8 },
    // "my review will reflect this", "I'll leave a review that reflects the service", "I'll review you accordingly"
    { match: '(review|reviews|rating|ratings|feedback) (will|would|is going to|shall) (reflect|say|mention|show|describe)', confidence: 0.85 },
    { match: '(review|reviews|rating|feedback) (that|which) (reflects|will reflect|accurately reflects|honestly reflects|tells|describes)', confidence: 0.85 },
    { match: '(review|rate|rating|reviewing) (you|your #Noun|the service|this|it) accordingly', confidence: 0.85 },
    // "I'll be leaving a review", weak alone (it may be a kind one)
    { match: '(i|we) (will|shall|am going to|are going to|am|are) (be)? (leave|leaving|write|writing|post|posting|put|putting) (a|an|my|our) (review|reviews)', confidence: 0.6 },
    // "I'm putting this all over Google and Yelp", "I'll be posting about this on Facebook"
    { match: `${POST} ${SHARED_THING} .{0,3} (on|across|onto|to|in) (the|our|every)? ${PLATFORM}`, confidence: 0.8 },
    { match: `${POST} about (this|it|you|your|how|the way|my experience) .{0,3} (on|across|onto|to|in) (the|our|every)? ${PLATFORM}`, confidence: 0.8 },
    { match: `${POST} ${SHARED_THING}? .{0,3} all over`, confidence: 0.8 },
    // "I'll be leaving feedback accordingly", "name and shame", "this is going on my blog"
    { match: '(feedback|review|reviews|rating|ratings) accordingly', confidence: 0.8 },
    { match: 'name and shame', confidence: 0.85 },
    { match: `(going|go|goes|went) (on|onto|up on) (the|my|our)? ${PLATFORM}`, confidence: 0.75 },
    { match: '(tweet|tweeting|tweeted|vlog|vlogging|blogging) (about)? (this|it|you|your #Noun|how|what)', confidence: 0.75 },
    { match: '(share|sharing|shared) my (experience|story) (online|publicly|with others|with everyone|with people|on|widely|far and wide)', confidence: 0.8 },
    // "I'm sure your other clients would be interested to know"
    { match: '(other|your other|future|potential|prospective|new) (clients|customers|buyers|parents|patients|tenants|members|users|diners|guests) (would|might|will|may) (be)? (very)? (interested|like|love|want|appreciate|keen)', confidence: 0.8 },
    // "I'll tell everyone I know", "I will be warning other parents"
    { match: `(tell|telling|inform|informing|alert|alerting) ${CROWD} ${TOLD_WHAT}`, confidence: 0.8 },
    { match: `(tell|telling|let|letting|warn|warning|alert|alerting) (my|our|all|all my|all our) #Value (followers|members|readers|subscribers|friends|neighbours|neighbors|contacts|clients|customers|connections|colleagues|parents|viewers)`, confidence: 0.75 },
    { match: `(warn|warning|caution|cautioning) ${CROWD} (i know|we know)? (about|against|off|away from) (you|your|this|using|dealing|hiring|booking|buying)`, confidence: 0.8 },
    // "I'll be letting everyone at the club know", "telling all my friends to avoid you"
    { match: `(let|letting) ${CROWD} .{0,4} know (exactly|how you|how your|what you|what your|about this|about you|about your|to avoid|to steer|to stay|the truth|what kind|what happened|what to expect)`, confidence: 0.75 },
    { match: '(tell|telling|told|warn|warning|advise|advising|urge|urging) .{0,4} to (avoid|boycott|shun)', confidence: 0.8 },
    { match: '(tell|telling|told|warn|warning|advise|advising|urge|urging) .{0,4} to (stay|keep|steer) (away|clear)', confidence: 0.8 },
    // "people deserve to know how you treat customers", "other parents should know what they're signing up for"
    { match: '(people|others|customers|clients|everyone|everybody|public|world|buyers|parents|patients|tenants|homeowners|diners|guests) (deserve|deserves|need|needs|ought|should|have a right|has a right) (to)? (know|hear|be warned|be aware)', confidence: 0.8 },
    // "my followers would love to hear about this"
    { match: `${AUDIENCE} (would|will|might) (love|like|enjoy|want) to (hear|know|read|see|learn) (about|how|what|why|this|that)`, confidence: 0.8 },
    { match: `${AUDIENCE} (would|will|might) be (very|really|extremely|most)? (interested|keen) (in|to)`, confidence: 0.75 },
    { match: '(warn|warning|caution|cautioning) (others|other people|anyone else|the public|future|potential|prospective|other customers|other clients|other parents|other patients|other tenants|other members|other businesses|your other)', confidence: 0.85 },
    // "everyone will hear about this", "every one of them is going to hear exactly how you treat customers"
    { match: `(everyone|everybody|anyone|anybody|people) .{0,5} ${WILL} ${FIND_OUT} (all|exactly)? (about|how|what|why) (this|it|you|your|that)`, confidence: 0.8 },
    // "they'll be hearing all about it"
    { match: '(they|them) (will|are) (going to)? (be)? (hear|hearing|know) all about', confidence: 0.75 },
    { match: `(the whole|the entire|all the|all of the|half the) #Noun ${WILL} ${FIND_OUT} (all|exactly)? (about|how|what|why) (this|it|you|your|that)`, confidence: 0.7 },
    { match: `every (#Noun|one) .{0,6} ${WILL} ${FIND_OUT} (all|exactly)? (about|how|what|why) (this|it|you|your|that)`, confidence: 0.8 },
    // "I'll make sure people know what they're signing up for", "I'll make sure everyone hears about it"
    { match: `(make sure|ensure|making sure|ensuring) (that)? ${CROWD} .{0,6} ${FIND_OUT}`, confidence: 0.85 },
    { match: '(make sure|ensure|making sure) (that)? (nobody|no one|no-one) (else)? .{0,4} (uses|use|hires|hire|books|book|goes|go|buys|buy|makes|make)', confidence: 0.85 },
    // "so nobody else gets screwed like I did"
    { match: '(nobody|no one|no-one) else (gets|has to|goes|will|falls|ends|makes|suffers|wastes|loses|pays)', confidence: 0.75 },
    // "I'm done recommending you", "I won't be recommending you to anyone"
    { match: '(i|we)? (will|am|are|have|do|would|shall)? (not|never|no longer|stop|stopped|done|finished) (be)? (recommending|recommend|referring|refer|sending) (you|your|anyone|anybody|people|friends|clients|customers|them)', confidence: 0.75 },
    // "word will get around", "word travels fast in this town"
    { match: 'word (gets|will get|is going to get|travels|spreads|will spread|will travel|gets out|will get out) (around|out|fast|quickly)?', confidence: 0.7 },
    { match: 'spread the word about (you|your|this|how|what)', confidence: 0.8 },
    // "we'll go public", "the local paper would love this story"
    { match: '(go|going|went) public', confidence: 0.8 },
    { match: `(contact|contacting|call|calling|tell|telling|talk to|talking to|speak to|speaking to|go to|going to|write to|writing to|tip off) (the|a|my|our)? ${PRESS}`, confidence: 0.8 },
    { match: `${PRESS} (would|will|might|may) (be)? (very|really|quite)? (interested|love|like|enjoy)`, confidence: 0.8 },
    // "this will do your reputation no favours", "bad publicity"
    { match: '(damage|ruin|hurt|harm|destroy|tarnish|wreck) (your|the company|your company|your business|the business) (reputation|name|brand|image)', confidence: 0.8 },
    { match: '(your|the company|your company|your business) (reputation|name|brand|image) (will|would|is going to) (suffer|take a hit|be damaged|be ruined|be mud)', confidence: 0.8 },
    { match: '(bad|negative|terrible|awful) (publicity|press|pr|word of mouth)', confidence: 0.75 },
    // "it would be a very different post", "I'll be giving an honest account", "next week's column"
    { match: '(very|rather|quite|much|completely) different (post|review|story|article|piece|tweet|video|write-up|blog|episode)', confidence: 0.75 },
    { match: '(giving|give|write|writing|share|sharing|post|posting) (a|an|my|our) (honest|full|frank|candid|unvarnished|detailed) (account|version|story) of', confidence: 0.7 },
    { match: '(subject|topic|focus) of (my|our|next|this|the)? .{0,3} (piece|column|article|post|video|story|blog|stream|episode|newsletter|podcast)', confidence: 0.7 },
    // "your Google rating is about to take a hit", "don't be surprised when you see my review"
    { match: '(rating|ratings|reviews|reputation|stars|score|name) .{0,3} (take|taking|takes) a (hit|beating|dive|nosedive|knock|battering)', confidence: 0.8 },
    { match: '(when|once|after) you (see|read) my (review|post|tweet|video|write-up|blog)', confidence: 0.75 },
    // "imagine how this would look on the evening news"
    { match: '(look|looks|read|reads|sound|sounds|play|plays) (on|in) the (news|papers|press|evening news|local news|local paper|paper|headlines)', confidence: 0.75 },
    // "I'll be giving you the review you deserve", "my Yelp review is already drafted"
    { match: '(review|reviews|rating|write-up|feedback) (you|your company|your business|this place) (deserve|deserves|have earned|earned|really deserve)', confidence: 0.85 },
    { match: `(my|our) ${PLATFORM} (review|post|rating|thread|write-up)`, confidence: 0.7 },
    { match: '(review|post|write-up|thread) (is|has been) (already)? (drafted|written|ready|going up|half written|up)', confidence: 0.7 },
    // "I'll let my followers decide", "you'll find I'm quite vocal online", "I know a lot of people in this industry"
    { match: '(let|letting) (my|our|the) .{0,3} (followers|subscribers|readers|audience|members|public|internet|world|viewers) (decide|judge|be the judge)', confidence: 0.8 },
    { match: '(vocal|loud|outspoken|active) (online|on social media|on twitter|on facebook|on instagram|on tiktok|on reddit)', confidence: 0.7 },
    { match: '(a lot of|lots of|many|plenty of|loads of) (contacts|friends|connections|people) in (this|the|your) (industry|trade|town|area|city|business|community|sector|village|street)', confidence: 0.6 },
    // "I'm sure the parents' forum would love to hear how you handled this"
    { match: '(forum|followers|subscribers|readers|audience|members|community|listeners|viewers) (would|will|might) (love|like|enjoy|want) to (hear|know|read|see|learn)', confidence: 0.75 },
    // "I'll be sharing this with the local press"
    { match: `${POST} .{0,3} (with|to) (the|a|my|our)? ${PRESS}`, confidence: 0.8 },
    // "I won't hesitate to share this online": spelled out, because "won't" reads as a negation.
    { match: '(i|we) (will|would|shall|do)? (not|never) hesitate to (share|post|tell|warn|leave|write|let|publish|put) .{0,5} (review|reviews|everyone|people|others|online|facebook|google|yelp|trustpilot|press|media|followers|public|world|twitter|instagram|tiktok|reddit|newspaper|paper)', confidence: 0.8 },
    // "I'd hate to have to tell them about this one", "I'd rather not make this public"
    { match: '(hate|rather not|prefer not|not want|not like) (to)? (have to)? (tell|mention|share|post|write|warn|make this|make it|go public|name)', confidence: 0.7 },
    // "should I tell them?" after describing an audience
    { match: '(should|shall) (i|we) (tell|let) (them|everyone|people|the group|the members|my followers) (know)?', confidence: 0.7 },
    // Word of mouth on request: "I'll be telling anyone who asks exactly how it went", "I'm not sure
    // what I'll say to people when they ask", "when friends ask who did our kitchen, we'll be honest"
    { match: /\b(tell|telling|say|saying|share|sharing|explain\w*|(be |being )?(honest|frank|straight|truthful|open) with)\b (\w+ ){0,3}?(them|everyone|everybody|anyone|anybody|people|others|friends)\b[^.!?]{0,20}\b(who|when|if|whenever)\b[^.!?]{0,15}\bask\w*/i, confidence: 0.75 },
    { match: /\bwhen\b[^.!?]{0,60}\bask\b[^.!?]{0,40}\b(i|we)(['’]ll| will| am going to| are going to)( be)?( \w+)? (tell|telling|share|sharing|say|saying|mention|mentioning|honest|explain\w*|pass\w* on)\b/i, confidence: 0.7 },
    // The complaint carried into a review or post: "I'll be mentioning it in my Tripadvisor review",
    // "we'd have to be honest about it in the feedback we leave", "I'll say so on Trustpilot"
    { match: /\b(mention|mentioning|include|including|bring|bringing|talk\w* about|cover|covering|reflect\w*|describ\w*)\s+(it|this|that|them|the \w+)( up)?\s+in (my|our|the) (\w+\s+)?(review|reviews|feedback|rating|post|blog|column|write-?up)\b/i, confidence: 0.75 },
    { match: /\b(honest|frank|candid|truthful|open)\s+(about (it|this|that|you|the \w+)\s+)?(in|with) (my|our|the|any) (\w+\s+){0,2}?(review|reviews|feedback|rating|ratings|post|posts)\b/i, confidence: 0.75 },
    { match: /\b(say|saying|said|write|writing|mention|mentioning|talk\w*|complain\w*)\s+(so|that|it|this|about (it|this|you|that))?\s*(on|in)\s+(the\s+|my\s+)?(google|yelp|trustpilot|tripadvisor|facebook|twitter|instagram|tiktok|reddit|nextdoor|checkatrade|mumsnet|glassdoor|houzz|social media|the reviews)\b/i, confidence: 0.65 },
    // "a full account on Nextdoor", "post a blow-by-blow version"
    { match: `${POST} (a|an|my|our) (full|honest|frank|detailed|candid|blow-by-blow|unvarnished|complete) (account|version|story|write-up|review|rundown|timeline)`, confidence: 0.75 },
    // Community groups told: "I'll be letting the parents' WhatsApp group know to check before
    // they book", "mentioning it at the next chamber of commerce breakfast"
    { match: /\b(let|letting|tell|telling|warn|warning|alert|alerting|inform|informing|post\w* (in|on)|mention\w*( it)? (in|on))\s+(the|my|our)\s+([\w'’]+\s+)?(facebook|whatsapp|nextdoor|community|residents['’]?|parents['’]?|neighbou?rhood|mums['’]?|village|estate|street|school|local)\s+(group|groups|forum|page|chat)\b[^.!?]{0,15}\b(know|about (this|you|your|how|what|it|the way)|to (avoid|ask|think|be careful|check|steer|stay)|(exactly )?(how|what) (you|your|happened|it went)|(before|if) they (book|use|hire|sign|buy))/i, confidence: 0.75 },
    { match: /\b(mention\w*|tell\w*|rais\w*|bring\w*( \w+)? up|talk\w* about|shar\w*|name|naming)\b[^.!?]{0,30}\b(at|in|with|to)\s+(the\s+|my\s+|our\s+)?(next\s+|local\s+)?(chamber of commerce|networking (group|event|breakfast|meeting|lunch)|business (group|network|association|club|forum)|trade association|residents['’]? (group|association|meeting)|parents['’]? (group|forum|evening)|school (whatsapp|gate|group)|rotary|round table)\b/i, confidence: 0.65 },
    // Comparing notes with other customers: "having a word with the other tenants to compare notes"
    { match: /\b(other|your other|fellow)\s+(\w+\s+){0,2}?(customers|clients|owners|parents|tenants|landlords|patients|users|couples|families|practices|members|businesses)\b[^.!?]{0,30}\bcompar(e|ing) notes\b|\bcompar(e|ing) notes\b[^.!?]{0,30}\b(other|your other|fellow)\s+(\w+\s+){0,2}?(customers|clients|owners|parents|tenants|landlords|patients|users|couples|families|practices|members|businesses)\b/i, confidence: 0.7 },
    // A public piece in the making: "I'd hate for my next column to be about this", "she is writing
    // a post on lessons learned from working with you", "I'd rather have something nice to say"
    { match: /\b(hate|rather not|not want|n['’]t want|prefer not|not like|n['’]t like|hope not|hoping not)\b (for |that |have |having |see |seeing )?(my|our|her|his|their) next (blog\s+)?(post|column|video|article|episode|newsletter|review|piece|thread|story|vlog|podcast)\b[^.!?]{0,10}\b(to be|will be|would be|be|is) about\b|\b(my|our) next (blog\s+)?(post|column|video|article|episode|review|piece|thread|vlog|podcast) (will|is going to|could|might|may) be about (you|your|this|how you|how your|my experience|our experience|what happened)\b/i, confidence: 0.75 },
    { match: /\b(drafting|writing|preparing|working on|putting together)\s+(a|an)\s+(\w+\s+){0,2}?(post|article|piece|thread|write-?up|video|review)\s+(on|about)\b[^.!?]{0,40}\b(your|you|lessons learned|our experience|my experience|the experience|this)\b/i, confidence: 0.7 },
    { match: /\b(rather|prefer|hope|hoping|like)\s+(that\s+)?(she|he|i|we|they)\s+(had|have|has)\s+something\s+(positive|nice|good|better|kind)\s+to\s+(say|write|post|share)\b/i, confidence: 0.7 },
    // The crowd's reaction imagined: "I wonder how your followers would feel about that", "what
    // would your other clients think if they knew"
    { match: /\b(wonder|imagine|guess|curious)\b[^.!?]{0,10}\b(how|what)\s+(your|the|other)\s+(\w+\s+){0,2}?(customers|clients|followers|comments section|comments|audience|readers|subscribers|members|patients|parents|public|neighbou?rs|reviewers|guests|diners)\b[^.!?]{0,10}\b(would|will|might)\b|\bwhat (would|will|might) (your|other) (\w+\s+){0,2}?(customers|clients|followers|audience|readers|members|patients|parents|guests) (think|say|make of)\b/i, confidence: 0.7 },
    // A recommendation withheld, hedged: "I'd think twice before recommending you", "I'd struggle to
    // refer anyone your way"
    { match: /\b(think twice|hard[- ]pressed|hard[- ]pushed|struggle|struggling)\s+(about\s+|before\s+|to\s+)?(recommend\w*|refer\w*|send\w* (anyone|people|friends|clients) your way)\b/i, confidence: 0.75 },
    // "sharing our experience with the group", "I'll be sharing my story there"
    { match: /\b(share|sharing|shared|tell\w*)\s+(my|our)\s+(experience|story)\s+(there|with (them|the group|(the|my|our)\s+([\w'’]+\s+)?(group|members|network|contacts|community|forum|friends|neighbou?rs|followers|colleagues)))\b/i, confidence: 0.75 },
    // "the review I was drafting reads rather differently now"
    { match: /\b(review|post|write-?up|blog post|thread)\s+(i|we)(['’]m| am| was| were| had been| have been)?\s+(drafting|writing|planning|putting together)\b/i, confidence: 0.65 },
    // "this wouldn't look great in the local press" (a threat with or without the "not")
    { match: /\b(look|looks|read|reads|sound|sounds|play|plays)\b(\s+\w+){0,2}\s+(on|in)\s+(the\s+)?(local\s+|national\s+|evening\s+|trade\s+)?(news|papers?|press|headlines|media)\b(?!\s+(release|kit|pack|office|team))/i, confidence: 0.7, negatable: false },
    // Sarcastic audiences: "my followers will be thrilled to hear about this", "I'm sure the parents'
    // group will be fascinated to read how you handled it"
    { match: /\b(followers|subscribers|readers|audience|members|listeners|viewers|community|group|forum|friends|neighbou?rs|customers|clients|parents)\s+(will|would|are going to)\s+be\s+(\w+\s+)?(thrilled|delighted|fascinated|amused|riveted|so pleased|interested|keen)\s+to\s+(hear|read|learn|know|see)\b/i, confidence: 0.75 },
    // Understated word of mouth: "people round here talk", "my honest opinion on your Google page",
    // "it would be a shame for this to end up on Facebook", "I could have sent you plenty of work"
    { match: /\bpeople\s+(in|round|around|on)\s+(this|the|my|our|here)\s*(\w+\s+)?(town|area|village|street|industry|trade|community|estate|sector|circles|here)?\s*talk\b|\b(honest|frank|candid|full|unvarnished)\s+(opinion|view|thoughts|verdict|assessment)\s+(on|in|at)\s+(your|the|my)\s+(\w+\s+)?(google|yelp|trustpilot|tripadvisor|facebook|listing|page|profile|reviews?)\b|\b(end|ends|ending)\s+up\s+(on|in)\s+(reddit|facebook|twitter|tiktok|instagram|google|yelp|trustpilot|social media|the (papers|news|press|local paper))\b|\bcould have\s+(sent|referred|recommended|brought|passed)\b[^.!?]{0,30}\b(business|clients|customers|friends|people|work)\b[^.!?]{0,10}\b(but|now)\b/i, confidence: 0.7 },
    // "I have 14k followers", "a group with 2,000 members": an audience named in a complaint
    { match: /\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k)\+?\s+(?:[A-Z]\w+\s+)?(?:followers|subscribers|members|readers|listeners|viewers|connections)\b/i, confidence: 0.55 },
  ],
  unless: [
    // Asking for a review or thanking for one is the opposite of a threat.
    /\b(please|could you|would you|can you|if you could|kindly|mind|would love|appreciate)\b[^.?!]*\b(review|rating|feedback|stars?)\b/i,
    /\bthank(s| you)\b[^.?!]*\b(review|rating|feedback|recommend|post|posting|shar)/i,
    // Asking the reader to post something: "could you share it on Facebook?"
    /\b(can|could|would|will) you (please )?(post|share|put|tweet|upload)\b/i,
    // Praise passed on: "I'll tell everyone how great you were", "five stars".
    /\bhow (great|good|amazing|helpful|wonderful|brilliant|fantastic|lovely|kind|professional)\b|(?<!\b(planning|going|meaning|intending|about) to (make|give|leave)( it| you| them)? )\b(5|five)[- ]stars?\b|\bhighly recommend|\b(will|would|happy to|glad to|always) recommend\b|\bgreat (job|work|service)\b/i,
    // Reviews that are work items: "the performance review", "peer review", "code review".
    /\b(performance|peer|code|design|annual|quarterly|price|rate|legal|contract|document|budget|salary|pay|security|safety|management|project|final|formal) reviews?\b/i,
  ],
  examples: {
    flag: [
      "If this isn't fixed I'll be leaving a review that reflects the service.",
      'Everyone in my building is going to hear about this.',
      "I'll make sure people know exactly how you treat your customers.",
      "I'll be posting the photos all over Facebook.",
      'You can expect a one-star review.',
      "I'm warning other parents at the school.",
      "I was going to recommend you, but I won't be recommending you to anyone now.",
      'Word travels fast in this town.',
      'The local paper would be very interested in this.',
      "I'd really hate to have to tell my members about this.",
      'I have 12k followers who love a good customer service story.',
      "When the neighbours ask who did our extension, I'll be honest with them.",
      "I'll be mentioning this in my Tripadvisor review.",
      "I'd hate for my next column to be about how this project went.",
      "I'll be letting the parents' WhatsApp group know to check before they book.",
      'I wonder what your other clients would think if they knew.',
      "I'd think twice before recommending you to anyone.",
      "We'll be sharing our experience with the residents' group.",
      'The review I was drafting reads rather differently now.',
      "This wouldn't look great in the local press.",
      "I'm sure my followers will be thrilled to hear about this.",
      'People round here talk, you know.',
      "I'll be giving my honest opinion on your Google page.",
      'It would be a shame for this to end up on Facebook.',
    ],
    pass: [
      'Could you leave us a review on Google when you have a minute?',
      "Thanks so much for the lovely review!",
      "I'll tell everyone how great you were.",
      'Can you post the update on the team Facebook page?',
      'We left you a five-star review on Google.',
      'The performance review is scheduled for Friday.',
      "I've recommended you to all my friends.",
      'I was really disappointed with how the install went.',
      'Our newsletter goes out to members every Tuesday.',
      "I'd be glad to write you a testimonial for the website.",
      "I'll tell you when they ask for the figures.",
      "Let's compare notes after the meeting.",
      "I'll mention it at the next team meeting.",
      'My next post will be about our spring menu.',
      "I wouldn't hesitate to recommend you.",
      'The figures will look good in the press release.',
      "I'd hate for my next post to be late, so here is the draft.",
      "We don't have a budget, but we'll shout about you on Instagram!",
    ],
  },
});
