import { defineRule } from './define-rule';

// Word groups shared by several wordings below. compromise groups cannot nest, and a wildcard
// must not stand right before a group with multi-word entries, so the groups stay flat.
// Common misspellings ride along: "attourney", "lawer", "solicter".
const LAWYER =
  '(lawyer|lawyers|lawer|lawers|attorney|attorneys|attourney|attourneys|attorny|solicitor|solicitors|solicter|solicters|barrister|barristers|counsel)';
const LEGAL_TEAM = '(legal team|legal department|legal dept|legal representative|legal representatives|legal rep|legal advisor|legal adviser|legal advisers|legal people|general counsel|legal counsel)';
// Consumer agencies, regulators and other outside bodies a client reports a business to. Finance
// regulators a business files with as routine (SEC, FERC) are left out on purpose.
const AGENCY =
  '(bbb|better business bureau|trading standards|ombudsman|ombudsmen|financial ombudsman|ftc|federal trade commission|trade commission|cfpb|consumer financial protection bureau|attorney general|attorneys general|consumer protection|consumer affairs|fair trading|office of fair trading|accc|citizens advice|consumer council|regulator|regulators|licensing board|licensing authority|bar association|law society|housing inspector|building inspector|health inspector|health department|environmental health|information commissioner|ico|fca|financial conduct authority|ofcom|ofgem|ofwat|occ|fdic|cqc|care quality commission|authorities|fraud unit|tribunal|dental board|medical board|nursing board|pharmacy board|contractors board|contractor board|tenancy board|rental board|housing board|bureau of|department of consumer|labor board|labour board|inspector|inspectors)';
// "the state dental board", "the city housing inspector", "the local ombudsman"
const AGENCY_SCOPE = '(state|county|city|council|local|federal|national|government|relevant|appropriate)';
const BANK =
  '(bank|banks|card company|credit card company|card issuer|card provider|credit card provider|building society|issuer|visa|mastercard|amex|american express|paypal)';
// What a lawyer is about to do in "my lawyer will be in touch".
const LAWYER_MOVES = '(in touch|reach out|reaching out|issue|issuing|serve|serving|file|filing|contact|contacting|write|writing|call|calling|deal|dealing|handle|handling|pursue|pursuing|take|taking|send|sending|follow|following)';
const CONSULT =
  '(speak|speaking|spoken|spoke|talk|talking|talked|consult|consulting|consulted|contact|contacting|contacted|call|calling|ring|ringing|phone|phoning|see|seeing|instruct|instructing|instructed|retain|retaining|retained|hire|hiring|hired|engage|engaging|engaged|get|getting|involve|involving)';
const HAND_OVER = '(hand|handing|pass|passing|refer|referring|turn|turning|send|sending|take|taking|escalate|escalating|forward|forwarding)';
const ALERT =
  '(contact|contacting|contacted|call|calling|called|ring|ringing|phone|phoning|write to|writing to|wrote to|go to|going to|went to|escalate|escalating|take|taking|involve|involving|notify|notifying|alert|alerting|inform|informing|send|sending|sent|forward|forwarding|lodge|lodging|file with|filing with|filed with|get|getting)';
const THE_MATTER = '(this|it|everything|all of this|all of it|the matter|this matter|the whole thing|this whole thing|the photos|my evidence|the evidence)';
const REPORTED = '(you|this|them|it|him|her|the matter|this matter|everything|all of this|your company|your business|your firm|your practice)';
const EXPECT_MAIL = '(expect|expecting|receive|receiving|get|getting|be getting|be receiving)';
const ACTION = '(action|proceedings|route|steps|recourse|remedies|remedy|options|avenues|measures)';

