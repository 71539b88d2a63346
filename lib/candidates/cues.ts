// Word lists for claim candidates. General English news vocabulary only (no
// names of people, products or events): what makes a statement about the
// future, what marks it as unverified, who says it and how sure they are.

const alt = (parts: string[]) => parts.join("|");

// "its reported profit": results words after a hedging adjective are the record, not a happening.
const NOT_A_HAPPENING = String.raw`(?!(?:revenue|profits?|earnings|loss(?:es)?|sales|income|figures?|results?|numbers?)\b)`;

/** The future: modals, plans, schedules, time words ("may" the month is not a modal). */
export const FUTURE = new RegExp(
  alt([
    // "won't comment", "would not say": a refusal, not a prediction.
    String.raw`\b(?:will|won't|shall)\s+(?!have\b|(?:not\s+)?(?:comment|say|elaborate|discuss|speculate|confirm)\b|(?:astonish|amaze|shock|surprise|stun|blow|melt|restore|warm|break|make)\w*\s+(?:you|your)\b)[a-z]+`,
    String.raw`'ll\s+[a-z]+`,
    String.raw`\b(?:is|are|was|were|'s|'re|isn't|aren't|wasn't|weren't)\s+(?:(?:not|also|reportedly|now|soon|still|finally|already|then|currently)\s+)*(?:going to|about to|set to|due to|poised to|slated|scheduled|expected|unlikely to|likely to|tipped|tapped|planning|preparing|hoping|aiming|considering|mulling|weighing|eyeing|targeting|coming|working on|developing|testing|readying|launching|opening|releasing|in talks|in line|on track|on course|in the running)\b`,
    // "is to open", "were to be released" (not "to build a snowman was to create").
    String.raw`\b(?:is|are|'s|'re)\s+(?:(?:not|also|now|soon|still)\s+)?to\s+(?:be\s+)?[a-z]+|\b(?:was|were)\s+(?:not\s+)?to\s+be\s+[a-z]+ed\b`,
    String.raw`\b(?<!\b(?:I|we|We)\s)(?:plans?|planned|planning|aims?|aiming|intends?|intending|hopes?|hoping|vows?|vowed|promises|promised|pledged|threatens?|threatened|agrees?|agreed|wants?|expects?|expected|prepares?|preparing|seeks?|seeking|looks?|looking|is|are|set|due|poised|slated|scheduled|tipped|likely|unlikely|rumou?red|believed|thought|understood|said|signed|signed (?:on|up))\s+to\s+(?:be\s+)?[a-z]+`,
    String.raw`\b(?:set|slated|scheduled|due|poised|primed)\s+for\b|\bplans?\s+on\s+[a-z]+ing\b|\bexpected\s+(?:in|on|by|at|this|next|later|soon|early|before|within)\b`,
    String.raw`\b(?:inching|edging|moving|one step) closer to\b|\b(?:upcoming|forthcoming|impending|imminent|yet-to-be|in the works|in development|on the way|in the pipeline|coming soon|later this (?:year|month|week|spring|summer|fall|autumn|winter)|next (?:week|month|year|spring|summer|fall|autumn|winter|season|generation))\b`,
    String.raw`\b(?:pushed|pushed back|delayed|postponed|moved up|moved back|put off|held back|scheduled|slated)\s+(?:to|until|till|into|for)\b|\b(?:has|have|had)\s+(?:now\s+|also\s+)?(?:scheduled|planned|announced plans)\b`,
    // "would love to", "would like": a wish; "would have": a counterfactual.
    String.raw`\b(?:may|might|could(?!\s+not\b|n't)|should|would)\s+(?!have\b|love\b|like\b|prefer\b|rather\b|say\b|sound\b|seem\b|look\b|believe\b|imagine\b|think\b|understand\b|argue\b|not\s+(?:comment|say|elaborate|discuss|speculate)\b)(?:not\s+|also\s+|soon\s+|still\s+|well\s+|even\s+)?[a-z]+`,
    String.raw`\b(?:is|are)\s+(?:\w+\s+)?(?:in (?:\w+\s+)?talks|in negotiations|negotiating|facing|considering whether|close to \w+ing|on the (?:verge|brink) of)\b`,
    // Present tense for a dated plan: "the tour kicks off in March", "goes on sale in April".
    String.raw`\b(?:kicks? off|opens?|starts?|begins?|arrives?|launch(?:es)?|debuts?|premieres?|hits? (?:stores|shelves|theaters|theatres|screens)|goes? on sale|ships?|lands?|returns?|(?:has been |was |is )?(?:moved|brought forward|rescheduled|pushed)(?: back)?(?: to| for| until)?)\s+(?:\S+\s+){0,3}?(?:in|on|this|next|by|from|until|to|for)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|next|later|early|\d{4})\b`,
  ]),
);

