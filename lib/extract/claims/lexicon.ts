/**
 * Word lists for attribution. Kept apart from the rules so that adding a verb never touches logic.
 */

/** Verbs that introduce speech with or without "that": "said the deal was dead". */
export const BARE_CUES = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted', 'reply', 'replies', 'replied', 'respond',
  'responds', 'responded', 'continued', 'continues', 'recalled', 'recalls', 'quipped', 'explained',
  'explains', 'insisted', 'insists', 'argued', 'argues', 'arguing', 'noted', 'notes', 'noting', 'warned',
  'warns', 'stated', 'states', 'declared', 'declares', 'asked', 'asks', 'predicted', 'predicts',
  'claimed', 'claims', 'claiming', 'added', 'acknowledged', 'admitted', 'conceded', 'countered',
  'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'emphasized', 'emphasised',
  'stressed', 'suggested', 'suggests', 'reported', 'reports', 'observed', 'remarked', 'complained',
  'cautioned', 'contended', 'maintained', 'asserted', 'alleged', 'alleges', 'vowed', 'promised', 'pledged',
  'testified', 'charged', 'concluded', 'agreed', 'agrees', 'hinted', 'speculated', 'estimated', 'estimates',
  'revealed', 'indicated', 'indicates', 'found', 'finds', 'showed', 'shows', 'shown', 'believes', 'believe',
  'believed', 'thinks', 'think', 'thought', 'feared', 'fears', 'worried', 'hoped', 'knew', 'know', 'knows',
  'predicted', 'mentioned', 'pointed', 'acknowledges', 'admits', 'announce', 'argue', 'claim', 'insist',
  'note', 'warn', 'suggest', 'report', 'show', 'find', 'confirm', 'deny', 'explain', 'emphasizes',
  'declined', 'wondered', 'questioned', 'urged', 'urges', 'demanded', 'boasted', 'bragged', 'joked',
  'echoed', 'chanted', 'shouted', 'yelled', 'repeated', 'reiterated', 'assured', 'informed', 'reminded',
]);

/** Of the cues above, those that need an explicit "that", colon or quote when the source comes first,
 * because they also take plain objects ("announced a plan", "found the keys", "showed the photos"). */
export const THAT_CUES = new Set([
  'announced', 'announces', 'announce', 'confirmed', 'confirms', 'confirm', 'found', 'finds', 'find',
  'showed', 'shows', 'shown', 'show', 'reported', 'reports', 'report', 'revealed', 'indicated', 'indicates',
  'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'feared', 'fears', 'worried', 'hoped',
  'knew', 'know', 'knows', 'denied', 'denies', 'deny', 'promised', 'pledged', 'vowed', 'asked', 'asks',
  'continued', 'continues', 'mentioned', 'pointed', 'declined', 'questioned', 'urged', 'urges', 'demanded',
  'echoed', 'chanted', 'repeated', 'reiterated', 'charged', 'agreed', 'agrees', 'estimated', 'estimates',
  'noted', 'notes', 'noting', 'stated', 'states', 'explained', 'explains', 'recalled', 'recalls',
  'suggested', 'suggests', 'suggest', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'observed',
  'concluded', 'predicted', 'predicts', 'reminded', 'informed', 'assured',
]);

/** Cues whose object is the addressee, not the content: "told reporters (that) …". */
export const ADDRESSEE_CUES = new Set(['tell', 'tells', 'told', 'telling', 'assured', 'informed', 'reminded', 'warned', 'urged']);

/** Words skipped between a subject and its cue: "has also repeatedly said". */
export const AUX_BEFORE_CUE = new Set([
  'has', 'have', 'had', 'also', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'later',
  'then', 'again', 'once', 'previously', 'recently', 'reportedly', 'long', 'often', 'ultimately', 'first',
  'earlier', 'further', 'even', 'still', 'already', 'since', 'just', 'privately', 'publicly', 'repeatedly',
  'flatly', 'simply', 'both', 'all', 'separately', 'similarly', 'likewise',
]);

/** Words that end a subject noun phrase when scanning leftwards from the cue. */
export const NP_BREAKERS = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'and', 'or', 'but', 'nor', 'that', 'which', 'when',
  'while', 'if', 'because', 'as', 'after', 'before', 'since', 'than', 'then', 'to', 'in', 'on', 'by',
  'with', 'about', 'into', 'over', 'under', 'not', 'so', 'yet', 'where', 'whether', 'though', 'although',
  'unless', 'until', 'what', 'how', 'why', 'also', 'has', 'have', 'had', 'would', 'will', 'could', 'should',
  'can', 'may', 'might', 'must', 'did', 'does', 'do', 'said', 'says', 'told', 'there', 'here', 'it', 'this',
  'against', 'between', 'during', 'through', 'without', 'like', 'unlike', 'among', 'per', 'via', 'once',
]);

/** Left edges of a noun phrase: once one is taken the phrase is complete unless "of"/"for" precedes. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'some', 'several', 'many', 'most', 'other', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'one', 'two', 'three', 'four', 'five', 'both', 'few', 'all', 'these', 'those', 'each',
  'no', 'any', 'top', 'senior', 'former',
]);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);

/** Nouns naming the occasion of a statement: "said in a statement", "told CNN in an interview". */
export const OCCASIONS = new Set([
  'statement', 'interview', 'email', 'e-mail', 'speech', 'letter', 'tweet', 'post', 'conference', 'rally',
  'debate', 'hearing', 'briefing', 'call', 'appearance', 'remarks', 'message', 'video', 'op-ed', 'memo',
  'press', 'news', 'radio', 'television', 'broadcast', 'podcast', 'report', 'release', 'address', 'event',
  'meeting', 'forum', 'town', 'hall', 'show', 'program', 'programme',
]);

/**
 * Stance verbs: they report what someone said about a thing without a clause ("called for a ban",
 * "criticized the plan", "described it as a disaster"). The object is the content.
 */
export const STANCE_CUES = new Set([
  'called', 'calls', 'calling', 'attacked', 'attacks', 'criticized', 'criticised', 'criticizes', 'condemned',
  'condemns', 'blasted', 'blasts', 'slammed', 'slams', 'praised', 'praises', 'described', 'describes',
  'accused', 'accuses', 'denounced', 'rejected', 'rejects', 'dismissed', 'dismisses', 'defended', 'defends',
  'endorsed', 'endorses', 'urged', 'urges', 'cited', 'cites', 'citing', 'blamed', 'blames', 'mocked',
  'ridiculed', 'lambasted', 'hailed', 'welcomed', 'applauded', 'questioned', 'challenged', 'demanded',
  'demands', 'proposed', 'proposes', 'recommended', 'likened', 'compared', 'decried',
]);

/**
 * Attitude verbs: a stated intention or position, reported with an infinitive or an object ("plans to
 * veto the bill", "opposes the deal"). News attribution schemes count these as claims of the subject.
 */
export const ATTITUDE_CUES = new Set([
  'wants', 'want', 'wanted', 'plans', 'planned', 'hopes', 'hoped', 'expects', 'intends', 'intended',
  'refuses', 'refused', 'promised', 'promises', 'promising', 'pledged', 'pledges', 'vowed', 'vows',
  'agreed', 'agrees', 'threatened', 'threatens', 'offered', 'offers', 'decided', 'seeks', 'sought',
  'supports', 'supported', 'opposes', 'opposed', 'backs', 'backed', 'favors', 'favored', 'favours',
  'prefers', 'preferred', 'wished', 'wishes', 'declined', 'advocated', 'advocates',
]);