export default defineRule({
  id: 'legal_threat',
  explain: 'The client mentions lawyers, a regulator or a card dispute: a step towards formal action.',
  cues: /lawy?er|attou?rn|solicit|solicter|counsel|barrister|legal|court|\bsu(e|es|ed|ing|eing)\b|law ?suit|small claim|tribunal|bbb|better business|standards|ombuds|ftc|cfpb|trade commission|consumer|fair trading|accc|citizens advice|regulat|board|inspector|health|commissioner|\bico\b|\bfca\b|\bof(com|gem|wat)\b|\bocc\b|fdic|cqc|police|cops|authorit|fraud unit|bureau|commission|charge?-?back|dispute|claw|revers|recall|bank|visa|mastercard|amex|american express|paypal|issuer|cease and desist|letter before action|class action|rights|consumer law|judge|magistrate|jury|make (me|us)|advised|told|informed|says|said|matter|breach|section 75|courts|position|options|damages|illegal|unlawful|further|arbitrat|proceedings|follow|intend|plan|inspector|hear|hesitate|remed|reportable|disputing|end up|ends up|ending up|dim view|make of|council|local authority|data protection|channels|advice|goes further|go further|going further/,
  patterns: [
    // "you'll be hearing from my solicitor", "expect to hear from our legal team"
    { match: `(hear|hearing|hears) from (my|our) ${LAWYER}`, confidence: 0.9 },
    { match: `(hear|hearing|hears) from (my|our) ${LEGAL_TEAM}`, confidence: 0.9 },
    // "my lawyer will be in touch", "our attorneys are going to contact you"
    { match: `(my|our) ${LAWYER} (will|would|shall|is going to|are going to) (be)? ${LAWYER_MOVES}`, confidence: 0.85 },
    { match: `(my|our) ${LEGAL_TEAM} (will|would|shall|is going to|are going to) (be)? ${LAWYER_MOVES}`, confidence: 0.85 },
    // "I'll be speaking to my solicitor", "I'm calling a lawyer", "until I've spoken to a solicitor",
    // "I'm consulting a tenants' rights lawyer"
    // ("talked to our attorney" is everyday business, so only a lawyer of one's own counts here.)
    { match: `${CONSULT} (to|with)? (a|an|my)? .? ${LAWYER}`, confidence: 0.8 },
    // "I'm handing the matter to our general counsel", "sending it all to a lawyer"
    { match: `${HAND_OVER} ${THE_MATTER}? (over|on)? to (a|an|my|our|the)? .? ${LAWYER}`, confidence: 0.85 },
    { match: `${HAND_OVER} ${THE_MATTER}? (over|on)? to (a|an|my|our|the)? ${LEGAL_TEAM}`, confidence: 0.85 },
    // "expect a letter from our solicitors", "don't make me get lawyers involved"
    // ("the attached letter from my lawyer" only documents something, so the letter must be coming.)
    { match: `${EXPECT_MAIL} (a|an|the|some)? (letter|letters|call|email|correspondence|papers|notice|visit) from (my|our) ${LAWYER}`, confidence: 0.85 },
    { match: `${EXPECT_MAIL} (a|an|the|some)? (letter|letters|call|email|correspondence|papers|notice) from (my|our) ${LEGAL_TEAM}`, confidence: 0.85 },
    { match: '(do not|don\'t) make (me|us) (get|call|involve|contact|sue|take|report|go to|bring in)', confidence: 0.85 },
    // "the next letter you get will be from my lawyer", "my solicitor is already drafting a letter"
    { match: `(will be|is|comes|come|will come) from (my|our) ${LAWYER}`, confidence: 0.8 },
    { match: `(my|our) ${LAWYER} (is|are|has|have) (already|now|currently)? (drafting|preparing|writing|sending|sent|issuing|issued|looking into|been instructed|instructed|aware|involved|on it|handling)`, confidence: 0.8 },
    // "my next call is to a lawyer"
    { match: `next (call|step|stop|move|email|letter) (is|will be) (to|from|with)? (a|an|my|our)? .? ${LAWYER}`, confidence: 0.85 },
    // "time to lawyer up", "get the lawyers involved"
    { match: '(lawyer|lawyering) up', confidence: 0.85 },
    { match: `(get|getting|have|having) (a|an|my|our|the)? ${LAWYER} involved`, confidence: 0.85 },
    // "we will take legal action", "I'm exploring my legal options", "no choice but to pursue legal remedies"
    { match: `(take|taking|took|pursue|pursuing|consider|considering|start|starting|begin|beginning|commence|commencing|initiate|initiating|bring|bringing|explore|exploring|seek|seeking|resort to) (the|my|our|any|all)? (available|appropriate|further|formal)? (legal|court) ${ACTION}`, confidence: 0.85 },
    { match: `(look into|looking into|proceed with|go down|going down|choice but) (the|my|our|any|all)? (legal|court) ${ACTION}`, confidence: 0.85 },
    { match: '(seek|seeking|sought|get|getting|take|taking|taken|took|obtain|obtaining) (independent|proper|professional)? legal advice', confidence: 0.8 },
    { match: `legal ${ACTION} against`, confidence: 0.85 },
    // "I'm not threatening legal action, but...": a hedge that still puts the law on the table
    { match: `(i|we)? (am|are|was|were|do|did)? not (threatening|wanting to|want to|looking to|hoping to|planning to|keen to) (take|pursue|start)? (legal|court) ${ACTION}`, confidence: 0.7 },
    { match: `(do not|would rather not|prefer not to|hope not to|hoping not to) (want to|have to|need to)? (get|involve|bring in|call in) ${LAWYER} (involved)?`, confidence: 0.7 },
    // "we'll sue", "I am suing you", "we will have to sue"
    { match: '(i|we) (will|would|shall|am|are|could|can|might|may)? (be)? (going to|gonna|have to)? (sue|suing|sueing)', confidence: 0.85 },
    { match: '(sue|suing) (you|your|the company|the business|the practice|the firm)', confidence: 0.85 },
    // "I know my consumer rights", "under the Consumer Rights Act"
    { match: '(know|aware of|enforce|exercise|assert|protect|within) (my|our) (consumer|statutory|legal) rights', confidence: 0.65 },
    { match: '(consumer rights act|consumer guarantees act|consumer protection act|fair credit billing act|consumer law)', confidence: 0.65 },
    // "I'd hate for this to end up in front of a judge"
    { match: '(in front of|before|explain to|explain this to) a (judge|magistrate|court|jury)', confidence: 0.8 },
    // "I've been advised by my solicitor", "my lawyer says you're in breach"
    // (A lawyer's advice about wording or paperwork is not aimed at the reader: "our lawyer says the
    // licence number must be on the front".)
    { match: `(advised|told|informed) by (my|our|a) ${LAWYER}`, confidence: 0.7 },
    { match: `(my|our) ${LAWYER} (has|have|had)? (advised|told|says|said|confirmed|agrees|believes|thinks) (me|us)? (that)? (you|your|you're|you've)`, confidence: 0.8 },
    { match: `(my|our) ${LAWYER} (has|have|had)? (advised|told|says|said|confirmed|agrees|believes|thinks) (me|us)? (that)? (i|we) (have|had) (a|grounds|a strong|a good|every)`, confidence: 0.8 },
    // "this is now a legal matter", "you are in breach of contract", "section 75 claim"
    { match: '(legal|court) matter', confidence: 0.75 },
    { match: '(in|a) (clear|material|fundamental)? breach of (contract|the contract|our contract|your contract|the agreement|our agreement|your obligations|warranty|the warranty|duty)', confidence: 0.6 },
    { match: 'section 75', confidence: 0.8 },
    // "I'm prepared to go to court", "we'll let the courts decide", "a judge would see it differently"
    { match: '(i|we)? (will|shall|am|are|would|be)? (prepared to|willing to|happy to|ready to|going to|gonna|have to|need to|more than happy to)? go to court', confidence: 0.85 },
    { match: '(let|leave it to|leave it for) the (courts|court|judge|tribunal|magistrate) (decide|sort|settle|rule)', confidence: 0.85 },
    { match: '(a|the) (judge|court|tribunal|magistrate|jury) (would|will|might|may) (see|agree|find|decide|rule|think)', confidence: 0.75 },
    // "we are considering our legal position", "we will be seeking damages", "this may well be illegal"
    { match: '(consider|considering|review|reviewing|explore|exploring|assess|assessing|weigh|weighing|look at|looking at|reserve|reserving) (my|our|all) (legal)? (position|options|rights|standing|avenues) (legally)?', confidence: 0.65 },
    { match: '(consider|considering|review|reviewing|explore|exploring|assess|assessing) (my|our) legal (position|options|rights|standing|avenues)', confidence: 0.8 },
    { match: '(seek|seeking|claim|claiming|pursue|pursuing|recover|recovering|sue for|suing for) (full|all)? (damages|costs and damages)', confidence: 0.75 },
    { match: '(this|that|it|which|what|you|they|practice|conduct|charge|fee) .? (is|be|are|was|were|seems|looks|sounds) (clearly|blatantly|completely|probably|well|downright|frankly)? (illegal|unlawful)', confidence: 0.6 },
    // "I'll be taking this further"
    { match: '(take|taking|pursue|pursuing|escalate|escalating) (this|it|the matter|this matter) (further|higher) (with|through)', confidence: 0.7 },
    // "I'm sure the ACCC would be interested in your refund policy"
    { match: `${AGENCY} (would|will|might|may) (be)? (very|most|really|extremely)? (interested|keen|like to|love to|want to)`, confidence: 0.8 },
    // "legal proceedings will follow", "this will be going to arbitration", "I intend to file a claim"
    { match: `(legal|court) (action|proceedings|steps) (will|shall|is going to|are going to|may|might) (follow|be taken|be started|be issued|commence|begin|be next)`, confidence: 0.85 },
    { match: '(go|going|goes|take|taking|refer|referring|send|sending) (this|it|the matter|this matter)? to arbitration', confidence: 0.75 },
    { match: '(intend|intention|plan|planning|going|prepared) to (file|bring|make|lodge|start|issue) (a|an)? (formal)? (claim|lawsuit|suit|case|proceedings) (against)?', confidence: 0.6 },
    // "the health inspector will be hearing about this"
    { match: `${AGENCY} (will|is going to|are going to|shall)? (be)? (hearing|hear) (about|from)`, confidence: 0.8 },
    // "I won't hesitate to involve my solicitor": spelled out, because "won't" reads as a negation.
    { match: '(i|we) (will|would|shall|do)? (not|never) hesitate to (take|involve|contact|call|report|escalate|pursue|go|get|seek|speak|refer|hand) .{0,4} (lawyer|lawyers|solicitor|solicitors|attorney|attorneys|court|legal|ombudsman|bbb|police|authorities|regulator|standards|chargeback)', confidence: 0.85 },
    // "see you in court", "I'll take you to small claims"
    { match: 'see you in court', confidence: 0.95 },
    { match: '(take|taking|drag|dragging|bring|bringing) (you|them|this|it|the matter|this matter|your company|your business|your firm) to (court|small claims|arbitration|the tribunal|tribunal)', confidence: 0.9 },
    { match: '(small claims|small claim court|small claims court)', confidence: 0.8 },
    { match: '(file|filing|start|starting|bring|bringing|launch|launching|join|joining) (a|the)? (lawsuit|suit|class action|legal claim|court claim|court case)', confidence: 0.85 },
    { match: '(cease and desist|letter before action|letter before claim)', confidence: 0.8 },
    // "I'll be reporting you to Trading Standards", "I've filed a complaint with the state dental board"
    { match: `(report|reporting|reported) ${REPORTED}? to (the|my|our|your|a)? ${AGENCY_SCOPE}? ${AGENCY}`, confidence: 0.85 },
    { match: `(complain|complaining|complained|complaint|complaints|claim|case|grievance|report) (to|with) (the|my|our|your|a)? ${AGENCY_SCOPE}? ${AGENCY}`, confidence: 0.85 },
    // "I'll be contacting the ombudsman", "sending it all to the city housing inspector"
    { match: `${ALERT} ${THE_MATTER}? (to|with)? (the|my|our|your|a)? ${AGENCY_SCOPE}? ${AGENCY}`, confidence: 0.8 },
    // "Consider the BBB notified": the bodies that exist to take consumer complaints
    { match: '(bbb|better business bureau|trading standards|ombudsman|fair trading|citizens advice|consumer affairs)', confidence: 0.7 },
    // "I've already filled in the tenancy tribunal application"
    { match: '(tenancy|tenants|employment|consumer|civil|rental|small claims|administrative|ncat|vcat|qcat) tribunal', confidence: 0.8 },
    // "I'll call the police", "I have already reported it to the police", "I've filed a police report"
    { match: '(i|we) (will|shall|am|are|have|had)? (be|already|just)? (going to)? (call|calling|called|contact|contacting|contacted|involve|involving|ring|ringing|phone|phoning) the (police|cops)', confidence: 0.75 },
    { match: `(report|reporting|reported) ${REPORTED}? to the (police|cops)`, confidence: 0.75 },
    { match: '(file|filing|filed|make|making|made|open|opened) (a|an)? police (report|complaint)', confidence: 0.75 },
    // "I'll dispute it with my credit card company", "I'll ask my bank to claw it back"
    { match: `dispute (the|this|that|it|these|those)? (charge|charges|transaction|payment|amount|bill|invoice)? (with|through) (my|our|the) (credit)? ${BANK}`, confidence: 0.85 },
    { match: `(ask|asking|asked|get|getting|have|having|tell|telling|instruct|instructing) (my|our)? (credit)? ${BANK} to (reverse|claw|recall|cancel|stop|block|refund|dispute|charge|pull|take|investigate|look|return)`, confidence: 0.85 },
    { match: `(reverse|reversing|reversed|claw|clawing|recall|recalling|pull|pulling) (back)? (the|this|that|it|these|those|my)? (charge|charges|payment|money|transaction)? (back)? (through|via|with) (my|our|the) (credit)? ${BANK}`, confidence: 0.85 },
    { match: `(open|opened|opening|file|filed|filing|raise|raised|raising|start|started|starting|lodge|lodged|lodging|submit|submitted) (a|an)? (formal)? (dispute|claim|case) (with|through) (my|our|the)? (credit)? ${BANK}`, confidence: 0.85 },
    // "I'll be contacting my card company to reverse the charge", "I'll call my bank and have it stopped"
    { match: `(contact|contacting|call|calling|ring|ringing|phone|phoning|speak to|speaking to|go to|going to|write to|writing to) (my|our) (credit)? ${BANK} (to|and) (have|get|ask|reverse|dispute|claw|recall|cancel|stop|block|refund|charge|report)`, confidence: 0.8 },
    // The matter handed on, however it is described: "we have referred the question of the missing
    // records to our legal team", "I've passed the whole file over to my solicitors"
    { match: /\b(refer|referred|referring|pass|passed|passing|hand|handed|handing|escalat\w+|turn\w* over)\b(?![^.!?]{0,60}?\b(invoice|contract|draft|document|paperwork|agreement|nda|lease|terms|quote|proposal|purchase order|question|query|request|enquiry|inquiry|comments|feedback|wording)s?\b)[^.!?]{0,60}?\bto (our|my|the|a|their) (legal (team|department|dept|counsel|advisers?|advisors?)|solicitors?|lawyers?|attorneys?|general counsel|data protection officer|insurers['’]? solicitors?)\b/i, confidence: 0.8 },
    // Remedies and formal breaches named: "taking advice on our contractual remedies", "a reportable
    // breach to the ICO", "we reserve our rights under the contract"
    { match: /\b(contractual|legal|statutory) (remedies|remedy|recourse)\b|\b(take|taking|took|seek|seeking|sought|get|getting|obtain\w*) (legal |professional )?advice on (our|my) (legal |contractual )?(position|options|rights|remedies|claim)\b|\breportable (data )?(breach|incident)\b|\breserv\w* (all )?(our|my) (legal )?rights\b/i, confidence: 0.8 },
    // Local authorities and their officers: "I've been in touch with the council's licensing officer",
    // "I'll be asking the local authority's housing team to inspect"
    { match: /\b(contact\w*|call\w*|report\w*|writ\w* to|wrote to|(been|get|got|getting) in touch with|involv\w*|notif\w*|alert\w*|ask\w*|complain\w* to|spoke to|spoken to|speak\w* to|talk\w* to)\s+(the|my|our|your)\s+(local\s+)?(council|local authority|city|county|borough)(['’]s)?\s+(\w+\s+){0,3}?(team|department|officer|officers|inspector|inspectors|inspection|licensing|enforcement|environmental health)\b/i, confidence: 0.8 },
    { match: /\b(ask\w*|get\w*|have|having) (them|the council|the local authority|an inspector|someone) (to )?(come (out )?and )?inspect\b/i, confidence: 0.65 },
    // Professional regulators: "I have written to the General Medical Council"
    { match: /\b(writ\w* to|wrote to|written to|report\w*|complain\w*|contact\w*|refer\w*|notif\w*)\b[^.!?]{0,25}\b(general (dental|medical|optical|pharmaceutical) council|nursing and midwifery council|gdc|gmc|nmc|solicitors regulation authority|legal ombudsman|motor ombudsman|property ombudsman|health and safety executive|food standards agency)\b/i, confidence: 0.85 },
    // Card disputes in other words: "I'll raise it with my bank as a disputed transaction", "I'll be
    // disputing it with my card provider"
    { match: /\bdisputed (transaction|payment|charge)\b|\b(raise|raising|report|reporting|flag|flagging|take|taking|query|querying|disput\w+|contest\w*)\s+(it|this|that|the (charge|payment|transaction|matter)|them)\s+(up\s+)?with\s+(my|our|the)\s+(credit\s+)?(bank|card company|card issuer|card provider|credit card company|credit card provider|building society|paypal)\b/i, confidence: 0.85 },
    // Formal routes in general words: "we are escalating this through the appropriate channels",
    // "I'll be pursuing it with the proper authorities"
    { match: /\b(escalat\w*|tak\w*|pursu\w*|rais\w*|refer\w*|report\w*)\s+(this|it|the matter|this matter|the issue|my complaint)?\s*(through|via|with|to)\s+(the\s+)?(appropriate|proper|formal|official|relevant|legal)\s+(channels|authorities|bodies|body|routes?|avenues|quarters)\b/i, confidence: 0.7 },
    // "I've taken advice", "or this goes further", "the next person you hear from will be my lawyer"
    { match: /\b(i|we)(['’]ve| have| had)\s+(now\s+|already\s+)?(taken|sought|obtained|had|received)\s+(some\s+)?(legal\s+|professional\s+|independent\s+)?advice\b(?!\s+(from you|on (the )?(design|colou?r|layout|price|wording)))/i, confidence: 0.7 },
    { match: /(?<!\b(before|until|if|whether)\s)\b(this|it|the matter)\s+((will|is going to|may|might|could|would)\s+)?(be\s+)?(go|goes|going|gone|taken|escalated)\s+(further|higher)\b/i, confidence: 0.65 },
    { match: /\b(next|only)\b[^.!?]{0,30}\b(hear from|hear of|contact from|letter)\b[^.!?]{0,10}\b(will be|is|['’]ll be)\s+(from\s+)?(my|our|a)\s+(lawyers?|solicitors?|attorneys?|legal team|barristers?)\b/i, confidence: 0.85 },
    // The regulator or court imagined, rhetorically: "I wonder what Trading Standards would make of
    // this", "I suspect a judge would take a dim view of that clause"
    { match: /\b(bbb|better business bureau|trading standards|ombudsman|regulator|ftc|ico|cqc|ofcom|ofgem|fca|council|court|courts|judge|tribunal|magistrate|attorney general|consumer (affairs|protection)|environmental health|licensing (officer|authority|board)|(dental|medical|nursing) (board|council))\s+(would|will|might|may|could)\s+(\w+\s+)?(make of|think of|say about|view|take a (very |rather |pretty )?(dim|poor|serious|keen) view)\b/i, confidence: 0.75 },
    // "in case this ends up in court", "our solicitors have been copied in"
    { match: /\b(end|ends|ended|ending)\s+up\s+(in|before|at)\s+(court|a court|the courts?|a tribunal|the tribunal|small claims|arbitration|front of a judge)\b|\b(legal (team|advisers?|advisors?|department|counsel)|solicitors?|lawyers?|attorneys?)\s+(has|have)\s+been\s+(copied|cc['’]?e?d|included|informed|made aware|kept informed)\b/i, confidence: 0.75 },
    // "I've opened a chargeback with Visa"
    { match: /\bcharge?-?backs?\b/i, confidence: 0.85 },
    { match: '(do|doing|file|filing|filed|initiate|initiating|request|requesting|requested|open|opening|opened|raise|raising|start|starting) a charge back', confidence: 0.85 },
  ],
  unless: [
    // Signature disclaimers and boilerplate: "Nothing in this email constitutes legal advice".
    /privileged|intended recipient|constitutes? legal advice|attorney[- ]client|terms (and|&) conditions/i,
    // Lawyers doing ordinary work on documents: "our legal team is reviewing the contract", "the
    // attorney will send the signed NDA".
    /\b(review|reviewing|reviewed|draft|drafting|drafted|redline|mark[- ]?up|sign[- ]?off|approve|approval|comments on|look over|looking over)\b[^.?!]{0,60}\b(contract|agreement|draft|document|terms|nda|clause|wording|language|lease|paperwork|deal|isda|amendment|renewal|proof)s?\b/i,
    /\b(contract|agreement|nda|clause|lease|isda|amendment|draft|document|paperwork|wording)s?\b[^.?!]{0,60}\b(review|reviewing|reviewed|approve|approval|sign[- ]?off|look over|looking over|comments)\b/i,
    /\b(signed|executed|execution|countersigned|due diligence|closing documents)\b/i,
    // A lawyer of one's own for private business: "seeing my solicitor about the house purchase".
    /\b(conveyancing|probate|divorce|power of attorney|mortgage|house purchase|property purchase|house sale|my will|the will|estate planning)\b/i,
  ],
  examples: {
    flag: [
      "If this isn't fixed by Friday I'll be speaking to my solicitor.",
      'You will be hearing from my lawyer.',
      "I'm reporting you to Trading Standards.",
      "I've filed a complaint with the Better Business Bureau.",
      "If the refund doesn't arrive by Friday, I'll dispute the charge with my bank.",
      "I've already started a chargeback.",
      'See you in small claims.',
      "I'm not threatening legal action, but I do know my rights here.",
      'We will have no choice but to pursue legal remedies.',
      "I'll be sending the photos to the council's environmental health team and the ombudsman.",
      'Unless this is resolved I will ask my card company to reverse the payment.',
      'We will sue if we have to.',
      'The loss of our data has been passed to our legal team.',
      'We are taking advice on our contractual remedies.',
      "I've been in touch with the council's environmental health officer about the kitchen.",
      "If it isn't refunded by Monday I'll flag it with my bank as a disputed transaction.",
      'I have written to the General Medical Council about my treatment.',
      'We are escalating this through the appropriate channels.',
      "Put it right or this goes further.",
      'The next letter you get will be from our solicitors.',
      "I've taken advice and I know where I stand.",
      'I wonder what Trading Standards would make of this.',
      "I'm keeping every receipt in case this ends up in small claims.",
      'Our solicitors have been copied in.',
      'I suspect a judge would take a dim view of that clause.',
    ],
    pass: [
      'Our legal team is reviewing the contract and will get back to you next week.',
      'This email and any attachments are privileged and intended for the recipient only.',
      'Please read the terms and conditions before signing.',
      'We will not dispute the charge.',
      'The police closed the road outside so I was a few minutes late.',
      'Sue from accounts asked me to forward this.',
      'Could you send the invoice to our bank details on file?',
      'I work as a paralegal at a small firm.',
      'Did the court reporter send the transcript?',
      'The bank disputes were settled last quarter.',
      "I'll raise it with the council at the planning meeting.",
      'Please forward the signed copy to our legal team.',
      'Before this goes further, can we agree the scope?',
      "I've taken your advice on the layout.",
      "I'm passing your invoice to our legal department for sign-off, as I can't approve it myself.",
    ],
  },
});