/** Headline-only cues: "Seth Rogen to Play Wozniak", "eBay working on …", "Abrams Eyes …". */
export const HEADLINE_FUTURE =
  /(?:^|[\s:,;'‘“"(-])(?:to|To|TO)\s+(?:be\s+|Be\s+|BE\s+)?(?![A-Za-z]+ing\b)(?!(?:the|a|an|his|her|their|its|him|them|it|me|us|you|[a-z]+s)\b|(?:The|A|An|His|Her|Their|Its|Him|Them|It|Me|Us|You|[A-Z][a-z]+s)\b|\d)[A-Za-z]{3,}|\b(?:[Ww]orking|WORKING) [Oo]n\b|\b(?:[Dd]eveloping|[Ee]yes|[Ee]yeing|[Ee]yed|[Tt]argeting|[Mm]ulls|[Ww]eighs|[Ii]n [Tt]alks|[Pp]lans|[Pp]lanning|[Pp]lanned (?:[Ff]or|[Ii]n|[Aa]t)|[Pp]reparing|[Tt]esting|[Ff]acing|[Cc]oming [Tt]o|[Ss]oon|[Cc]onsiders?|[Cc]onsidering|[Pp]lots|[Pp]lotting|[Pp]reps|[Pp]repping|[Rr]eadies|[Rr]eadying|[Mm]ulling|[Ww]eighing|[Ee]yeing)\b/;

/** Verbs before "to" that do not make a plan ("Asks Disney To", "Wants To", "Tried To"). */
export const NOT_A_PLAN =
  /\b[Ww]arnings?\s+to\s+(?:\S+\s+){1,3}?(?:to|To|TO)\s+\S+|\b(?:[Aa]sks?|[Aa]sked|[Aa]dvised|[Uu]rged|[Dd]ared|[Ww]ants?|[Tt]ries|[Tt]ried|[Tt]rying|[Uu]sed|[Rr]efuses?|[Rr]efused|[Dd]ecides?|[Dd]ecided|[Ff]orced|[Ff]ails?|[Aa]llowed|[Hh]ow|[Ww]hat|[Ww]here|[Ww]hy|[Ww]hen|[Rr]eason|[Ww]ay|[Tt]ime|[Nn]eeds?|[Uu]p|[Gg]ets?|[Ll]eads?|[Tt]urns?|[Cc]alls?|[Oo]rders?|[Ff]ailed|[Tt]ells?|[Ss]aved|[Bb]rings?|[Gg]oes|[Ww]ent|[Cc]ame|[Ss]ent|[Mm]oved|[Ll]ikely|[Ss]tarting|[Cc]ontinues?|[Aa]ccording|[Ss]pends?|[Ss]pending|[Gg]ives?|[Gg]ave|[Ff]ollows?|[Ss]ends?|[Rr]ushed|[Aa]dmitted|[Ff]lown|[Aa]irlifted|[Pp]ays?|[Pp]aid|[Hh]ires?|[Hh]ired|[Ll]aunch(?:es)?|[Ll]aunched|[Uu]nleash(?:es)?|[Ss]pent|[Uu]ses?|[Gg]o|[Cc]omes?|[Bb]ack|[Rr]eturns?|[Rr]eturned|[Hh]eads?|[Hh]eaded|[Tt]ravel\w*|[Ff]led|[Ff]lees?|[Ff]alls?|[Ss]ent|[Tt]aken|[Pp]osted|[Hh]anded|[Ll]inked|[Tt]ied|[Rr]elated|[Cc]ompared|[Ll]etter|[Tt]rip|[Vv]isits?|[Kk]ey|[Aa]ccess|[Tt]hanks|[Cc]lose|[Nn]ext|[Ee]nough|[Ff]rom|[Rr]esponses?|[Rr]eactions?|[Aa]nswers?|[Tt]ributes?|[Gg]uides?|[a-z]{2,}ing)\s+(?:\S+\s+){0,7}?(?:to|To|TO)\s+\S+/;

/** Marks a statement as unverified: hedges, claims, talk, doubt. */
export const HEDGE = new RegExp(
  alt([
    String.raw`\b(?:leaks?|leaked|reportedly|allegedly|purportedly|supposedly|apparently|apparent|ostensibly|rumou?rs?|rumou?red|speculat\w+|unconfirmed|unverified|unsubstantiated)\b`,
    String.raw`\bnot (?:yet |been |yet been )?(?:confirmed|verified)\b|\bcould not (?:be )?(?:independently )?(?:verified|confirmed)\b`,
    String.raw`\b(?<!\b(?:can't|cannot|can not)\s)(?:claims?|claimed|claiming|alleges?|alleging|allegations?|purports?|purporting|purported|accused of|accusations? (?:that|of))\b`,
    String.raw`\b(?:is|are|was|were|being|be|been)\s+(?:widely\s+)?(?:said|believed|thought|understood|suspected|feared|rumou?red|tipped|reported|alleged|presumed)\b`,
    String.raw`\b(?:said|believed|thought|understood|suspected|feared|rumou?red|reported|alleged|presumed)\s+to\s+(?:be|have|contain|come|cost|feature|include|show|run|use|get|offer|launch|arrive|debut|start|pay|lead|contract)\b`,
    String.raw`\b(?:believed|suspected|presumed|feared)\s+(?:stolen|dead|killed|kidnapped|captured|missing|responsible|to)\b`,
    String.raw`\b(?:(?:prime|main|chief|key|a) suspect|suspected of|is likely|are likely|most likely)\b`,
    // "the reported killing of …": the happening as reported (not "its reported profit", the record).
    String.raw`\b(?:the|a|an|this|that)\s+(?:reported|rumou?red|supposed|alleged)\s+${NOT_A_HAPPENING}[a-z]+(?:ing|ion|ment|al|th|ure|ty)\s+of\b`,
    // "Somers' reported death comes …", "ISIS' alleged test flights come …": the hedged happening opens the sentence.
    String.raw`^(?:the\s+)?(?!(?:but|and|so|yet|following|after|before|despite|with|in|on|at|as|amid|since|this|that|last|next)\b)(?:[\w.-]+\s+){0,3}?(?!(?:it|that|he|she|what|there|who|here|where|this)'s)[\w-]+(?:'s|s')\s+(?:reported|rumou?red|supposed|alleged)\s+${NOT_A_HAPPENING}\w+`,
    String.raw`\b(?:no one (?:yet )?knows|not (?:yet )?known|unclear (?:whether|if|how|why|when)|remains? unclear|(?:investigat|prob|look|examin|check)\w*['’]? (?:into )?(?:whether|if|reports|claims))\b`,
    String.raw`\b(?:appears?|appeared)\s+to\b|\bit appears\b|\b(?:seems?|seemed)\s+to\s+(?:have|be)\b`,
    String.raw`\bno (?:reliable |independent |hard |conclusive )?(?:proof|confirmation)\b|\b(?:believes?|believed)\b(?!\s+in\b)`,
    String.raw`\b(?:has|have|is|are|was|were) been (?:heavily |strongly |widely )?linked (?:to|with)\b|\b(?:hint(?:s|ed)? at|teas(?:es|ed|ing))\b|\bbeing (?:tested|investigated|examined|checked|probed|treated as)\b`,
    String.raw`\b(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't) (?:to )?(?:confirm|deny|comment on)\s+(?:or deny\s+)?(?:whether|if|that|reports?|rumou?rs?|the (?:reports?|rumou?rs?|claims?))\b`,
    // "could not say with certainty that …", "couldn't say whether …": the party leaves it open.
    String.raw`\b(?:declined|refused|would not|wouldn't|could not|couldn't|cannot|can't|unable) (?:to )?say (?:(?:for sure|for certain|with (?:\w+ )?certainty|definitively|yet) )?(?:whether|if|that)\b`,
    String.raw`\b(?:doubts?|doubted|questions? (?:whether|over|about)|casts? doubt|downplay\w*|indications? that|suggests?|suggesting|whispers?|gossip|buzz|if true|if confirmed|murky|conflicting (?:reports|accounts|claims)|confusion (?:over|about|around|surrounds|swirls))\b`,
    String.raw`\b(?:may|might|could)\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b`,
    // "raise concerns that the militants are …", "doubtful of the girls' release": the happening is in question
    // ("raise fears of attacks" is a mood, with nothing to check).
    String.raw`\b(?:raises?|raised|raising|sparks?|sparked|fuels?|fuell?ed|stokes?|stoked) (?:new |fresh )?(?:fears? that|concerns? that|speculation (?:of|that|about)|doubts? (?:about|over|that|whether))\b|\bdoubtful (?:of|about|that|whether)\b`,
    // "beheaded a man that they say is Foley": the identity rests on someone's word.
    String.raw`\b(?:who|whom|that)\s+(?:they|he|she|police|officials|authorities|militants)\s+(?:says?|said|claims?|claimed)\s+(?:is|was|are|were)\b`,
    // "…, he added, without giving details": the text marks the statement as unsupported.
    String.raw`\bwithout (?:giving|providing|offering|citing|presenting|producing) (?:any |further |more )?(?:details|evidence|proof|sources?)\b`,
  ]),
  "i",
);

/** A sentence or headline wholly in quotation marks (an apostrophe inside a word does not close it). */
export const WHOLLY_QUOTED = /^['‘“"]((?:[^'’”"]|['’](?=\p{L}))+)['’”"]\s*$/u;

/** Recorded evidence that "purports to show": a sighting whoever reports it. */
export const RECORDED =
  /\b(?:video|footage|photos?|photograph|images?|picture|clip|recording|audio|tape|screenshot|render)s?\b[^.;]{0,60}?\b(?:purport\w*|claim\w*|appear\w*|seem\w*|allegedly|apparently|may|might|could)\s+(?:to\s+|have\s+)?(?:show|shows|showing|shown|capture|captured|capturing|reveal|depict)\b|\b(?:video|footage|photos?|images?|picture|clip|recording)s?\s+(?:that\s+)?purport\w*\s+to\s+be\b|\b(?:unverified|unconfirmed|unauthenticated|purported|alleged)\s+(?:video|footage|photos?|photographs?|images?|pictures?|clips?|recordings?|audio|tapes?)\b|\b(?:video|footage|photos?|images?|picture|clip|recording)s?\b[^.;]{0,40}?\b(?:shows?|showed|showing)\b[^.;]{0,100}?\b(?:resembl\w+|believed to be|thought to be|said to be|purported to be|appear\w* to be|apparently|(?:it |they )?claims? to be)\b|\bappears? to \w+\b[^.;]{0,60}?\b(?:in|on) (?:a |an |the )?(?:\w+ )?(?:video|footage|photo|clip|image)s?\b|\bleak\w*\s+(?:in|on|via)\s+(?:\w+\s+)?(?:photos?|images?|video|pictures?|renders?|screenshots?)\b|\b(?:shows? up|showed up|surfaces?|surfaced|turns? up|turned up)\s+(?:in|on)\s+(?:a |an |the )?(?:\w+\s+)?(?:benchmarks?|database|listings?|filings?|leaks?|photos?|videos?|images?|code|inventory|documents?|renders?|screenshots?)\b|\b(?:spotted|sighted)\b|\b(?:may|might|could)\s+(?:have\s+)?captured?\b|\bcaught on (?:audio|tape)\b|\b(?:video|footage|photos?|images?|picture|clip)s?\b[^.;]{0,60}?\bmade it (?:seem|look|appear)\b|\b(?:in|on) (?:a |an |the )?(?:\w+ )?(?:videos?|footage|clips?)\b[^.;]{0,120}?\bappears? to\b/i;

/** Seen by someone: a sighting when no one is named as the source. */
export const SEEN =
  /\b(?!seen by\b)(?<!(?:not|n't|never|not been|n't been|never been|(?:week|month|year|day|weekend|period|decade|season) (?:has|had|have))\s)(?:seen|seeing|photographed|pictured|filmed|glimpsed|saw)\b/i;

/** Violence or crime done to others: said by someone other than the party that would know, an accusation. */
export const ACCUSATION =
  /(?:\b(?:after|before|while)\s+|,\s*)(?:killing|executing|beheading|kidnapping|abducting|bombing|shelling)\s+(?:\d+|an?|at least|dozens|hundreds|scores|several|many|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty)\b|\b(?:killed|murdered|executed|beheaded|massacred|slaughtered|tortured|raped|kidnapped|abducted|apprehended|attacked|bombed|shelled|poisoned|gassed|smuggled|infiltrated|used (?:\w+ )?(?:chemical|chlorine|toxic|poison|gas|barrel)\w*|dropped (?:\w+ ){0,3}(?:bombs?|explosives?|canisters?|barrels?))\b/i;

/** The text settles the matter: a debunk or denial as the outcome. */
export const DEBUNK =
  /(?:^|:\s*)(?:no|sorry),|\b(?:reality check|fact check|(?:found|turns? out|turned out) (?:that )?it (?:was|is) (?:really|actually)|hoax\w*|debunk\w*|proven false|(?:false|bogus) (?:rumou?rs?|reports?|claims?|story|stories|news|alarms?)|fake[- ](?:[\w-]+ ){0,2}?(?:news|reports?|story|stories|article|site|website)|called (?:it )?['"‘“]?(?:rubbish|nonsense|false|untrue|baseless|ridiculous|absurd)|(?:is|are|was|were|it's|it is) ['"‘“]?(?:(?:a|an|just|completely|totally|categorically|entirely|wholly|probably|almost certainly|definitely|likely|all|really)\s+)*(?:fake|false|fabricated|satire|untrue|made up|prank)|not true|untrue|(?:entirely|completely|totally|utterly|wholly) (?:fake|false|fabricated|made up|bogus)|(?:wildly |completely |totally )?inaccurate|never (?:actually |really )?(?:said|happened)|no truth|baseless|unfounded|rebuff\w*|denies|denied|deny|dismiss(?:es|ed)?|shoots? down|shot down|turns? out|never happened|no sign|no evidence|no hard evidence|not dead|(?:is|still) alive|(?:makes? fun of|mocks?|kills?|squash(?:es)?|quash(?:es)?|laughs? off|puts? to rest|scotch(?:es)?)\s+(?:[\w'"“”‘’-]+\s+){0,4}?rumou?rs?)\b|['‘"“](?:(?:categorically|completely|totally|absolutely|patently)\s+)?(?:false|untrue|bogus|baseless|nonsense|rubbish)[.!]?['’"”]/i;

/** A negated headline outcome ("Banksy Wasn't Arrested", "Students NOT Found"). */
export const HEADLINE_NEGATION =
  /(?:^No,|\b(?:[Ii]sn'?t|[Ww]asn'?t|[Dd]idn'?t|[Hh]asn'?t|[Hh]aven'?t|[Aa]ren'?t|[Ww]eren'?t|[Dd]oesn'?t|[Nn]ever|NOT|[Nn]ot)\b|[Nn]'t\b)/;

/** Speech and report verbs. */
export const SAY =
  "(?:says?|said|saying|suggesting|insisting|alleging|warning|noting|tells?|told|claims?|deny|suspects?|identified|identifies|identify|named|complains?|complained|complaining(?=\\s+(?:that|about)\\b)|claimed|claiming|reports?|reported|reporting|writes|wrote|believes?|suggests?|suggested|insists?|insisted|alleges?|alleged|reveals?|revealed|indicates?|indicated|notes?|noted|adds?|added|describes?|described|quotes?|quoted|fears?|feared|thinks?|predicts?|predicted|expects?|estimates?|estimated|sees|pegs|hints?|hinted|confirms?|confirmed|announces?|announced|stated|states|tweeted|posted|informed|warns?|warned|doubts?|doubted|questions?|denies|denied|downplayed|cited|promised|promises|vowed|pledged|threatened|explained|argued|acknowledged|admitted|adding|heard|learned|learnt|guess|guessed|speculated|theori[sz]ed|surmised|reckons?|reckoned|boasts?|boasted|brags?|bragged|bragging|anticipates|anticipated)";

/** Verbs that make the speaker's statement a report or a claim in itself. */
export const REPORT_VERB =
  /^(?:claims?|claimed|claiming|reports?|reported|reporting|alleges?|alleged|quotes?|quoted|suggests?|suggested|believes?|fears?|feared|predicts?|predicted|expects?|estimates?|estimated|sees|pegs|thinks?|doubts?|doubted|questions?|downplayed|insists?|insisted|hints?|hinted|warns?|warned|heard|suspects?|complains?|complained|complaining|identified|identifies|identify|guess|guessed|speculated|theori[sz]ed|surmised|reckons?|reckoned|boasts?|boasted|brags?|bragged|bragging|anticipates|anticipated)$/i;

/** Nouns for a source that names no one whatever qualifies it ("a Samsung insider", "sources within Apple"). */
export const ANON_NOUN = /^(?:sources?|insiders?|people|persons?|someone|employees?|staffers?|rumou?rs?|speculation|whispers)$/i;

/** Nouns for a source that names no one ("sources", "people familiar with …", "critics"). */
export const SOURCE_NOUN =
  /^(?:sources?|insiders?|people|persons?|someone|reports?|media|outlets?|websites?|sites?|posts?|accounts?|users?|critics?|experts?|analysts?|observers?|watchers|commentators?|pundits?|monitors?|scientists?|researchers?|witnesses?|activists?|reporters?|correspondents?|journalists?|folks|diplomats?|speculators?|skeptics?|sceptics?|netizens|commenters|executives?|employees?|staffers?|bloggers?|fans|rumou?rs?|speculation|militants?|fighters?|newspapers|papers|press|tabloids|blogs|broadcasters|publications)$/i;

/** Anonymity said in so many words. */
export const ANONYMOUS =
  /\b(?:anonymity|anonymous(?:ly)?|unnamed|unidentified|not (?:authori[sz]ed|allowed) to|asked not to be (?:named|identified)|declined to be (?:named|identified)|familiar with)\b/i;

/** Who speaks for the party itself: authorities, companies, organisers, their spokespeople. */
export const OFFICIAL_ROLE =
  /\b(?:spokes(?:man|woman|person|people)|representatives?|press secretary|officials?|government|ministry|ministries|minister|president|presidency|prime minister|king|queen|chancellor|mayor|governor|police|prosecutors?|attorney general|authorities|department|agency|pentagon|white house|kremlin|army|military|navy|commander|general|colonel|admiral|director|chief executive|ceo|chairman|company|club|team|league|federation|committee|commission|council|embassy|court|organi[sz]ers?|institute|administration|cabinet|aide)\b|\b(?:gen|col|maj|lt|adm)\.(?=\s)/i;

/** Wording that makes an unattributed statement official. */
// Not when the announcement is itself the prediction ("could be announced", "expected to be unveiled").
export const OFFICIAL_WORDING =
  /(?<!\b(?:could|may|might|would|will|to|should|yet to|if|when|once|until|unless|not|not yet|never|neither|n't)\s+(?:be\s+|have\s+been\s+|been\s+|yet\s+been\s+)?)\b(?:announced|announces|officially|confirmed|confirms|unveiled|scheduled|in a statement|press release|press conference)\b/i;

/** Hearsay is never official (docs/suggestions.md, "Claim candidates"). */
export const HEARSAY =
  /\b(?:(?:is|are|was|were|being) (?:widely )?said to|said to (?:be|have|confirm)|rumou?r(?:s|ed)?|widely (?:expected|believed|tipped|thought|reported)|speculat\w+|tipped|unconfirmed|reportedly|allegedly|purportedly|supposedly|whispers?|gossip)\b/i;

/** A bare report with no source: the tier is "unnamed", the attribution none. */
export const UNNAMED_REPORT =
  /\b(?:reportedly|allegedly|according to (?:reports|media reports|local media|news reports)|reports (?:say|said|suggest|suggested|claim|claimed|indicate)|it(?: is|'s| was| has been) (?:reported|understood|alleged)|(?:was|were|have been|has been) reported\b|(?:attacks?|incidents?|cases?|sightings?) (?:were |have been |are being )?reported|blamed for|accused of|(?:the|a|an|this|that) reported \w+(?:ing|ion|ment|al|th|ure|ty) of|^(?:\S+\s+){0,4}?\w(?:'s|s') reported \w+|amid (?:reports|claims)|reported to (?:be|have)|(?:received|heard|fielded|seen) (?:\w+ ){0,2}?reports? (?:that|of)|reports (?:circulated|emerged|surfaced)|rumou?rs? (?:sweep|swept|spread|spreading|circulat\w+|swirl\w*)|word (?:has |had )?(?:spread|got out|started to \w+|began to \w+)|\b(?!than\b)\w+ reported\s*$)\b|^(?:[\w-]+\s+)?reports? (?:of|that)\b|(?:^|[.?!]\s+)claims?\b(?!\s+to\b)/i;

/** Outlets and documents by their usual name parts (a pattern, not this data's outlets). */
export const OUTLET =
  /\b(?:Times|Post|Journal|News|Daily|Mail|Herald|Tribune|Gazette|Telegraph|Guardian|Independent|Express|Mirror|Star|Observer|Chronicle|Inquirer|Examiner|Register|Standard|Magazine|Weekly|Radio|TV|Television|Press|Wire|Online|Today|Reporters?|Insider|Beast|Review|Blog|Reuters|AP|AFP|BBC|CNN|CNBC|MSNBC|NBC|CBS|ABC|Fox|NPR|Bloomberg|Xinhua|TMZ|BuzzFeed|Mashable|Gizmodo|Engadget|TechCrunch|Verge|Wired|Variety|Deadline|Politico|Axios|Forbes|Fortune|Yahoo|HuffPost|Huffington|Nikkei|DigiTimes|Weibo)\b|\.(?:com|co\.uk|net|org)\b|\b(?:website|site|blog|newspaper|paper|magazine|tabloid|outlet|broadcaster|report|article|statement|study|filing|document|memo|post|tweet|analyst|publication|daily|dailies)s?\b/;

/** Titles dropped from a person's name ("Rep. Duncan Hunter" → "Duncan Hunter"). */
export const TITLE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|St|Rev|Fr)\.?|Rear Admiral|Admiral|General|Colonel|Major|Captain|Sergeant|President|Prime Minister|Minister|Secretary|Senator|Representative|Governor|Mayor|Judge|Justice|Chancellor|Sheikh|Father|Sister|Brother|Prince|Princess|Lord|Lady|Sir|Dame)\s+/;

/** Role words before a name ("supply-chain analyst Ming-Chi Kuo"). */
export const ROLE_BEFORE_NAME =
  /\b(?:analyst|lawmaker|congress(?:man|woman)|senator|spokes(?:man|woman|person)|official|director|minister|secretary|chief|adviser|advisor|head|lawyer|attorney|researcher|professor|expert|editor|reporter|columnist|correspondent|founder|ceo|executive|president|member|leader|commander|chairman|coordinator|officer|agent|scientist|astronomer|volcanologist|manager|producer|designer|engineer|source|blogger|user|writer|host|anchor|presenter)\s*$/i;

/** Pronouns: the speaker is named in an earlier sentence. */
export const PRONOUN = /^(?:he|she|they|it)$/i;

/** Nouns that can head a speaker's description ("the monitoring group", "Luke Somers' sister"). */
export const PERSON_OR_BODY =
  /^(?:(?:man|woman|men|women|boy|girl|schoolboy|schoolgirl|teen|teenager|stepson|stepdaughter|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|parent|ex-wife|ex-husband|girlfriend|boyfriend|partner|fianc[eé]e?|colleague|co-worker|classmate|roommate|publicist|manager|resident|local|villager|neighbou?r|eyewitness|passer-by|onlooker|priest|patient|mother|father|mom|dad|sister|brother|wife|husband|son|daughter|friends?|family|relatives?|lawyer|attorney|doctor|teacher|student|golfer|player|actor|actress|singer|star|owner|driver|pilot|soldier|officer|agent|senator|congressman|congresswoman|lawmakers?|MP|judge|historian|economist|group|organi[sz]ation|body|watchdog|tank|foundation|observatory|campaign|coalition|alliance|party|movement|union|association|firm|bank|agency|charity|hospital|university|school|app|service|account|operator|manufacturer|maker|supplier|retailer|brand|publisher|developer|studio|network)s?)$/i;

/** Countries speaking through their governments ("Nigeria says …", "Iraq: …"). */
export const COUNTRY =
  /^(?:Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Lithuania|Malaysia|Mali|Mexico|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|US|U\\.S\\.|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zimbabwe|Beijing|Moscow|Washington|Tehran|Baghdad|Damascus|Kabul|Ankara|Cairo|Riyadh|Kiev|Kyiv|London|Paris|Berlin|Tokyo|Seoul|Pyongyang|Abuja|Beirut)$/;

/** Non-restrictive asides (", who will host tonight's show") are background, not the claim. */
export const ASIDE = /(?:,|\s[–—-])\s+(?:who|which|where|whose)\b[^,;–—]*/g;

/** Wording that is not a claim about the future: "we'll have to wait and see". */
export const WAIT_AND_SEE = /\b(?:(?:we|you|I)(?:'ll| will) (?:have to )?(?:wait|see)|will have to wait|remains to be seen|time will tell)\b/i;
