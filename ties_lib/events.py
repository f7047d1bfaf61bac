"""Events: one reported happening between Vietnam and a partner, with a date.

Per sentence, trigger phrases give the event type; each resolved date goes to the nearest
trigger before it (else after it) in the sentence; a trigger with no date of its own may
share one with a trigger of another type ("his visit ... in July 2007, the two governments
raised the relationship"). Future plans and invitations are not events. Undated mentions
only add detail to a dated event of the same type nearby. :func:`merge` then makes one
event per happening across sentences and articles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from .actors import country_of, is_office_id, is_vietnamese_id, people, ranked_name_ends_at, slug
from .data import load_csv
from .dates import MADE_AT, MON, find_dates, months_on, number_value, year_value
from .places import place_names
from .records import DateValue, EventRecord, max_level
from .text import IN_CLAUSE, lower_in_place
from .triggers import HOSTING, NOT_AN_EVENT, SIGNING, RawTrigger, find_cues, past_forms


@cache
def _forum_before(kind: str) -> re.Pattern[str]:
    """The names of multilateral gatherings written before "Summit" or "Dialogue" (data/multilateral_forums.csv):
    a meeting there, or on its sidelines, is not a bilateral summit or session."""
    names = sorted((r["name"] for r in load_csv("multilateral_forums.csv") if r["before"] == kind),
                   key=len, reverse=True)
    # (and a partner after a dash: "the ASEAN-U.S. Summit", "the ASEAN-India Summit" are the bloc's with one partner)
    # (and who meets there, between name and word: "the G20 leaders' summit", "the ASEAN defence ministers' meeting")
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")(?:[-–][A-Za-z.]+)?"
                      r"(?:\s+(?:leaders|heads\s+of\s+state|foreign\s+ministers|defen[cs]e\s+ministers|ministers)['’])?\s+$")


@cache
def _forum_after() -> re.Pattern[str]:
    """ "a meeting of ASEAN defence ministers", "the summit of the G20": a gathering named after "of" by a
    multilateral body of data/multilateral_forums.csv (its generic qualifiers, "World", "Security", left out)."""
    names = sorted({r["name"] for r in load_csv("multilateral_forums.csv") if r["source"].startswith("http")},
                   key=len, reverse=True)
    return re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:" + "|".join(re.escape(n) for n in names)
                      + r")\b", re.IGNORECASE)


FUTURE_BEFORE = re.compile(
    # (not an office's planning: "director for strategic planning and policy", "head of policy and planning")
    r"\b(?:will|would|shall|to be held|plans? to|planned|"
    r"(?<!\bstrategic\s)(?<!\bfor\s)(?<!\bof\s)(?<!\band\s)planning(?!\s*(?:,|and\b|&|directorate|division|"
    r"department|office|staff|cell))|"
    # (not the word as an attribute, "departed Da Nang after a scheduled port visit that began June 25": the kind
    # of visit, one on the navy's calendar, and its tense is the verb's)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)scheduled|expected|"
    r"(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?due|"
    r"(?:is|are|was|were) set to|(?:is|are|was|were) slated to|(?:was|were) to|"
    r"(?:is|are)\s+(?:also\s+|then\s+|later\s+)?to\s+(?:meet|visit|hold|travel|sign|attend|fly|speak|tour|call|leave|"
    # (and what the plan's day holds after its first step: "is to give a speech in Hanoi before flying to ...")
    r"head|receive|host|give|deliver|make|address|open|inaugurate|lay)|"
    r"(?:is|are)\s+to(?=\s*$)|"

    r"(?:is|are) likely|likely to|hoped to|hoping to|hopes? to|wish(?:es)? to|want(?:s)? to|"
    # ("Pardee expects the annual dialogue to be held by video again", "India expects to host a delegation"): a
    # present expectation looks forward, as "expected" does
    r"(?:expects?|expecting|anticipates?|anticipating)\b|"
    r"look(?:s|ed|ing)? forward|invit\w*|propos\w*|upcoming|forthcoming|agreed to|pledged to|"
    r"confirmed (?:his|her|their)|intends? to|aims? to|to hold|to visit|next round|"
    r"would like|ahead of(?=[^,;]*$)|in preparation for(?=[^,;]*$)|prepar(?:e|es|ed|ing) for(?=[^,;]*$)|"
    # ("held a video call to prepare the visit": what the call readied)
    r"\bto\s+prepare(?=\s+(?:the|this|that|his|her|their|its|a|an)\s[^,;]*$)|"
    # "Cohen's three-day program includes a meeting with ...": a visit's schedule, told before it is done
    # ("The programme for today includes", "His schedule today includes", "On today's agenda are")
    r"(?:program|programme|itinerary|schedule|agenda)(?:\s+(?:for\s+)?(?:today|tomorrow|the\s+(?:day|afternoon|"
    r"evening|rest\s+of\s+the\s+(?:day|visit|trip|week))))?\s+(?:also\s+)?(?:includes?|features?|calls\s+for)|"
    r"on\s+(?:today's|tomorrow's|the|his|her|their)\s+(?:program|programme|itinerary|schedule|agenda)"
    r"(?:\s+for\s+\w+)?\s+(?:are|is))\b[^;]*$|"
    # "talked about the possibility of Vietnamese officers observing a ... exercise": the thing weighed, only
    # ("the idea of a carrier visit was first raised last August": the thing proposed)
    r"\b(?:possibility|possibilities|prospect|prospects|idea|ideas|notion|concept)\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,12}$|"
    # "briefed them on possible follow-on expert exchanges", "a potential carrier visit": a happening weighed, its
    # word qualified as only possible
    r"\b(?:possible|potential|prospective|eventual|hypothetical)\s+(?:(?!(?:and|or|but|after|before)\b)[a-z-]+\s+){0,3}$|"
    # "won a pledge to open a defence attaché office", "agreed to work toward a carrier visit": what was pledged or
    # is worked toward, in the phrase it heads (not "Singh, working towards closer ties, met ...")
    # (a verb after "to", not a thing: "reaffirmed their commitment to the partnership during the visit")
    r"\b(?:(?:pledge|promise|commitment|undertaking|assurance)s?\s+to(?=\s+(?:$|(?!(?:the|a|an|its|their|his|her|"
    r"this|these|that|our|peace|ties|cooperation|relations)\b)[a-z]))|work(?:s|ed|ing)?\s+(?:together\s+)?towards?|"
    # ("agreed on jointly holding a coast guard drill": a plan told by its gerund)
    r"(?:agree|pledge|promise|decide|settle)[ds]?\s+on\s+(?:jointly\s+|also\s+)?[a-z]+ing)"
    # (up to the happening's word, not past the frame it was made in: "... during the visit")
    r"\s+(?:(?!(?:during|at|after|following|amid|when|while)\b)[\w'’-]+\s+){0,8}$|"
    # "lifted the ban, allowing the transfer of patrol boats", "paving the way for a carrier visit": what is made
    # possible, not done
    # (a thing made possible, told by its article: not "was allowed to dock on Monday")
    r"\b(?:(?:allow|permit|enabl)(?:e|es|ed|ing|s)?\s+(?=(?:the|a|an)\s)|(?:pav|clear)(?:e|es|ed|ing)\s+the\s+way\s+"
    r"for\s+|open(?:s|ed|ing)?\s+the\s+(?:door|way)\s+(?:to|for)\s+)(?:the\s+|a\s+|an\s+)?(?:future\s+|"
    r"eventual\s+|first\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
#: the frame of an invited visit ("At the invitation of ..., ... paid"): the main clause tells whether it was made
_AT_THE_INVITATION = re.compile(r"invitation\s+(?:of|from|extended\s+by)\b", re.IGNORECASE)
#: an upgrade announced in reported speech: "announced that relations would jump two rungs ... to"
_ANNOUNCED_WOULD = re.compile(r"\b(?:announced|declared|decided)\s+(?:on\s+\w+\s+)?that\s+[^.;]{0,80}?\bwould\s+"
                              r"(?:be\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
#: a plan that was agreed, pledged or offered: what frames its object ("after talks ...") had happened
_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
_AGREED = re.compile(r"(?:agreed|pledged|invit\w*|propos\w*|confirmed)\b", re.IGNORECASE)
_AGREED_TO_RAISE = re.compile(r"agreed\s+(?:on\s+)?(?:\w+\s+){0,2}to\s+$", re.IGNORECASE)
#: a partnership agreed to as a thing, not a plan to do something: "agreed to a comprehensive partnership" (but
#: "agreed to work towards a partnership" is still a plan)
#: a happening's word followed by its holding, set off: ", held in Hanoi on Monday,", ", which was held last week,"
_HELD_SET_OFF = re.compile(r"\s*,\s+(?:which|that)?\s*(?:(?:was|were)\s+)?(?:held|convened|hosted|staged|conducted)\b"
                           r"[^,;]{0,80},", re.IGNORECASE)
#: a relative clause after a happening's word that tells it as made, with a past verb and a time: "the
#: comprehensive partnership that the two countries launched in July last year", "the visit which Obama paid in May
#: 2016", "the partnership that was set up in 2013"
_MADE_IN_ITS_CLAUSE = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?,?\s+(?:that|which)\s+"
                                 r"(?:(?!will\b|would\b|could\b|may\b|might\b|is\b|are\b)"
                                 r"[\w'’-]+\s+){0,8}?(?:(?:was|were|had\s+been|had)\s+)?(?:launched|established|"
                                 r"set\s+up|forged|announced|agreed|signed|sealed|declared|made|paid|held|struck|"
                                 r"began|opened)\s+(?:[\w-]+\s+){0,3}?(?:in|on|last|since)\b", re.IGNORECASE)
_AGREED_TO_IT = re.compile(r"agreed\s+to\s+(?:a|an|the|their)\s+[^,;.]{0,60}", re.IGNORECASE)
_PAST_FRAME = re.compile(r"\b(?:after|following|during|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of)\s+"
                         r"(?:(?:the|their|his|her|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: a thing still to be made at a happening: "a memorandum to be signed at the Defence Policy Dialogue" (unlike the talks
#: an agreement was reached at: "agreed to build a comprehensive partnership at their talks in the Oval Office")
_AT_THE = re.compile(r"\bat\s+(?:the|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_TO_BE_MADE_AT = re.compile(r"\b(?:to|will|would|shall|could|may)\s+be\s+\w+\s+at\s+(?:the|their)\s+"
                            r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: an adverb a plan may carry before its verb: "is tentatively planned", "are provisionally scheduled"
_PLAN_ADVERB = r"(?:(?:tentatively|provisionally|currently)\s+)?"
FUTURE_SUBJECT = re.compile(r"^(?!(?:after|before|during|following|since|at|on|in|when|as|while)\b)"
                            r"(?:(?:The|This|That|A|An)\s+)?[\w-]+(?:\s+[\w-]+)?,?"
                            # (not a will of a clause on a place or a thing told after: "A ceremony was held at Phan
                            # Thiet Air Base, where the trainers will be used")
                            r"(?:(?!\band\b|,\s*(?:where|which|whose)\b)[^.])*?\b(?:will|"
                            # ("is tentatively planned for October 3": an adverb of the plan's own)
                            r"(?:is|are)\s+" + _PLAN_ADVERB + r"(?:to|due\s+to|scheduled|expected|planned))\b",
                            re.IGNORECASE)
#: a plan named by its noun: "Next dialogue will be held in India", "the 16th round, scheduled for 2026",
#: "Pacific Partnership 2026 is due to"
#: a place named between a happening's word and its verb: "a visit to Cam Ranh was cancelled"
_PLACE_BETWEEN = r"(?:\s+(?:in|at|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+"
FUTURE_AFTER = re.compile(r"(?:[\s-]*\d[\d-]*)?\)?"  # an edition's number, a name in brackets: "(VINBAX 2025) is"
                          # (who makes it, named between: "a visit by Vietnam's Defence Minister, General Thanh,
                          # expected early next year", "a port call by USS Ralph Johnson is scheduled for June")
                          # (an abbreviation's period is no sentence's end: "a port call by a U.S. destroyer")
                          r"(?:\s+by\s+(?:[^.;:()]|\.(?=\S|\s+\S)){1,90}?(?=,?\s+(?:will|shall|is|are|"
                          r"scheduled|slated|planned|due|expected|could|might|may)\b))?"
                          # ("is tentatively planned for", "are provisionally scheduled": an adverb of the plan's own)
                          + _PLACE_BETWEEN + r"(?:will|shall|(?:is|are)\s+" + _PLAN_ADVERB + r"(?:to|due|"
                          r"scheduled|expected|set|slated|planned)|"
                          r"scheduled|slated|planned|due|"
                          # ("a training programme, set to open in October", "the joint search, expected to start in
                          # March": a plan in a clause after its noun)
                          r"set\s+(?:to|for)|expected\s+to\s+(?:begin|start|open|take\s+place|be\s+held|run|"
                          r"resume|arrive|visit|call)|"
                          # ("an in-person medical exchange in Vietnam could take place later this year": a possibility)
                          r"(?:could|might|may)\s+(?:(?:still|also|well|yet|soon)\s+)?(?:take\s+place|be\s+held|"
                          r"go\s+ahead|happen|follow)|"
                          # ("expected to boost ties" weighs an outcome; a time after it tells the plan)
                          r"expected\s+(?=(?:early|late|later|next|in|by|this|within|before|around)\b))\b")
#: a headline's future, its subject then "to": "U.S. aircraft carrier to call at Vietnam in March, Mattis says",
#: "Modi to visit Hanoi next week" (with no verb of its own after it: not "A ceremony to hand over boats was held")
_HEADLINE_TO = re.compile(r"^(?:[^-–—:]{0,60}\s[-–—:]+\s+)?\s*(?:(?!(?:is|are|was|were|has|have|had|went|came|agreed|"
                          r"plans?|wants?|needs?|decided|began|set)\b)[\w.'’-]+\s+){1,6}to\s*$", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"\b(?:is|are|was|were|has|have|had|held|took\s+place|began|opened|ended)\b",
                           re.IGNORECASE)
#: a happening named as a kind, then imagined: "a visit like this would have been hard to imagine", "a call of this
#: kind would be unthinkable"
_IMAGINED_AFTER = re.compile(r"\s+(?:like\s+(?:this|that|it)|of\s+(?:this|that)\s+kind|such\s+as\s+this)\b"
                             r"[^.;]{0,80}?\b(?:would|could|might)\b", re.IGNORECASE)
#: what did not happen: "no vessel has yet been delivered", "has not been handed over", "never visited",
#: "is yet to hold talks"
_NEGATED = re.compile(r"(?:\b(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?|"
                      r"\bno\s+(?:[\w-]+\s+){1,2}(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?|"
                      r"\b(?:yet|failed)\s+to\s+(?:be\s+)?|\b(?:did|does|do)\s+not\s+|\bdidn't\s+|\bnever\s+)$",
                      re.IGNORECASE)
#: a condition: "If the memorandum is followed by actual port calls and joint training, ..."
_IF_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:[Ii]f|[Uu]nless|[Ss]hould)\s[^,;]*$|"
                        r"\b[Ww]hether\s[^,;]*$")  # "the test lies in whether defense dialogues produce ..."
#: a place visited or toured by a group already told of ("the team also toured", "Separately, the trainees visited")
_TOURING = re.compile(r"(?:visited|toured)\b", re.IGNORECASE)
_A_COUNTRY_AFTER = re.compile(r"\s+(?:the\s+)?(?:India|Vietnam|Viet\s+Nam|United\s+States|US|U\.S\.|America)\b")
#: (or on a day told by the one before: "On the afternoon of the same day, the delegation visited the border post")
_THE_GROUP_ALSO = re.compile(r"(?:^|[,.]\s+|\b(?P<aside>Separately|Later|Afterwards|Meanwhile|"
                             r"(?:On|In)\s+the\s+(?:morning|afternoon|evening)\s+of\s+the\s+(?:same|next|following)\s+day|"
                             r"(?:Later\s+)?(?:that|the\s+same|the\s+next|the\s+following)\s+day)\s*,?\s+|"
                             r"\bOn\s+[^,]{3,30}?,?\s+)"
                             r"(?:the\s+(?:[\w-]+\s+){0,2}(?:group|team|delegation|trainees|visitors|officers|cadets|"
                             r"students|guests|doctors|delegates|crew|sailors|participants)|they)\s+(?P<also>also\s+)?$",
                             re.IGNORECASE)
#: what a document provides for, listed after it: "a memorandum ... covering high-level dialogue, maritime security
#: and ship visits", "the plan, which provides for annual staff talks and joint exercises" (not a clause of its own
#: in the list: "covering training, and the two navies exercised off Da Nang in May")
_DOCUMENT_CONTENTS = re.compile(r"\b(?:memorand(?:um|a)|mous?|agreements?|accords?|protocols?|pacts?|treat(?:y|ies)|"
                                r"plans?|roadmaps?|statements?|declarations?|frameworks?|arrangements?)\b[^.;:]{0,160}?"
                                r"\b(?:cover(?:s|ed|ing)?|provid(?:es|ed|ing)\s+for|envisag(?:es|ed|ing)|"
                                r"encompass(?:es|ed|ing)|spann(?:ed|ing)|spans)\s+(?P<list>[^.;:]{0,200})$",
                                re.IGNORECASE)
_NEW_CLAUSE_IN_LIST = re.compile(r"\b(?:was|were|has|have|had|is|are|will|would|held|met|signed|began|took)\b|"
                                 r"(?:,|\band\b)\s+(?:the|its|their|his|her|both|two|these)\s+(?:[\w-]+\s+){0,2}$")
#: "A port call had been expected last year but did not take place", "The visit was cancelled": never happened
CALLED_OFF = re.compile(_PLACE_BETWEEN + r"(?:had\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:expected|planned|scheduled|"
                        r"considered|mooted|proposed|pencil+ed\s+in)|"
                        r"did\s+not\s+take\s+place|"
                        # (who would have made it, named between: "A visit by the Reagan was scheduled for 2022 but
                        # was postponed")
                        r"(?:by\s+[^.;:,]{1,60}?\s+)?(?:had\s+been|was|were)\s+(?:expected|planned|scheduled|slated|"
                        r"pencil+ed\s+in|due)\b[^.;]{0,60}?\bbut\s+(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?"
                        r"(?:cancell?ed|canceled|called\s+off|postponed|dropped|scrapped|shelved)|"
                        # ("A visit by the Reagan had been expected last year as well, but did not take place")
                        r"(?:did\s+not|didn't|never)\s+(?:take\s+place|took\s+place|happen(?:ed)?|materiali[sz]ed?|"
                        r"go\s+ahead|went\s+ahead))|"
                        r"never\s+took\s+place|(?:was|were)\s+(?:cancelled|canceled|called\s+off|postponed)|"
                        # "talks with Vietnam have dragged on for years", "negotiations remain stalled": a process
                        # still unfinished, no happening of a day
                        r"(?:with\s+[^.;:,]{1,60}?\s+)?(?:(?:have|has|had)\s+(?:been\s+)?(?:dragg(?:ed|ing)\s+on|"
                        r"stall(?:ed|ing)|deadlocked|stuck|bogged\s+down)|remain(?:s|ed)?\s+(?:stalled|deadlocked|"
                        r"stuck|inconclusive))|"
                        # "a visit that had been cancelled in 2022", "a port call which was called off"
                        r"(?:that|which)\s+(?:had\s+been|was|were|has\s+been)\s+(?:cancelled|canceled|called\s+off|"
                        r"postponed|scrapped))\b")
# VIRTUAL and LEVEL_CUES are for lower-cased text (an IGNORECASE pattern is several times slower)
VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|video\s*conferenc\w*|video[\s-]*link|video\s+call|online|telephone|"
                     r"phone\s+call|by\s+phone|teleconferenc\w*|via\s+video)\b")
LEVEL_CUES = [
    ("deputy_ministerial", re.compile(r"\bdeputy[\s-]+minister(?:ial)?(?:[\s-]+level)?\b")),
    ("summit", re.compile(r"\b(?:state\s+visit|summit|two\s+prime\s+ministers|heads?\s+of\s+(?:state|government))\b")),
]
ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                     r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    start: int
    end: int
    text: str
    anaphoric: bool = False  # "During the interaction": refers back, takes no date
    future: bool = False  # in a plan or invitation: an event only if its date has passed
    cameo: str = ""  # the CAMEO code of the cue that found it
    counted: bool = False  # dated only by a count: "the 15th anniversary of [the normalization]"


#: "During the interaction", "Two days before the visit", "The visit came days after ...", "On the same day
#: as the talks": a happening
#: named again, as a reference point; it takes no date of its own there
ANAPHORA = re.compile(r"(?:^|[,;]\s*)(?:(?:[\w-]+\s+(?:days?|weeks?|months?)\s+)?"
                      r"(?:During|In|After|At|Following|Before|Ahead\s+of|Since)\s+the|The|This|That|These|Those|"
                      # (", and after the talks he was received by": the talks the sentence told first)
                      r"(?:and|then)\s+(?:after|following)\s+the|"
                      # "On the same day as the talks", "The day after the summit"
                      r"(?:On\s+)?(?:the\s+|a\s+)?(?:same\s+)?day\s+(?:as|after|before)\s+the|"
                      # "On the second day of the visit", "on the last day of his trip": a day of the one told
                      r"(?:On\s+)?the\s+(?:first|second|third|fourth|fifth|opening|last|final|closing)\s+day\s+of\s+"
                      # (not one told here by its days: "on the second day of his three-day visit")
                      r"(?:the|his|her|their|its)(?!\s+(?:[\w-]+\s+)?[\w]+-day\b))"
                      # (not a clause with its verb: ", after the two held talks", "The two sides held talks"; nor
                      # one with its subject: "At the Hong Ha shipyard he handed over"; nor a time of the day: "In the
                      # afternoon Obama also met")
                      # (nor the meeting's people after it: "During the meeting both leaders inaugurated")
                      r"\s+(?:(?!(?:held|had|began|opened|conducted|hold|holding|he|she|they|we|both|morning|afternoon|"
                      r"evening|night|two\s+(?:leaders|sides|ministers|prime|presidents|premiers|men|heads|countries|nations|"
                      r"governments|navies|armies|militaries))\b)"
                      r"[\w'’-]+\s+){0,4}$",
                      re.IGNORECASE)
#: "Since the United States and Vietnam normalized ...": two named sides are the subject of a clause, and its
#: verb tells a happening of its own (not "the talks" named again)
_NAMED_PAIR = re.compile(r"\bthe\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.]*"
                         r"(?:\s+(?-i:[A-Z])[\w.]*)?\s+$", re.IGNORECASE)
#: a happening named by its series' proper name: "Pacific Partnership", "VINBAX", "CARAT"
_NAMED = re.compile(r"(?!.*\b(?:[Ee]xercises?|[Dd]rills?|[Dd]ialogue|[Tt]alks|[Vv]isits?|[Ss]ummit|[Mm]eeting|"
                    r"[Cc]eremony|[Mm]ission)\b)(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)*$")
#: a new clause opens just before a date: the date belongs to the clause it opens
_CLAUSE_OPENING = re.compile(r"(?:,\s+(?:and|but|while|whereas|then)(?:\s+(?:then|later))?|;)\s+"
                             r"(?:(?:in|on|by|from)\s+)?$", re.IGNORECASE)
#: a date in a phrase set off by commas that tells of a thing's past: ", a Khukri-class corvette commissioned in",
#: ", built in"
#: (its object or place between: "The corvette, commissioned into the Indian Navy in January 1991, was handed over")
#: (not a happening's own participle: "a Vision Statement, signed at the Pentagon on September 9, 2024, by Austin")
_SET_OFF_PARTICIPLE = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;()]{0,60}?\s)?(?:[a-z]+ed|built|made|bought|born)\s+"
                                 r"(?:(?<!signed\s)(?<!held\s)(?<!agreed\s)(?<!concluded\s)(?<!inked\s)"
                                 r"(?:into|by|for|at|to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|on|during)\s+$")
#: an appositive noun phrase after the happening, with a past participle and its date: ", a facility first offered in",
#: ", the corvette commissioned into the Indian Navy in"
_APPOSED_PAST = re.compile(r",\s+(?:a|an|the)\s+[^,;()]{0,60}?\s(?:first\s+|originally\s+|initially\s+)?"
                           r"(?:[a-z]+ed|built|made|bought|born|set\s+up)\s+(?:(?:into|by|for|at|to|under)\s+(?:[\w'’-]+\s+){1,4}?)?"
                           r"(?:in|on|during)\s+$")
#: a person's taking office, set off after the name: ", appointed minister only in", ", newly installed in", ", elected
#: last" (the date follows)
_TOOK_OFFICE = re.compile(r",\s+(?:(?:newly|recently|only\s+just|just|freshly)\s+)?"
                          r"(?:appointed|elected|re-elected|named|installed|sworn\s+in|promoted|confirmed)\s+(?:[\w-]+\s+){0,3}?(?:(?:in|on|during)\s+)?$",
                          re.IGNORECASE)
#: a like happening told after, in a clause of its own: ", did the same with Japan", "and followed suit"
_DID_THE_SAME = re.compile(r"(?:,|\band|;)\s+(?:(?:then|later|also)\s+)?(?:did|does|do|has\s+done|had\s+done)"
                           r"\s+the\s+same\b|\bfollowed\s+suit\b", re.IGNORECASE)
#: a reporting clause, past, that tells what it followed: ", Modi said today after", ", Singh told reporters after his"
_SAID_AFTER = re.compile(r",\s+(?:[\w.'-]+\s+){0,6}?(?:said|told|announced|stated|declared|added)\s+"
                         r"(?:[\w.'-]+\s+){0,6}?"
                         r"(?:after|following|at\s+the\s+end\s+of|during|at)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: (or set off by commas: "reached Cam Ranh on July 8 and, on the 22nd, was decommissioned and handed over")
_AND_ON = re.compile(r"\s+and,?\s+(?:(?:then|later)\s+)?(?:(?:on|in)\s+)?"
                     # (a weekday before the day: "landed on Tuesday, July 30, and on Thursday, August 1, held talks")
                     r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
#: between a date and its happening's word, a verb of its own and nothing else: "on Tuesday held talks"
_OPENS_VERB = re.compile(r"(?:,(?=\s+(?:was|were)\s)|)\s+(?:(?:also|then|later|he|she|they)\s+)?"
                         r"(?:(?:held|had|[a-z]+ed|made|paid|went)\s+)?"
                         # (a passive, or two verbs of one subject: ", was decommissioned and handed over")
                         r"(?:(?:was|were)\s+(?:[a-z]+ed\s+and\s+)?)?"
                         # ("... in 1995 and in 2000 became the first US president to visit": a first told by its verb)
                         r"(?:(?:became|was)\s+the\s+(?:first|second|third|last|only)\s+(?:[\w.'’-]+\s+){0,4}?to\s+)?"
                         # ("arrived on October 2, and on October 4 joined three Indian ships, a helicopter and a
                         # Dornier in the exercise Sahyog-Hop Tac": the joining verb's partners, then what it joined)
                         r"(?:(?:joined|took\s+part|participated)\b(?:(?!,\s+and\b)[^;.]){0,100}?\s(?:in|for)\s+"
                         r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?)?")
#: the ceremony a handover was made at, told after it: ", at a ceremony", "during a ceremony"
_AT_A_CEREMONY = re.compile(r",\s+(?:at|during|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}ceremony$", re.IGNORECASE)
#: a happening told straight after another, with no day of its own: "arrived on Monday and went straight into talks"
_STRAIGHT_ON = re.compile(r"(?:\s+and|,)\s+(?:then\s+)?(?:(?:went|going|headed|heading|moved|moving)\s+)?"
                          # ("went almost directly into talks", "went more or less straight into")
                          r"(?:(?:almost|nearly|all\s+but|more\s+or\s+less)\s+)?"
                          r"(?:straight|immediately|directly|promptly|right\s+away)\b[^,;.]{0,40}$", re.IGNORECASE)
#: a second verb of the same subject, after its arrival: "arrived in Hanoi on Sunday and held talks with", "landed on
#: Friday and on Saturday met", "reached Hanoi on Monday, and then had talks with", "arrived on the 16th and paid a
#: courtesy call on" (no subject of its own between)
AND_SAME_SUBJECT = re.compile(r",?\s+and\s+(?:(?:then|later|also|immediately|soon\s+after|separately|afterwards|"
                              r"subsequently)\s+){0,2}"
                              r"(?:(?:on|in)\s+[\w ,]{3,25}?\s+)?"
                              r"(?:(?:held|had|paid|made|began|opened|went(?:\s+(?:(?:almost|nearly)\s+)?"
                              r"(?:straight|directly))?\s+into|"
                              r"sat\s+down\s+(?:to|for))"
                              r"\s+(?:[\w-]+\s+){0,2})?$", re.IGNORECASE)
#: ("before the two held talks", "after the ministers had talks": a clause with its own verb tells a happening)
_REFERENCE_BEFORE = re.compile(r"\b(?:before|after|since|during|following|ahead\s+of)\s+the\s+"
                               # (not a clause's subject: "ten years after the two countries declared a partnership")
                               r"(?!(?:two|three)\s+(?:countries|nations|sides|leaders|governments|ministers|navies|"
                               r"armies|militaries|presidents|prime)\b)"
                               r"(?:(?!(?:held|had|began|opened|conducted|holding|hold)\b)[\w'’-]+\s+){0,3}$",
                               re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?]|$)")
_ANAPHORA_HEAD = re.compile(r"^(?:The|This|That|These|Those)\s+$")
#: a happening named as what someone judged: "described the talks as", "hailed the visit as", "called the meeting"
_JUDGED = re.compile(r"\b(?:described|describes|describing|hailed|hails|praised|praises|termed|terms|called|calls|"
                     r"characteri[sz]ed)\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}$",
                     re.IGNORECASE)
#: a happening's word as a possessive after "the" ("the dialogue's outcome", "the exercise's final phase")
_POSSESSIVE_NAMED_AGAIN = re.compile(r"['’]s\b")
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: "during a visit by ...", "after a ... exercise": a happening named as the frame of another
FRAME = re.compile(r"\b(?:during|after|following|on the sidelines of|on the occasion of|at the time of)\s+"
                   r"(?:a|an|the|his|her|their|its)?\s*"
                   # ("after U.S. President Joe Biden held talks": a title and a name before the verb)
                   r"(?:[\w.'-]+\s+){0,6}$", re.IGNORECASE)
#: a meeting told as what went on while the clause before it happened: "raised their relationship ... on Saturday as
#: Prime Minister Narendra Modi held talks with", "signed the deal on Monday while the two ministers met"
_AS_THEY_MET = re.compile(r"[^,;]\s+(?:as|while)\s+(?:the\s+two\b|(?-i:[A-Z]))[^.;:]{0,150}?"
                          r"\s(?:(?P<verb>held|had|hosted|opened|began|conducted)\s+(?:(?:a|an|the|their|his|her|two|"
                          r"formal|official|bilateral|delegation-level|in-depth|wide-ranging)\s+)*)?$", re.IGNORECASE)
#: the frame right before a visit's word: "during a visit by", "on the occasion of the state visit of"
_DURING_VISIT = re.compile(r"\b(?:during|on\s+the\s+occasion\s+of|at\s+the\s+time\s+of)\s+"
                           r"(?:a|an|the|his|her|their)?\s*"
                           r"(?:[\w.'-]+\s+){0,5}$", re.IGNORECASE)
#: a day told right after talks, in their own clause: "held talks in New Delhi on 28 October 2014", "... on Monday"
#: (a name's initials or a title's abbreviation inside: "held talks with Defence Minister A.K. Antony on Tuesday")
_DAY_NAMED = (r"\bon\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]+|"
              r"(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
#: (or after the apposition of the person met: "called on Major General Nguyen Hong Son, Director of the Military
#: Medical Department of the Vietnam People's Army, on 8 March")
_OWN_DAY_AFTER = re.compile(IN_CLAUSE + r"{0,60}?(?:" + _DAY_NAMED + r"|,\s+" + IN_CLAUSE + r"{3,120}?,\s+"
                            + _DAY_NAMED + r")")
#: "..., who on 25 January held talks with Lich", "and on Monday held talks": the talks' own day, told just before
#: their verb (or their noun: "on 23 May at a joint news conference")
_OWN_DAY_BEFORE = re.compile(r"\bon\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]+\.?|"
                             r"(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                             r"(?:,?\s+(?:19|20)\d\d)?,?\s+(?:(?:he|she|they|also|then)\s+)?(?:held|had|met|hold|holds|meets)?\s*"
                             # (or the noun's occasion: "announced on 23 May at a joint news conference with")
                             r"(?:(?:at|during|in)\s+(?:a|an|the|their|his|her)\s+)?$")
#: a meeting told as one more after another: "also called on", "later met", "then called on"
_ALSO_BEFORE = re.compile(r"\b(?:also|later|then|afterwards|subsequently)\s+$", re.IGNORECASE)
#: "On Wednesday, during his three-day visit": a weekday told with a visit of several days
_ONE_DAY_OF_DAYS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^.;]{0,40}?\bduring\s+"
                              r"(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:two|three|four|five|six|seven|\d)-day\b|\b(?:two|three|four|five|"
                              r"six|seven|\d)-day\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|stay)\b[^.;]{0,80}?\bon\s+"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: a stay or port call named again as the frame of what the sentence tells: "During the four-day stay,"
_DURING_THE_STAY = re.compile(r"\bduring\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}(?:stay|port\s+call)\b",
                              re.IGNORECASE)
SUB_ACTIVITY = re.compile(r"\bduring\s+(?:his|her|their|the|a|its)\s+(?:[\w-]+\s+){0,2}(?:trip|visit|stay)\b",
                          re.IGNORECASE)


def raw_triggers(text: str) -> list[RawTrigger]:
    """Every cue of the trigger lexicon in ``text`` (``data/triggers.csv``), "not an event" cues included.

    Run once over a whole article, then split by sentence.
    """
    return find_cues(text, lower_in_place(text))


#: what may come after an intransitive "followed": a time, or the clause's end ("Clinton followed that November")
_FOLLOWED_ALONE = re.compile(r"\s*[.;:]|\s*,|\s+\(|\s+(?:in|on|that|this|last|later|soon|shortly|early|late|"
                             r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+"
                             r"(?:years?|months?|weeks?|days?)\s+(?:later|after)|the\s+(?:next|following))\b")
#: (and the one before, told after a count: "the first visit by an Indian Army chief in fifteen years; General
#: Roy Chowdhury was the last, in 1995")
_FOLLOWED = re.compile(r"\bfollowed\b|\b(?:was|were)\s+the\s+last\b"
                       r"(?:\s+to\s+(?:visit|travel|come|go|call|do\s+so)\b[^,.;]{0,30}?)?(?=,?\s+(?:in|on)\s)")
#: the passive: "It was followed two years later by the USS Theodore Roosevelt", ", followed by the Ronald Reagan"
_FOLLOWED_BY = re.compile(r"(?:\b(?:was|were)\s+|,\s+)followed\s+(?:(?:[\w-]+\s+){0,4}?)by\s+")
_TITLE_WORDS = re.compile(r"(?:(?:the|of|(?-i:[A-Z])[\w.'-]*)\s+){0,6}")
_SHIP_PREFIX = r"(?:USS|INS|USNS|USCGC|HMAS|HQ-?\d+)\s+"
_CAP_RUN = r"(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})(?:\s+\([A-Z]{1,5}[\s-]?\d+\))?"
#: a ship named before "followed" ("USS Theodore Roosevelt (CVN-71)", "the Theodore Roosevelt")
_SHIP_BEFORE = re.compile(r"(?:(?P<prefix>" + _SHIP_PREFIX + r")|\b[Tt]he\s+)" + _CAP_RUN + r"\s+$")
_SHIP_AFTER = re.compile(r"(?:(?P<prefix>" + _SHIP_PREFIX + r")|the\s+)" + _CAP_RUN + r"(?!\w|'s|\s+(?-i:[A-Z]))")
#: "the Theodore Roosevelt" is a ship only where ships are spoken of
_SHIPS_SPOKEN_OF = re.compile(r"\b(?:carriers?|ships?|frigates?|destroyers?|vessels?|cutters?|corvettes?|"
                              r"submarines?|warships?|USS|INS|USNS|port\s+calls?)\b", re.IGNORECASE)


def followers(text: str, raw: list[RawTrigger], persons: list[tuple[int, int]],
              sentence_before: Callable[[int], int]) -> list[RawTrigger]:
    """Happenings told by "followed" alone: the same kind of happening as the one told just before.

    "Cohen traveled to Hanoi in March 2000, and President Clinton followed that November"; "the Carl Vinson
    called at Da Nang in 2018; the Theodore Roosevelt followed in 2020"; "It was followed two years later by
    the USS Theodore Roosevelt". The one who followed is a person of the actor base (``persons``) or a named
    ship, never a place; the happening before is the last cue from ``sentence_before(i)`` (the start of the
    sentence before the one holding offset ``i``) on.
    """
    cues = sorted((c for c in raw if c.type != NOT_AN_EVENT), key=lambda c: c.start)
    out: list[RawTrigger] = []
    for m in _FOLLOWED.finditer(text):
        by = _FOLLOWED_BY.search(text, max(0, m.start() - 6), m.end() + 60)
        if by and by.start() <= m.start() < by.end():
            subject = _SHIP_AFTER.match(text, by.end())
            # (after a title: "followed in August 2015 by Secretary of State John Kerry")
            person = next((p for p in persons if by.end() <= p[0] <= by.end() + 60
                           and _TITLE_WORDS.fullmatch(text, by.end(), p[0])), None)
            if person and re.match(r"\s*'s\b", text[person[1]:]):
                person = None  # "followed by Modi's visit": the visit is a cue of its own
        elif _FOLLOWED_ALONE.match(text, m.end()):
            subject = _SHIP_BEFORE.search(text, max(0, m.start() - 60), m.start())
            # "Clinton followed", "His successor, Mark Esper, followed"
            person = next((p for p in persons if m.start() - 3 <= p[1] <= m.start()), None)
            if person is None and m.group(0).startswith(("was", "were")) and ranked_name_ends_at(
                    text, m.start() - 1):
                person = (m.start() - 1, m.start() - 1)  # "General Roy Chowdhury was the last": an officer
        else:
            continue
        if subject is None and person is None:
            continue
        lo = sentence_before(m.start())
        prev = [c for c in cues if lo <= c.start < m.start()]
        if not prev or any(c.start < m.end() and m.start() < c.end for c in raw):
            continue
        last = prev[-1]
        if person is None:
            if subject.group("name") in place_names():
                continue  # "the Philippines followed": a country, not a ship
            if last.type != "visit" or not (subject.group("prefix") or _SHIPS_SPOKEN_OF.search(text, lo, m.start())):
                continue  # "the Pentagon followed": no ship
        out.append(RawTrigger(last.type, m.start(), m.end(), last.cameo))
    return out


_PLACE_BEFORE = re.compile(r"\b((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+$")
#: a happening told before, counted in a clause of its own: "It was Mattis' second trip to Vietnam this year",
#: "This is the first visit by an Indian navy chief since 2019"
_COUNTED_AGAIN = re.compile(r"\s*(?:It|This|That)\s+(?:was|is|marks|marked)\s+(?:also\s+)?"
                            r"(?:(?:the|his|her|their|its)\s+)?(?:[\w.-]+(?:'s|’s|'|’)\s+)?"
                            r"(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|latest)\s+)"
                            r"(?:[\w-]+\s+){0,2}$")
#: an item of a list of ships and their calls: ": the Carl Vinson in March 2018, the Theodore Roosevelt two years
#: later ..., and the Ronald Reagan from June 25-30, 2023", "the third carrier visit, after USS Carl Vinson in
#: March 2018"
_LISTED_SHIP = re.compile(r"(?:[:;]|,(?:\s+and)?|\s+(?:and|after|following|including))\s+(?:the\s+)?"
                          r"(?P<prefix>" + _SHIP_PREFIX + r")?"
                          r"(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})(?:\s+\([A-Z]{1,5}[\s-]?\d+\))?"
                          r"\s+(?=(?:in|on|from)\s+(?:(?:early|late|mid-?)\s*)?(?:" + MON + r"|(?:19|20)\d\d)\b|"
                          r"(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?)\s+later\b|"
                          r"(?:this|last)\s+" + MON + r"\b)")


def listed_ships(text: str, raw: list[RawTrigger], sentence_end: Callable[[int], int]) -> list[RawTrigger]:
    """Ships listed with their dates after a call told once: each item is a call of its own.

    "Three aircraft carriers have called at Da Nang: the Carl Vinson in March 2018, the Theodore Roosevelt two
    years later, and the Ronald Reagan from June 25-30, 2023"; "Carriers followed: Carl Vinson in 2018, Theodore
    Roosevelt in 2020". Only where ships are spoken of, after a visit's cue (or "followed") in the sentence.
    """
    out: list[RawTrigger] = []
    heads = [c.end for c in raw if c.type == "visit"] + [m.end() for m in _FOLLOWED.finditer(text)]
    for head in sorted(set(heads)):
        end = sentence_end(head)
        if not _SHIPS_SPOKEN_OF.search(text, max(0, head - 120), end):
            continue
        pos = head
        while (m := _LISTED_SHIP.match(text, pos)) or (m := _LISTED_SHIP.search(text, pos, end)):
            if m.start() >= end or m.group("name") in place_names():
                break
            if not any(c.start < m.end("name") and m.start("name") < c.end for c in raw + out):
                out.append(RawTrigger("visit", m.start("name"), m.end("name"), "042"))
            pos = m.end()
    return out


#: a who-clause opened before a trigger and not yet closed: "General Giang, who landed"
_WHO_OPEN = re.compile(r",\s+who\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_WHO_IS_ON = re.compile(r",\s+who\s+(?:is|are)\s+(?:on|in|making|paying)\b[^,;]*$", re.IGNORECASE)
#: a clause of time opened after a plan word, reaching the trigger: ", when Trump visited", ", after he met"
#: (a when-clause needs no comma: "Observers expected an upgrade when Air Force One touched down on Sunday")
#: (an appositive set off by two commas may stand in it: "when the Chief of the Army Staff, General V.K. Singh, met")
_WHEN_CLAUSE_OPEN = re.compile(r",\s+(?:when|after|as|before|since)\s+(?:[^,;]*,\s+[^,;]*,\s+)?[^,;]*$|"
                               r"\swhen\s+(?:[^,;]*,\s+[^,;]*,\s+)?[^,;]*$|"
                               # ("agreed to strengthen cooperation as General Singh held talks here": a clause of
                               # its own subject, named; not "as partners", "such as")
                               r"(?<!such)\sas\s+(?=(?-i:[A-Z])|(?:the|his|her|their)\s)(?:[^,;]*,\s+[^,;]*,\s+)?[^,;]*$",
                               re.IGNORECASE)


def _is_past(trigger_text: str) -> bool:
    """Whether a trigger opens on a verb in the past tense ("visited", "met", "held talks")."""
    word = trigger_text.split()[0].lower() if trigger_text.split() else ""
    return word.endswith("ed") or word in past_forms()


def _has_past_verb(clause: str) -> bool:
    """Whether a clause of time has a verb of the past ("when General Singh held"), not one still to come."""
    words = re.findall(r"[A-Za-z]+", clause)
    if any(w.lower() in ("will", "would", "shall") for w in words):
        return False
    return any(w[0].islower() and _is_past(w) for w in words[1:])


#: aircraft as the subject of an arrival by air: delivered, not visiting
#: (not a traveller's own plane: "His aircraft touched down on Sunday evening", "their jet touched down")
_AIRCRAFT_BEFORE = re.compile(r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
                              r"\b(?:trainers|jets|aircraft|helicopters|planes|fighters|drones)\b[^,;]*$",
                              re.IGNORECASE)
#: a drill of one unit (singular "its"), not of two sides: "a commando squad went through its drills", "the
#: regiment at its morning drill" (but "the two navies began their drills" is joint)
_ITS_BEFORE = re.compile(r"\bits\s+(?:own\s+)?(?:[a-z-]+\s+)?$")
_ITS_OWN_DRILL = re.compile(r"(?:drills?|exercises?|training)\b", re.IGNORECASE)


#: a happening the main clause's plan follows: "will help ..., following talks", "following delegation-level talks"
_FOLLOWING_JUST_BEFORE = re.compile(r"\bfollowing\s+(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: (unless the happening is itself to come: "following talks next week", "following talks due on Friday")
_TO_COME_AFTER = re.compile(r"[^.;]{0,80}?\b(?:next|coming|tomorrow|later\s+this|due|scheduled|planned|expected)\b",
                            re.IGNORECASE)


def find_triggers(sentence: str, raw: list[RawTrigger] | None = None) -> list[Trigger]:
    """Event triggers in a sentence, multilateral forums left out; plans are marked ``future``.

    ``raw`` is :func:`raw_triggers` of the sentence (offsets in the sentence), if already at hand.
    Cues come in lexicon order: an earlier cue's span, "not an event" ones too, blocks later overlaps.
    """
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    for cue in (raw_triggers(sentence) if raw is None else raw):
        etype, start, end = cue.type, cue.start, cue.end
        if any(s < end and start < e for s, e in taken):
            continue
        if etype == NOT_AN_EVENT or CALLED_OFF.match(sentence, end) or _NEGATED.search(sentence, max(0, start - 60),
                                                                                     start):
            taken.append((start, end))  # (and "no vessel has yet been delivered": what did not happen)
            continue
        if _IF_CLAUSE.search(sentence, 0, start):
            continue  # "If the memorandum is followed by port calls and joint training, ...": a condition
        if (contents := _DOCUMENT_CONTENTS.search(sentence, 0, start)) and not _NEW_CLAUSE_IN_LIST.search(
                contents.group("list")):
            continue  # "a memorandum ... covering high-level dialogue and ship visits": what it provides for
        before = sentence[:start]
        named = _PLACE_BEFORE.search(before) if sentence[start:end].lower() == "discussed" else None
        if named and named.group(1) in place_names():
            continue  # "India and Vietnam discussed visit-related costs": two countries, no meeting told
        if etype == "visit" and sentence[start:end].lower().startswith("touch") and _AIRCRAFT_BEFORE.search(before):
            continue  # "the first five T-6C trainers for Vietnam's air force touched down": a delivery, not a visit
        if etype == "exercise" and _ITS_OWN_DRILL.match(sentence, start) and _ITS_BEFORE.search(before):
            continue  # "watched a commando squad go through its drills": one unit's own, watched by a guest
        if cue.cameo == HOSTING and _hosted_for_a_gathering(sentence, end):
            continue  # "The city hosted President Trump for the APEC summit": the gathering's guest
        # "travelled to Hanoi in October for the inaugural ADMM-Plus meeting": the gathering's guest (told as a
        # happening named again, so its clause still keeps its dates and people from the sentence's other words)
        # (not an arrival, whose day the meeting "where he held talks" keeps)
        gathering_guest = (etype == "visit" and not _ARRIVAL_WORD.match(sentence, start)
                           and _travelled_for_a_gathering(sentence, end))
        if etype == "summit" and (_forum_before("summit").search(before) or _named_gathering(before)):
            continue
        if etype == "dialogue" and _forum_before("dialogue").search(before):  # "the Shangri-La Dialogue"
            continue
        if etype in ("talks", "summit", "dialogue") and _forum_after().match(sentence, end):
            continue  # "a day after both attended the first meeting of ASEAN defence ministers": a multilateral one
        if _IMAGINED_AFTER.match(sentence, end):
            continue  # "Fifteen years ago a visit like this would have been hard to imagine": a kind, not a happening
        # a plan cue earlier in the clause; a dated past happening survives it (see extract)
        plan = FUTURE_BEFORE.search(before[-160:])
        if plan is None and _HEADLINE_TO.match(before) and not _FINITE_AFTER.search(sentence, end):
            plan = _HEADLINE_TO.match(before)  # "Indian warships to visit Cam Ranh in June, officials say"
        if plan and _FOLLOWING_JUST_BEFORE.search(before) and not _TO_COME_AFTER.match(sentence, end):
            plan = None  # "India will help Vietnam ..., following talks in Hanoi on Wednesday": the talks were held
        if plan and _AGREED.match(plan.group(0)) and (
                _PAST_FRAME.search(before) or (_AT_THE.search(before) and not _TO_BE_MADE_AT.search(before))):
            plan = None  # "agreed on Thursday to expand ties after talks between Modi and Chinh": the talks were held
        if plan and etype == "partnership_upgrade" and _AGREED_TO_RAISE.match(plan.group(0)):
            plan = None  # "agreed Sunday to raise relations to ...": an upgrade is made by the agreement to it
        if plan and etype == "partnership_upgrade" and _AGREED_TO_IT.fullmatch(before[-160:], plan.start()):
            plan = None  # "the leaders agreed to the Comprehensive Strategic Partnership": agreed, so made
        if plan and etype == "partnership_upgrade" and _ANNOUNCED_WOULD.search(before):
            plan = None  # "the two leaders announced that relations would be raised to ...": announcing it made it
        if plan and plan.group(0).lower().startswith(("to visit", "to hold")) and _FIRST_OF_A_KIND.search(
                before[-160:], 0, plan.start()):
            plan = None  # "Modi, the first Indian prime minister to visit Vietnam in 15 years, arrived ...": made
        if plan and _MADE_AT.search(before[-160:], max(0, len(before[-160:]) - 100)):
            # "have agreed to help each other, one of two documents signed at the dialogue held on Monday": the
            # happening a document was made at was held (but "is to be signed at the dialogue" is still to come)
            plan = None
        recalled = _RECALL_THAT.search(before)
        recalled = recalled if recalled and not FUTURE_BEFORE.search(recalled.group("rest")) else None
        if plan and recalled and len(before) - len(before[-160:]) + plan.start() < recalled.start("rest"):
            plan = None  # "Old hands will recall that in December 2020 Kiltan sailed ..., berthing at": what is
            # recalled happened; the plan is the recalling
        if plan and _in_a_closed_clause(before[-160:], plan):
            plan = None  # "USS Roosevelt, which sailed ... for a scheduled deployment, pulled into Da Nang": the
            # plan is the which-clause's, closed before the happening's verb
        if plan and _plan_of_its_relative_clause(sentence, start - len(before[-160:]) + plan.start(), start, end):
            plan = None  # "Two Indian ships that are due at Sasebo later this month paid a port call at Cam Ranh":
            # the plan is the that-clause's; the main clause's past verb tells the happening
        if plan and (made := _MADE_IN_ITS_CLAUSE.match(sentence, start)) is not None and made.end() > end:
            plan = None  # "to carry forward the partnership that the two countries launched in July last year": made
        if plan and _SAID_AFTER.search(before):
            plan = None  # "India will supply vessels, Modi said today after talks with Dung": the talks were held
        if plan and _SINCE_WORD.search(plan.group(0)):
            plan = None  # "will mark a quarter century since Clinton announced the normalization": that happened
        if plan and _AT_THE_INVITATION.match(plan.group(0)) and "," in plan.group(0) \
                and (_has_past_verb("then " + plan.group(0).rsplit(",", 1)[1]) or _is_past(sentence[start:end])):
            # (the clause after the frame's last comma may open on its verb: "..., the Prime Minister of Viet Nam,
            # H.E. Mr. Pham Minh Chinh, paid a State Visit": "then" stands for the clause's opening word)
            plan = None  # "At the invitation of Prime Minister Phuc, Prime Minister Modi paid an official visit": made
        when = _WHEN_CLAUSE_OPEN.search(plan.group(0)) if plan else None
        if when and (_is_past(sentence[start:end]) or _has_past_verb(when.group(0))):
            # "The visit was agreed in November, when Trump visited Hanoi", "agreed to widen cooperation, when
            # General Singh held talks in Hanoi": a past verb of its own clause
            plan = None
        # a who-clause's verb is its own: a past one tells a happening ("General Giang, who landed in the capital on
        # the 1st, will leave on Sunday"), a present one shares the main clause's plan ("Singh, who arrives in Hanoi
        # on Friday, will meet Chinh"), however long the subject before it
        who = _WHO_OPEN.search(before) is not None
        subject_plan = FUTURE_SUBJECT.search(sentence)
        plan_at = subject_plan.end() - len(subject_plan.group(0).split()[-1]) if subject_plan else -1
        if subject_plan and _plan_of_its_relative_clause(sentence, plan_at, start, end):
            subject_plan = None  # "An Indian frigate which will join the Malabar drills later visited Da Nang"
        if subject_plan and plan_at >= end and _is_past(sentence[start:end]) \
                and _RELATIVE_OF_A_THING.search(sentence, 0, plan_at):
            subject_plan = None  # "Thanh arrived in India on Saturday for a visit that will last until Tuesday": the
            # plan is the that-clause's, of the visit the arrival began
        future = bool(plan or ((not _is_past(sentence[start:end]) if who else start < 40)
                               and subject_plan and not recalled))
        # ("Admiral Kumar, who is on an official visit to Vietnam, is also to travel to Hai Phong": the plan is the
        # main clause's; the visit told in the who-clause is going on)
        future = future or bool(FUTURE_AFTER.match(sentence, end) and not _WHO_IS_ON.search(before))
        if future and not plan and _HELD_SET_OFF.match(sentence, end):
            future = False  # "The 15th Dialogue, held in Hanoi on Monday, will not dominate headlines": held
        if future and not plan and _BEGAN_ON.match(sentence, end):
            future = False  # "The exercise, which began on Monday, is scheduled to run until November 23": begun
        anaphoric = ((_anaphoric(before) and not _NAMED_PAIR.search(before))
                     or _anaphoric_at_clause_end(sentence, start, end)
                     # "Peterson described the talks as very cordial": the talks told before, judged (an upgrade's
                     # noun names its level: "hailed the upgrade to a comprehensive strategic partnership on Sunday")
                     or (bool(_JUDGED.search(before)) and etype != "partnership_upgrade"))
        if anaphoric and _STARTED.match(sentence, end):
            anaphoric = False  # "The exercise began on November 4": the happening told again, with its start
        if anaphoric and _TOLD_FRAME.search(before) and (_is_past(sentence[start:end])
                                                         or _has_past_verb(" " + sentence[start:end])):
            # "After the talks the Indian defence secretary called on General Giang": the frame names the talks told
            # before; the clause after it, with its own subject and verb, tells a happening of its own
            anaphoric = False
        if anaphoric and (_SPECIFIED.match(sentence, start) or _ORDINAL_JUST_BEFORE.search(sentence, 0, start)
                          or _YEAR_JUST_BEFORE.search(sentence, 0, start)
                          or _AN_EARLIER_ONE.search(sentence, 0, start)):
            # "The fourth edition was held in Hanoi", "At the 14th dialogue, held in New Delhi on August 1": an
            # ordinal picks out a happening of its own
            anaphoric = False
        dated_after = _DATED_AFTER.match(sentence, end) or _HELD_ON_ITS_DAY.match(sentence, end)
        if dated_after and (dated_after.re is _HELD_ON_ITS_DAY or dated_after.group("held")
                            or dated_after.group("bare")) and etype == "talks":
            dated_after = None  # (talks, the word for any meeting, may be a summit or a session told before)
        if anaphoric and (dated_after or _ON_ITS_WEEKDAY.match(sentence, end)) \
                and not (sentence.startswith(",", end) and _TIME_FRAME_OPENER.fullmatch(before)):
            # "At the virtual summit of 21 December 2020", "At the ceremony on Wednesday": its own date picks it out
            # (not the main clause's, after a frame of time closed by its comma: "A week before the drill, on June
            # 11, Carter held a call")
            anaphoric = False
        if anaphoric and etype == "partnership_upgrade" and _dated_origin_clause(sentence, end):
            anaphoric = False  # "the normalization of relations, which Clinton announced in July 1995": its date
        if anaphoric and _BY_WHOM.match(sentence, end):
            anaphoric = False  # "during the visit of then Prime Minister Rao": its visitor picks it out
        if anaphoric and _OF_THEIR_OWN.search(before) and _WITH_WHOM.match(sentence, end):
            anaphoric = False  # "at the start of her meeting with Prime Minister Chinh": its other side picks it out
        if anaphoric and _A_CLAUSE.search(sentence, start, end):
            anaphoric = False  # "The relationship was elevated to ...": "The" is its subject's, the verb tells it
        if not anaphoric and _POSSESSIVE_NAMED_AGAIN.match(sentence, end) and _THE_BEFORE.search(before) \
                and not _ORDINAL_JUST_BEFORE.search(sentence, 0, start):
            anaphoric = True  # "Per the dialogue's outcome", "the visit's main event": the happening told before
        if _COUNTED_AGAIN.match(before):
            anaphoric = True  # "It was Mattis' second trip to Vietnam this year": the happening told, counted
        found.append(Trigger(etype, start, end, sentence[start:end], anaphoric or gathering_guest, future,
                             cue.cameo, cue.counted))
        taken.append((start, end))
    found.sort(key=lambda t: t.start)
    # "arrived in Da Nang for a scheduled port visit June 25": the visit an arrival was made for is under way
    found = [replace(t, future=False) if t.future and t.type == "visit" and any(
        a.type == "visit" and not a.future and a.end <= t.start and _is_past(a.text)
        and _ARRIVED_FOR.fullmatch(sentence, a.end, t.start) for a in found) else t for t in found]
    # "met the Prime Minister during his trip to Hanoi": the meeting belongs to the visit
    # (but "On Wednesday, during his three-day visit, Singh held talks": a day of a visit of days is the talks' own)
    # (nor "During the visit of Dung from 27 to 28 October, Modi and Dung held talks on 28 October": talks told with
    # a day of their own, right after them)
    if (SUB_ACTIVITY.search(sentence) and any(t.type == "visit" for t in found)
            and not _ONE_DAY_OF_DAYS.search(sentence)):
        # (nor "Chinh also called on President Murmu during the visit": a meeting told after another, as one of its
        # own, which the codebook dates to the day of the one before)
        found = [t for t in found if t.type != "talks" or _OWN_DAY_AFTER.match(sentence, t.end)
                 or _OWN_DAY_BEFORE.search(sentence, max(0, t.start - 60), t.start)
                 or _ALSO_BEFORE.search(sentence, max(0, t.start - 14), t.start)]
    # "The group also visited the Khe Sanh combat base", "Separately, the Vietnamese trainees visited the Naval
    # Dockyard on Monday": a group told before, touring a place on its stay, makes no visit of its own
    # (not a country visited: "The delegation also visited India in 2019", a trip of its own)
    found = [t for t in found if not (t.type == "visit" and _TOURING.match(t.text)
                                      and (g := _THE_GROUP_ALSO.search(sentence, 0, t.start)) is not None
                                      and (g.group("also") or g.group("aside"))
                                      and not _A_COUNTRY_AFTER.match(sentence, t.end))]
    # "During the four-day stay, the commanding officer called on Rear Admiral Khiem": a call of the stay told
    # before, with no day of its own, is part of its programme (a call told with its day is a meeting of its own)
    if _DURING_THE_STAY.search(sentence) and not find_dates(sentence):
        found = [t for t in found if t.type != "talks" or _ALSO_BEFORE.search(sentence, max(0, t.start - 14), t.start)]
    # "met virtually today at the eleventh Political, Security and Defense Dialogue": the meeting is the session
    found = [replace(t, type="dialogue", cameo="040") if t.type == "talks" and t.cameo != SIGNING and any(
        d.type == "dialogue" and d.start > t.end and _AT_SESSION.match(sentence[t.end:d.start]) for d in found)
        else t for t in found]
    # "signed in Washington in September 2011 at the second Defense Policy Dialogue": the signing's meeting is the
    # session it was signed at, no talks of its own
    found = [t for t in found if not (t.cameo == SIGNING and any(
        d.type == "dialogue" and d.start > t.end and _AT_SESSION.match(sentence[t.end:d.start]) for d in found))]
    # "The annual Defense Policy Dialogue met in Washington": the session met; its meeting is no other talks
    found = [t for i, t in enumerate(found)
             if not (i and t.type == "talks" and t.text.lower() in ("met", "meets") and found[i - 1].type == "dialogue"
                     # ("The Political, Security and Defense Dialogue last met, for the 13th time, in Hanoi")
                     and _BETWEEN_SESSION_AND_MET.fullmatch(sentence, found[i - 1].end, t.start))]
    # "called upon and interacted with": adjacent triggers of one type are one trigger
    merged: list[Trigger] = []
    for t in found:
        gap = sentence[merged[-1].end:t.start] if merged else ""
        # "Modi hosted Vietnamese Prime Minister Chinh for talks": one clause, one meeting
        if (merged and merged[-1].type == t.type and merged[-1].future == t.future
                # ("in the same ceremony, passed into the hands of": the happening named again, then a verb of its own)
                # (nor "The drill capped a four-day workshop": the happening told before, then one told anew)
                and not (merged[-1].anaphoric and not t.anaphoric
                         and (re.fullmatch(r"\s*,\s*", gap) or re.search(r"\ban?\s+$", gap)))
                # ("After the talks the Indian defence secretary called on ...": the talks told before, then a call)
                # (nor "and after the talks he was received by Trong": the frame's noun, then a meeting of its own)
                and not (not t.anaphoric and (frame := _TOLD_FRAME.search(sentence, 0, t.start)) is not None
                         and (merged[-1].anaphoric or _FRAME_NOUN.fullmatch(sentence, frame.start(), merged[-1].start)))
                and (len(gap) < 25 or (t.type == "talks" and len(gap) < 70 and not re.search(r"[,;]|\band\b", gap)))
                and not re.search(r"\d", gap) and not _DATE_WORD.search(gap) and not _RELATES.search(gap)
                # ("after his talks with President Quang he sat down with ...": a clause with a subject of its own)
                and not (t.type in ("talks", "summit") and re.search(r"\s(?:he|she|they)\s", gap, re.IGNORECASE))
                # ("a Pacific Partnership mission and a Pacific Angel event": two named series, two happenings;
                # but "a joint Pacific Partnership and Pacific Angel mission" is one)
                and not (_NAMED.match(merged[-1].text) and _NAMED.match(t.text) and re.search(r"\band\b", gap)
                         and not re.search(r"\bjoint\s+$", sentence[:merged[-1].start]))
                # ("raised relations from a Strategic Partnership, established in 2007, to ...": two steps)
                and t.type != "partnership_upgrade"):
            # (a compound is told again as its head noun is: "The handover ceremony, held in Dong Ha on 17
            # September": the head's own date picks it out)
            merged[-1] = replace(merged[-1], end=t.end, text=sentence[merged[-1].start:t.end],
                                 anaphoric=t.anaphoric if not gap.strip() else merged[-1].anaphoric)
        else:
            merged.append(t)
    return merged


#: a clause a reader is told to recall, or a speaker will say: "will recall that", "may remember that"
_RECALL_THAT = re.compile(r"\b(?:recall|remember|note|know|say|tell\s+\w+|agree|acknowledge|point\s+out)\s+that\b"
                          r"(?P<rest>[^;]*)$", re.IGNORECASE)


def _in_a_closed_clause(before: str, plan: re.Match[str]) -> bool:
    """Whether a plan cue lies in a who- or which-clause closed by a comma before the trigger ("Admiral Kumar, who
    is due to retire next year, arrived in Hanoi on Tuesday")."""
    opened = [m.end() for m in _RELATIVE_OPENS.finditer(before, 0, plan.start())]
    return bool(opened) and "," not in before[opened[-1]:plan.start()] and "," in before[plan.start():]


_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\b", re.IGNORECASE)
#: a sentence's subject with its that-, which- or who-clause, up to the clause's plan word: "Two Indian Navy ships
#: that are due at Sasebo" (no comma or dash before the pronoun: the subject's own clause, not one told after a verb)
_SUBJECT_THAT = re.compile(r"^\W*(?:[\w'’.-]+\s+){1,8}(?:that|which|who)\s+(?:(?:is|are)\s+)?$", re.IGNORECASE)
#: an infinitive right before the happening's word: the plan's own ("which is expected to be handed over")
_TO_BEFORE = re.compile(r"\bto\s+(?:be\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_BE_OR_TO = frozenset("to be is are was were been being".split())
#: a that- or which-clause of a thing, right before its plan word: "for a visit that will last until Tuesday"
_RELATIVE_OF_A_THING = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)


def _plan_of_its_relative_clause(sentence: str, plan_at: int, start: int, end: int) -> bool:
    """Whether a plan's word opens the that-, which- or who-clause of the sentence's subject and the happening is
    told by the main clause's past verb after it ("Two Indian ships that are due at Sasebo later this month paid a
    port call at Cam Ranh")."""
    if not 0 <= plan_at < start or not _SUBJECT_THAT.match(sentence[:plan_at]) \
            or _TO_BEFORE.search(sentence, 0, start):
        return False
    if _is_past(sentence[start:end]):
        return True
    words = re.findall(r"[A-Za-z]+", sentence[plan_at:start])
    # (a participle after "to be" or "is" is the plan's own: "that are expected to be completed")
    return any(w.islower() and _is_past(w) and words[k - 1].lower() not in _BE_OR_TO
               for k, w in enumerate(words) if k >= 2)


#: a document made at a happening, told by its past participle: "documents signed at the", "a roadmap adopted
#: during their", "the credit line agreed after" (not "to be signed at", "being signed at")
_MADE_AT = re.compile(MADE_AT + r"\s+(?:(?:the|their|its|his|her|a|an|this|last)\s+)?(?:[\w'’-]+\s+){0,8}$",
                      re.IGNORECASE)
#: what lies between an arrival and the visit it was made for: " Da Nang, Vietnam, for a scheduled " (a place,
#: then "for" a visit)
_ARRIVED_FOR = re.compile(r"[^.;]{0,60}?\bfor\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
#: the first (or only, or last) of a kind "to visit": what someone did, not a plan
_FIRST_OF_A_KIND = re.compile(r"\b(?:first|second|third|fourth|last|only|latest|most\s+senior|highest[- ]ranking)\s+"
                              r"(?:[\w'’.-]+\s+){0,6}$", re.IGNORECASE)
#: (or its relative clause: "the Security Dialogue, which met in Hanoi on 3 July")
_BETWEEN_SESSION_AND_MET = re.compile(r"(?:,\s*(?:which|that)\s+(?:has\s+|had\s+)?)?"
                                      r"\s*(?:(?:last|again|first|next|also|then|once|most\s+recently)\s*)?",
                                      re.IGNORECASE)
#: "The visit follows the visit of General Singh in July": two happenings, one set beside the other
_RELATES = re.compile(r"\b(?:follow(?:s|ed|ing)?|preced(?:es|ed|ing)|(?:came|comes|coming)\s+(?:after|before)|"
                      r"(?:a\s+)?(?:sequel|successor)\s+to|"
                      r"buil(?:t|ds)\s+on|repaid|returned|returns|reciprocat\w*|mirror(?:s|ed)|echo(?:es|ed))\b",
                      re.IGNORECASE)


def _anaphoric_at_clause_end(sentence: str, t_start: int, t_end: int) -> bool:
    """ "... a fortnight to learn the ship before the handover.": a happening named again at the end of a
    clause, after "before/after/since/during the"."""
    if _SAID_AT_THE.search(sentence, 0, t_start) and _SAID_END.match(sentence, t_end):
        return True
    return bool(_REFERENCE_BEFORE.search(sentence, 0, t_start)) and bool(_CLAUSE_END.match(sentence, t_end))


#: where a quotation was spoken: '"...," Schneider said at the ceremony.', "the minister told reporters at the
#: end of the talks." (a happening told before, named again as the place of the words)
_SAID_AT_THE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|the\s+media|the\s+gathering)|"
                          r"added|noted|remarked|declared|stated)\s+(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,2}$",
                          re.IGNORECASE)
#: (the words' clause ends there, or its source follows: "said at the ceremony, according to a release")
_SAID_END = re.compile(r"\s*(?:[.;:!?]|$|,\s+(?:according\s+to|citing|quoted\s+by)\b)", re.IGNORECASE)


#: a part of a happening named with no article of its own: "at the end of talks in Hanoi", "at the close of
#: two-day talks" (but "at the end of the talks", "of their talks" name talks told before)
_END_OF_BARE = re.compile(r"\b(?:end|close|conclusion|start|beginning|opening)\s+of\s+"
                          r"(?!(?:the|their|these|those|his|her|its|this|that)\b)(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


#: a frame of time whose happening is named and closed before the trigger's clause: "After the talks the Indian
#: defence secretary called on", "Following the meeting, Singh met"
#: the frame's words up to its noun: "after the ", "following their "
_FRAME_NOUN = re.compile(r"(?:after|following|before|ahead\s+of)\s+(?:the|their|these)\s+(?:[\w-]+\s+){0,2}",
                         re.IGNORECASE)
_TOLD_FRAME = re.compile(r"\b(?:After|Following|Before|Ahead\s+of)\s+(?:the|their|these)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:talks|meeting|meetings|ceremony|dialogue|session|signing|summit)\s*,?\s+[^,;]{0,80}$",
                         re.IGNORECASE)


#: a day told, then "the day after|before" and the happening it is set against: "on Oct. 17, the day after talks"
_SET_AGAINST_A_DAY = re.compile(r"(?:\b\d{1,2}(?:\s+" + MON + r")?|\b" + MON + r"\.?\s+\d{1,2}),\s+the\s+day\s+"
                                r"(?:after|before)\s+"
                                r"(?:(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: a sentence that opens on a frame of time set by a happening named again: "A week before the Hai Phong ",
#: "After the ", "Two days ahead of the annual "
_TIME_FRAME_OPENER = re.compile(r"\s*(?:(?:[\w-]+\s+)?(?:days?|weeks?|months?)\s+)?"
                                r"(?:before|after|following|ahead\s+of)\s+the\s+(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)


def _anaphoric(before: str) -> bool:
    """A trigger that names a happening told before: "During the talks", but "The visit" only when it
    opens the sentence bare ("The Indian minister's visit on June 8" is a happening of its own)."""
    m = ANAPHORA.search(before)
    if m is None:
        return False
    opener = m.group(0).lstrip(",; ")
    if _END_OF_BARE.search(before):
        return False  # "at the end of delegation-level talks in New Delhi": talks told here for the first time
    if re.match(r"(?:on\s+)?(?:the\s+|a\s+)?(?:same\s+)?day\s+(?:after|before|of|following|preceding|as)\s", opener,
                re.IGNORECASE):
        # "The day after the summit": named to date another (but "The same day he met Lam": his own; and "on Oct. 17,
        # the day after talks in Hanoi": set against the day just told, a happening told here, dated from it)
        return not _SET_AGAINST_A_DAY.search(before)
    return (not re.match(r"(?:The|This|That|These|Those)\s", opener, re.IGNORECASE)
            or bool(_ANAPHORA_HEAD.match(before)))


#: a full date right after a happening's word: "the summit of 21 December 2020", "the visit in June 2022", "the
#: state visit to India from 30 July to 1 August"
#: "the call on the evening of February 7", "the talks of March 3": a day of the month picks one out too
#: a weekday right after a happening's word: "At the ceremony on Wednesday", "during the meeting on Monday"
_ON_ITS_WEEKDAY = re.compile(r"(?:\s+(?:ceremony|ceremonies|meeting|talks))?"  # ("The handover ceremony at ...")
                             r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+on\s+"
                             r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DATED_AFTER = re.compile(r"(?:\s+to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"  # "visit to India from"
                          # ("The handover ceremony, held in Dong Ha on 17 September,": its own clause dates it; but
                          # "The talks, held on Oct. 28-29," may name the dialogue told before: see find_triggers)
                          r"(?P<held>,\s+(?:held|(?:which|that)\s+(?:was|were)\s+held|(?:which|that)\s+took\s+place)"
                          r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})?)?"
                          r"(?:,?\s+(?:of|on|in|from)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|"
                          # ("The subject matter expert exchange, Oct. 28-Nov. 1, focused on": its days set off
                          # by commas, with no word before them)
                          r"(?P<bare>,)\s+(?=(?:\d{1,2}(?:\s*(?:-|–)\s*\d{1,2})?\s+" + MON + r"|" + MON
                          + r"\s+\d{1,2}\b)[^,;]{0,30},))"
                          r"(?:\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\s+" + MON + r"(?:,?\s+\d{4})?|" + MON
                          + r"\s+(?:\d{1,2}(?:,?\s+\d{4})?|\d{4}))\b")
#: its own clause, held on a weekday or a day told without "on": "The dialogue, held on Wednesday,", "The search and
#: rescue drill, held Monday, Aug. 5"
_HELD_ON_ITS_DAY = re.compile(r",\s+(?:held|(?:which|that)\s+(?:was|were)\s+held|(?:which|that)\s+took\s+place)"
                              r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})?"
                              r"(?:\s+on)?\s+"
                              r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:\d{1,2}\s+)?" + MON
                              + r"(?:\s+\d{1,2})?\b)")
#: "the visit of then Prime Minister P.V. Narasimha Rao", "the visit by President Quang": named by whose it was
#: a trigger that holds its own finite verb ("relationship was elevated to") is a clause, not a noun named again
_A_CLAUSE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s", re.IGNORECASE)
#: (the ordinal may stand before the series' name: "the 15th India-Vietnam Defence Policy Dialogue"; but not a day
#: of the month told earlier in the sentence: "arrived on the night of the 2nd and, after the talks, also met")
_ORDINAL_JUST_BEFORE = re.compile(r"(?:" + ORDINAL.pattern + r")(?:\s+(?-i:[A-Z])[\w.'’–-]*){0,5}\s+$", re.IGNORECASE)
#: (or by its year: "nine years after the 2007 Strategic Partnership", "since the 2016 visit")
#: (or as one before the one told: "At the previous round, in New Delhi in August last year", "the preceding
#: dialogue")
_AN_EARLIER_ONE = re.compile(r"\bthe\s+(?:previous|preceding|prior|earlier)\s+$", re.IGNORECASE)
_YEAR_JUST_BEFORE = re.compile(r"\bthe\s+(?:19|20)\d\d\s+$", re.IGNORECASE)
#: (or by the pair who held it: "the talks between Prime Minister Manmohan Singh and ...")
_BY_WHOM = re.compile(r"(?:\s+to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"  # ("the visit to Ha Noi of ...")
                      r"\s+(?:of|by)\s+(?:then[- ])?(?-i:[A-Z])[\w.'-]*|"
                      r"\s+between\s+(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,5}\s+and\s")
#: a part of a happening that is someone's own: "at the start of her meeting", "at the end of his talks"
_OF_THEIR_OWN = re.compile(r"\b(?:end|close|conclusion|start|beginning|opening|outset)\s+of\s+(?:his|her|their)\s+"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: (named by whom it was with: "her meeting with Prime Minister Chinh")
_WITH_WHOM = re.compile(r"\s+with\s+(?:the\s+)?(?:visiting\s+)?(?:[\w-]+\s+)?(?-i:[A-Z])")
_SPECIFIED = re.compile(ORDINAL.pattern + r"|(?:previous|latest|inaugural|maiden)\b|"
                        # ("At the following year's session, in 2011": the one after the one told)
                        r"(?:following|next)\s+year's\s", re.IGNORECASE)
#: (or a clause of its own subject opened on "as" after a comma: "elevated ties on Sunday, as Biden held talks with
#: Trong"; not "as partners", "such as")
#: a word of a clause, or the full stop of an initial or a title's abbreviation ("U.S. President", "Gen. Giang")
_CLAUSE_CHAR = r"(?:[^,;.]|(?<=\b[A-Z])\.|(?<=\b(?:Gen|Col|Maj|Adm|Sgt))\.|(?<=\b(?:Lt|Dr|Mr|Ms))\.)"
_WHEN_CLAUSE = re.compile(r",?\s+when\s+" + _CLAUSE_CHAR + r"{0,80}|,\s+as\s+(?=(?-i:[A-Z])|(?:the|his|her|their)\s)"
                          + _CLAUSE_CHAR + r"{0,80}")
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s")
#: the next main clause, opened on a subject of its own: ", and it came", "; they were"
#: the words of a count just before the happening it counts from: "the 15th anniversary of", "15 years of the"
_COUNTED_JUST_BEFORE = re.compile(r"\b(?:anniversary\s+of|years?\s+(?:of|since|after))\s+(?:the\s+)?$", re.IGNORECASE)
#: (or a with-phrase of its own subject and participle: ", and with Vietnam chairing ASEAN this year")
_NEXT_CLAUSE_OWN = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?:(?:it|they|this|he|she)\s+[a-z]+|"
                              r"with\s+(?:[\w.'’-]+\s+){1,3}?[a-z]+ing\b|"
                              # (or a subject of its own in the perfect: ", and Vietnamese officers have been on
                              # courses in Goa since September", "; the two militaries have cooperated since 1988")
                              r"(?:(?-i:[A-Z])[\w.'’-]*\s+|(?:the|two|both|its|their|his|her)\s+){1,3}"
                              r"(?:[a-z][\w'-]*\s+){0,2}(?:have|has)\s+(?:been|[a-z]+ed|[a-z]+[^e\W]n)\b)|"
                              # (with no "and", the with-phrase's own predicate a participle or a chair held: ",
                              # with Vietnam in the rotating chair of Asean this year", ", with India holding it")
                              # (not a perfect participle, which tells a happening of its own: ", with India
                              # having established full ties with Hanoi in January 1972")
                              r",\s+with\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}?(?:(?!having\b)[a-z]+ing\b|"
                              r"(?:in|as|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chair|presidency|host|helm)\b)")
_AT_SESSION = re.compile(r"^(?:[^,;]|,(?!\s*(?:and|but|which|who|whom|where|while|when|as|after|before|then)\b)){0,60}?"
                         r"\b(?:at|during|in|(?<!prepare\s)(?<!preparing\s)(?<!preparation\s)"
                         r"(?<!preparations\s)for)\s+(?:what\s+(?:[\w-]+\s+){1,3}?(?:called|described\s+as|"
                         r"billed\s+as|termed)\s+)?"
                         # (or a session of it: "for a round of their annual Defence Policy Dialogue")
                         r"(?:(?:a|an|another|one)\s+(?:new\s+|further\s+|fresh\s+)?(?:round|session|edition|sitting)\s+of\s+)?"
                         r"(?:the|its|their)\s+(?!(?:next|upcoming|coming|following)\b)"
                         r"[^;]{0,100}$")
#: a word that may be (part of) a date: two triggers with a date between them are two happenings' words
_DATE_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December|today|yesterday|tomorrow|"
                        r"last|next|earlier|later|week|month|year)\b", re.IGNORECASE)
_SUMMIT_MODIFIER = re.compile(r"(?:Virtual|Bilateral|Online|[Tt]he|An?|This|That|Its|Their|His|Her)\s+$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")


_FOR_GATHERING = re.compile(r"[^,;.]{0,60}?\bfor\s+(?P<name>(?:the|a|an)\s+(?:[\w-]+\s+){1,4}?)"
                            r"(?:summit|conference|forum|leaders'?\s+meeting)\b", re.IGNORECASE)


#: what a host held: "hosted the APEC Economic Leaders' Week", "hosted the 2010 ADMM-Plus", "hosted the first G20 ..."
_HOSTED_WHAT = re.compile(r"\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|(?:first|second|third|annual|inaugural)\s+)?"
                          r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w'-]*){0,2})")


@cache
def _forum_names() -> frozenset[str]:
    return frozenset(r["name"] for r in load_csv("multilateral_forums.csv"))


def _hosted_for_a_gathering(sentence: str, end: int) -> bool:
    """ "hosted President Trump for the APEC summit", "Da Nang hosted the APEC Economic Leaders' Week": a
    guest of a multilateral gathering, or the gathering itself, is no bilateral meeting."""
    held = _HOSTED_WHAT.match(sentence, end)
    if held is not None and any(held.group("name") == n or held.group("name").startswith((n + " ", n + "-"))
                                for n in _forum_names()):
        return True
    m = _FOR_GATHERING.match(sentence, end)
    if m is None:
        return False
    return _named_gathering(m.group("name")) or bool(_forum_before("summit").search(m.group("name")))


#: what a trip was for, in its clause: "was in Hanoi in October 2010 for the first ADMM-Plus meeting", "travelled
#: to Hanoi to attend the East Asia Summit"
_TRIP_FOR = re.compile(r"[^,;.]{0,60}?(?<!after\s)(?<!before\s)(?<!leaving\s)(?<!departing\s)(?<!heading\s)"
                       r"(?<!bound\s)(?<!left\s)\b(?:for|to\s+attend)\s+(?:the|a|an)\s+(?:(?:first|inaugural|annual|"
                       r"second|third|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w'-]*){0,3})",
                       re.IGNORECASE)


_ARRIVAL_WORD = re.compile(r"(?:arriv|land|touch|reach)", re.IGNORECASE)


def _travelled_for_a_gathering(sentence: str, end: int) -> bool:
    """ "Antony was in Hanoi in October 2010 for the first ADMM-Plus meeting": a trip made for a multilateral
    gathering is its guest's, no bilateral visit (the talks held on its margins are coded)."""
    m = _TRIP_FOR.match(sentence, end)
    if m is None:
        return False
    name = m.group("name")
    return any(name == n or name.startswith((n + " ", n + "-")) for n in _forum_names()) or bool(
        _forum_before("summit").search(name + " "))


def _named_gathering(before: str) -> bool:
    """ "the East Asia Summit", "G20 Summit": a capitalised name before "summit" that is neither a
    determiner nor a partner country ("India-Vietnam summit", "the virtual summit")."""
    m = _CAPITALISED_BEFORE.search(before)
    if m is None or _SUMMIT_MODIFIER.search(before):
        return False
    return not all(country_of(part) for part in m.group(1).split("-") if part)


#: a second verb of the same subject, in the past: "was transferred on Aug. 14, 2020, and sailed from Seattle"
#: (not a verb that goes on with the same happening: "berthed at Cam Ranh and stayed there from 20 to 23 June")
_AND_VERB = re.compile(r"(?:,\s+|\s+)and\s+(?:then\s+|later\s+)?"
                       r"(?!(?:stayed|remained|lasted|continued|lingered|docked|anchored|moored)\b)(?P<verb>[a-z]+ed)\b")


#: a clause of another subject after the happening: "..., and a bilateral trade agreement took effect in ..."
_AND_NEW_SUBJECT = re.compile(r"(?:,\s+|\s+)(?:and|but|while|whereas)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?P<verb>took|was|were|came|went|entered|began|had|[a-z]+ed)\b")
#: a date opening a clause of its subject's next verb: "..., and last year agreed in principle on a trade deal"
#: (or of a subject of its own: "..., and last year the two countries reached agreement in principle on a trade accord")
_VERB_AFTER = re.compile(r"\s*,?\s+(?:(?:the|a|an|its|their|both)\s+(?:[\w-]+\s+){0,3}?|(?:they|he|she|it|we)\s+)?"
                         r"(?:also\s+|then\s+)?(?P<verb>[a-z]+ed|took|went|came|began)\b")


#: a document or plan told with its own making after a happening: "under a plan agreed between the two air forces
#: last year", "under a memorandum signed in 2019", "as part of a programme approved by both ministries in May"
_PLAN_AGREED = re.compile(r"\b(?:under|in\s+line\s+with|following|as\s+part\s+of|within)\s+(?:a|an|the|their|its)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:plan|agreement|memorandum|MoU|arrangement|programme|program|"
                          r"roadmap|deal|framework|protocol)\s+(?:[\w-]+\s+){0,1}?(?:agreed|signed|reached|approved|"
                          r"adopted|concluded|drawn\s+up|inked)\b", re.IGNORECASE)


def _other_verb_between(sentence: str, t: Trigger, ds: int, de: int = -1) -> bool:
    """Whether a date after ``t`` belongs to another verb of its subject, one that tells no happening of the
    lexicon ("was transferred ..., and sailed from Seattle the following June"; "decommissioned April 18"), or to
    a clause of another subject ("in 1995, and a trade agreement took effect in December 2001"; "in 1995, and last
    year agreed in principle on a trade deal")."""
    if ds < t.end:
        return False
    if _PLAN_AGREED.search(sentence, t.end, ds) is not None:
        return True  # "The course ran from 7 to 25 April, under a plan agreed ... last year": the plan's date
    # (relations are set up or raised once: a second date in a clause of another subject is that clause's; for
    # other happenings it may tell another of their kind: "the Morgenthau in 2017, and the Midgett reached ... in
    # 2021")
    once = t.type == "partnership_upgrade"
    others = _AND_NEW_SUBJECT.finditer(sentence, t.end, ds) if once else iter(())
    for m in [*_AND_VERB.finditer(sentence, t.end, ds), *others]:
        rest = sentence[m.start("verb"):]
        if not any(c.start == 0 and c.type != NOT_AN_EVENT for c in find_cues(rest)):
            return True  # (not "visited Hanoi and signed a memorandum on June 8": a cue of its own)
    if once and (told := _DATED_THEN_COMMA.match(sentence, t.end)) is not None and told.end() <= ds:
        # "since diplomatic ties were restored in 1995, after Bill Clinton in 2000 and George W. Bush in 2006": the
        # relations were set up in the year told with them; a later one past a comma is another's
        return True
    opens = once and de > ds and re.search(r"\band\s+(?:in\s+|on\s+)?$", sentence[t.end:ds]) is not None
    after = _VERB_AFTER.match(sentence, de) if opens else None
    if after is not None and re.search(r"[,;]", sentence[t.end:ds]):
        rest = sentence[after.start("verb"):]
        if not any(c.start == 0 and c.type != NOT_AN_EVENT for c in find_cues(rest)):
            return True
    return False


#: a stay told as spent, over: "spent this week in" (not "spending", a stay still going on)
_SPENT = re.compile(r"spent\b", re.IGNORECASE)
#: between a date and the noun it names: at most two words ("May 2016 state visit"), no comma or verb
_ATTRIBUTIVE = re.compile(r"\s+(?:(?:official|state|working|three-day|two-day|four-day|five-day|[\w-]+-day)\s+)?")
#: before it, whose happening it is: "Obama's May 2016 visit", "his June 2022 trip", "the July 2013 summit"
_OWNER_BEFORE = re.compile(r"(?:'s|’s|\b(?:his|her|their|its|the))\s+$", re.IGNORECASE)


#: a date's own happening, told with its possessive: "Sunday's talks", "last week's formal visit"
#: only lower-case words between a date and its happening's noun: "the December 2020 [virtual] summit"
_ADJECTIVES_ONLY = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}")
_DATES_OWN = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?")


#: another happening of the period just told: "the same month", "later that month", "that same year"
SAME_PERIOD = re.compile(r"\b(?:(?:later|earlier)\s+(?:in\s+)?that\s+(?:same\s+)?month|"
                         r"(?:in\s+)?(?:that|the)\s+same\s+(?:month|year))\b", re.IGNORECASE)


#: a count of years after something: "two years after", "a decade after"
_COUNT_AFTER = re.compile(r"\b(?:years?|decades?)\s+(?:after|since)\s*$|\bafter\s*$", re.IGNORECASE)


#: an anniversary's span in brackets, from the happening to the year it is marked: "the 15th anniversary of
#: diplomatic relations (July 1995 – July 2010)", "(12/7/1995 - 12/7/2025)"
_SPAN_OPEN = re.compile(r"\(\s*$")
_SPAN_DASH = re.compile(r"\s*(?:[-–—]|to)\s*(?:\d{1,2}\s+)?")  # ("- 12 July 2010": a day the reader skips)
_SPAN_CLOSE = re.compile(r"\s*\)")
_ANNIVERSARY = re.compile(r"\banniversary\b|\byears\s+(?:of|since)\b", re.IGNORECASE)


def _without_anniversary_ends(sentence: str, dates: list[tuple[int, int, DateValue, str]]
                              ) -> list[tuple[int, int, DateValue, str]]:
    """The dates less the end of an anniversary's bracketed span: that end is the day it is marked, which the
    anniversary tells, not a happening's date."""
    ends = set()
    ordered = sorted(dates, key=lambda d: d[0])
    for (s1, e1, _v1, _f1), (s2, e2, _v2, _f2) in zip(ordered, ordered[1:], strict=False):
        if (_SPAN_OPEN.search(sentence, max(0, s1 - 3), s1) and _SPAN_DASH.fullmatch(sentence, e1, s2)
                and _SPAN_CLOSE.match(sentence, e2) and _ANNIVERSARY.search(sentence, 0, s1)):
            ends.add(s2)
    return [d for d in dates if d[0] not in ends] if ends else dates


#: a year told right after a happening, then a comma: "were restored in 1995, after ..."
_DATED_THEN_COMMA = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
                               r"(?:19|20)\d\d\s*,")


#: the next step of one day between two happenings: "called on Rawat and then held talks", "later met"
_THEN_BETWEEN = re.compile(r"\b(?:and\s+)?(?:then|later|afterwards|subsequently)\s+(?:\w+\s+)?$", re.IGNORECASE)


#: a count's verb of marking before the relationship it counts: "marked 50 years of", "celebrated the 30th
#: anniversary of" (or its noun: "the celebration of 50 years of", "the commemoration of 50 years of")
_MARKED_BEFORE = re.compile(r"\b(?:marked|marks|marking|mark|celebrated|celebrates|celebrating|celebrate|commemorated|"
                            r"commemorating|(?:celebrations?|commemorations?)\s+of)\s+(?:the\s+)?[\w-]+\s+"
                            r"(?:years?|anniversary)\s+(?:of|since)\s+[^,;.]{0,40}$", re.IGNORECASE)
#: just "in" before a year, after the relationship a marking counts: " in ", or after its participle and noun:
#: "25 years of normalised relations in July 2020", "diplomatic relations between India and Vietnam in 2022"
_IN_THE_YEAR = re.compile(r"(?:\s+(?:diplomatic\s+|bilateral\s+)?(?:relations|ties))?"
                          r"(?:\s+(?:with|between)\s+[^,;.]{1,40}?)?\s+in\s+")


def _counted_between(sentence: str, dates: list[tuple[int, int, DateValue, str]], de: int, t: Trigger) -> bool:
    """A count of years that counts from the happening, between a date and the happening's word: "Yesterday marked
    twenty years since the frigate sailed up the river" (the date is the marking's, not the sailing's)."""
    return t.start >= de and any(f == "count" and de <= s2 and e2 <= t.start and _COUNT_AFTER.search(sentence, s2, e2)
                                 for s2, e2, _v, f in dates)


#: a period in the possessive, qualifying the noun after it: "this year's programme", "last year's joint patrols"
_POSSESSIVE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


def _without_a_possessive_period(sentence: str, triggers: list[Trigger],
                                 dates: list[tuple[int, int, DateValue, str]]) -> list[tuple[int, int, DateValue, str]]:
    """Leave out a period told in the possessive of a noun that is no happening ("met Thang on 8 April to discuss
    this year's programme", "held talks on April 8 on next year's training calendar"), when the sentence tells
    another date: it qualifies the thing, not the day (but "last year's edition was hosted in Vietnam", the
    happening's own noun, keeps it)."""
    def possessive_of_a_thing(ds: int, de: int) -> bool:
        m = _POSSESSIVE.match(sentence, de)
        return (m is not None and sentence[ds:de].lower().split()[-1:] in (["year"], ["month"], ["week"])
                and not any(t.start <= m.end() < t.end or m.end() == t.start or de < t.start <= m.end()
                            for t in triggers))
    dropped = [d for d in dates if possessive_of_a_thing(d[0], d[1])]
    if not dropped or len(dropped) == len(dates):
        return dates
    return [d for d in dates if d not in dropped]


#: a count of time that opens a clause right after a date: "in 2009, two years after relations were raised",
#: "on May 4, three days before the ships arrived": what the clause tells is that far from the date, not on it
#: (a count told as rough, "nearly a decade after", gives no date, but still parts the clause from the date)
_COUNT_AFTER_DATE = re.compile(r"\s*,?\s*(?:just\s+|(?P<rough>some|about|nearly|almost|roughly|more\s+than|over)\s+)?"
                               r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                               r"twenty|\d{1,2})\s+"
                               r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?P<dir>after|before)\s+"
                               r"(?!(?:the|a|an|its|his|her|their)\s+\w+\s*[,.;]|(?:that|then)\b)", re.IGNORECASE)


def _counted_from_the_date(sentence: str, value: DateValue, de: int) -> tuple[int, DateValue | None] | None:
    """Where the clause a count opens after a date begins, and the date a count of months or years gives it ("in
    2009, two years after ...": 2007; "in May 2011, four months after ...": January 2011)."""
    m = _COUNT_AFTER_DATE.match(sentence, de)
    if m is None:
        return None
    n = 1 if m["n"].lower() in ("a", "an") else number_value(m["n"])
    if not n or m["rough"]:
        return m.end(), None
    unit = m["unit"].lower().rstrip("s")
    step = -n if m["dir"].lower() == "after" else n
    if unit in ("year", "decade"):
        return m.end(), year_value(value.start.year + step * (10 if unit == "decade" else 1), "derived")
    if unit == "month" and value.precision in ("month", "day"):
        return m.end(), months_on(value.start, step, "derived")
    # (days and weeks are counted later, from the day of the happening told, by the pass that dates the rest)
    return m.end(), None


#: a happening named in an opening phrase that places the sentence's time against it: "The week before the visit,",
#: "Two days after the talks,", "A month ahead of his trip,": the date that follows is the main clause's
_PLACED_AGAINST = re.compile(r"(?:^|[-–—:]\s+)\W*"
                             # (a rough count: "Nearly four weeks before the summit,", "Just two days after the talks,")
                             r"(?:(?:nearly|almost|about|some|just|barely|only|roughly|around|more\s+than|less\s+than)"
                             r"\s+)?(?:the|a|an|one|two|three|four|five|six|ten|several|\d+)\s+"
                             r"(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of|prior\s+to)\s+"
                             r"(?:the|his|her|their|its|this|that)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


#: a happening named in a during-phrase right after a date: " during the visit of", ", during his state"
_DURING_JUST_AFTER = re.compile(r",?\s+during\s+(?:the|his|her|its|their|a|an)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


def assign_dates(sentence: str, triggers: list[Trigger],
                 dates: list[tuple[int, int, DateValue, str]]
                 ) -> list[tuple[Trigger, DateValue | None]]:
    """Pair triggers with dates: a date goes to the nearest trigger before it, else after it.

    ``dates`` holds (start, end, value, looks_forward): an anniversary ("count") looks forward, to the
    happening it is the anniversary of. A relative clause (", which ...") is a barrier.
    """
    dates = _without_anniversary_ends(sentence, dates)
    dates = _without_a_possessive_period(sentence, triggers, dates)
    pairs: list[tuple[Trigger, DateValue | None]] = []
    given: dict[int, list[DateValue]] = {i: [] for i in range(len(triggers))}
    weak: set[int] = set()  # dates given to the trigger after them ("Friday's meeting followed ... visit")
    attributive: dict[int, DateValue] = {}  # a date written before its happening's noun ("his May 2016 visit")
    told_when: set[int] = set()  # triggers of a clause of time dated before it ("in June, when Singh visited")
    # "Fifteen years after the two restored relations, the ministries sat down Tuesday for ...": the opening clause
    # is dated by its count, the main clause's date is the main clause's
    counted_clause = next((sentence.find(",", de) for ds, de, _v, f in dates if f == "count"
                           and not sentence[:ds].strip(" \"'“‘(")), -1)
    # "signed a memorandum in 2009, two years after relations were raised to a strategic partnership": the happening
    # the count's clause tells is that far from the date, which is not its own (the clause ends at its comma: "On 4
    # April, two days after the announcement, Lam spoke to Trump" - the main clause goes on after it)
    counted_back: dict[int, DateValue] = {}
    count_clauses: list[tuple[int, int]] = []
    for _ds, de, value, forward in dates:
        back = None if forward else _counted_from_the_date(sentence, value, de)
        if back is None:
            continue
        close = re.compile(r"[,;]|\s[-–—]\s").search(sentence, back[0])
        end = close.start() if close is not None else len(sentence)
        count_clauses.append((back[0], end))
        first = next((i for i, t in enumerate(triggers) if back[0] <= t.start < end and not t.anaphoric), None)
        if first is not None and back[1] is not None:
            counted_back[first] = back[1]
    for ds, de, value, forward in dates:
        ok = [i for i, t in enumerate(triggers) if not t.anaphoric
              and not (forward != "count" and 0 <= counted_clause < ds and t.end <= counted_clause)
              and not _barrier(sentence, t, ds, de, count=forward == "count")
              # an anniversary's object takes no date written before it ("held in August 2010, marking the 15th
              # anniversary of ..."), only its own after it ("the Partnership, established in July 2013")
              and (forward or not t.counted or ds >= t.end)
              # ("marked 50 years of diplomatic relations in 2022": the year the marking was in, not the relations')
              # (when the count, read from that year, falls before it: the relations began before they were marked)
              and not ((t.counted or t.type == "partnership_upgrade") and not forward and ds >= t.end
                       and _IN_THE_YEAR.fullmatch(sentence, t.end, ds)
                       and _MARKED_BEFORE.search(sentence, max(0, t.start - 60), t.start)
                       and any(f2 == "count" and v2.start.year <= value.start.year - 5 for _s2, _e2, v2, f2 in dates))
              # (nor a happening a count after the date counts from: "Yesterday marked twenty years since the
              # frigate sailed up the river" - yesterday is the marking's day)
              and (forward or not _counted_between(sentence, dates, de, t))
              and not _other_verb_between(sentence, t, ds, de)
              and not any(ds < cs <= t.start < ce for cs, ce in count_clauses)
              and not (ds >= t.end and _PLACED_AGAINST.search(sentence, 0, t.start))]
        before = [i for i in ok if triggers[i].end <= ds]
        # (a happening counted from is dated by its count, not by a date before the count: "held in 2010, the year
        # the two countries marked 15 years of diplomatic relations" - 2010 is the marking's year)
        after = [i for i in ok if triggers[i].start >= de
                 and (forward or not _COUNTED_JUST_BEFORE.search(sentence, de, triggers[i].start))]
        # an anniversary dates what it is the anniversary of, never the happening before it
        if forward == "count":
            # "thirty-five years after the last helicopters left, a destroyer met ...": a count dates the
            # relationship's happening it counts from, nothing else; or the happening its own clause tells ("two
            # years after former President Joe Biden traveled to Hanoi", when the count is the sentence's one date,
            # counted from the article's year)
            after = [i for i in after if triggers[i].type == "partnership_upgrade"
                     or (i == after[0] and _COUNT_AFTER.search(sentence, ds, de)
                         # (or the day that marks it, told before the count: "Yesterday marked twenty years since
                         # the frigate sailed up the Saigon River")
                         and all(f == "count" or s2 < ds for s2, _e, _v, f in dates)
                         and not re.search(r"[,;]", sentence[de:triggers[i].start]))]
        order = after[:1] if forward else (before[-1:] + after[:1])
        if (not forward and before
                and _NEXT_CLAUSE_OWN.search(sentence, triggers[before[-1]].end, ds) is not None):
            # "... the 25th anniversary of the normalisation of relations, and it came with the new rituals of 2020":
            # a date of the next main clause, whose subject is its own and whose verb tells no happening (or the
            # happening it tells: ", and with Vietnam hosting a summit this year")
            order = after[:1]
        if (not forward and before and after and _OWNER_BEFORE.search(sentence, max(0, ds - 12), ds)
                and _ADJECTIVES_ONLY.fullmatch(sentence, de, triggers[after[0]].start)):
            # "the partnership the two countries declared in 2016, and the December 2020 virtual summit": a date
            # between "the" and its happening's noun names that happening, not the one told before it
            order = after[:1]
        # (a day only: "is spending this week in Da Nang" tells the stay's week, not when it began)
        # (or the week of a stay told as over: "has spent this week in Vietnam")
        inside = [i for i in ok if triggers[i].start < ds and de <= triggers[i].end and (
            value.precision == "day" or (value.precision == "week" and _SPENT.match(triggers[i].text)))]
        if inside and not forward:
            order = inside[:1]  # "a video conference on November 27 between Singh and Lich": inside its words
        if not forward and before and after and given[before[-1]] and SAME_PERIOD.fullmatch(sentence, ds, de):
            # "visited Washington in November 2003, the same month the frigate called at Saigon": the period of
            # the happening before, told for the one after it
            order = after[:1]
        if not forward and before and after and (
                _CLAUSE_OPENING.search(sentence, triggers[before[-1]].end, ds)
                # "arrived in Hanoi on Monday and on Tuesday held talks": a date opening the next verb's phrase
                # (not a second day of a span: "visited Hyderabad on Monday and Tuesday, touring ...")
                or ((and_on := _AND_ON.search(sentence, triggers[before[-1]].end, ds))
                    and (_OPENS_VERB.fullmatch(sentence, de, triggers[after[0]].start)
                         # ("arrived on 28 July and, the next day, held talks": the date set off by commas)
                         or ("," in and_on.group(0) and sentence.startswith(",", de)
                             and _OPENS_VERB.fullmatch(sentence, de + 1, triggers[after[0]].start))))):
            # "X handed ... a centre, and in July last year the cutter called at ...": the next clause's date
            order = after[:1]
        if (not forward and before and after and order and order[0] == before[-1]
                and _DURING_JUST_AFTER.fullmatch(sentence, de, triggers[after[0]].start)
                # (not one with days of its own after it: "during a state visit from July 30 to August 1")
                and not any(0 <= ds2 - triggers[after[0]].end <= 80
                            and not re.search(r"[;]|,\s+and\b", sentence[triggers[after[0]].end:ds2])
                            for ds2, _de2, _v2, _f2 in dates)):
            # "established a strategic partnership in July 2007 during the visit of Prime Minister Dung to New Delhi,
            # and signed a memorandum ... in 2009": the date just before "during" frames the happening it names too
            attributive[after[0]] = value
        if order and order[0] in told_when and _NEXT_CLAUSE.search(sentence, triggers[order[0]].end, ds):
            # "in June, when Singh visited Hanoi, and the money was released in September": the next clause's date
            order = []
        # (not an anniversary the clause marks: "held in August, as the two countries marked the 15th anniversary of
        # normalising relations" dates the marking, not the normalisation)
        when = (not forward and after and _WHEN_CLAUSE.fullmatch(sentence, de, triggers[after[0]].start)
                and "anniversar" not in sentence[de:triggers[after[0]].start].lower())
        if when:
            # "agreed in November, when Trump visited Hanoi": the clause of time tells a happening of that date,
            # and the one before it keeps the date ("raised ... in July 2007, when Dung visited India")
            for i in before[-1:]:
                dated_between = any(triggers[i].end <= o < ds for o, *_rest in dates)
                if not triggers[i].future and not _NEXT_CLAUSE.search(sentence, triggers[i].end, ds) and not (
                        dated_between and triggers[i].type == triggers[after[0]].type):
                    # (not a plan: "The carrier visit was agreed in November, when ..."; nor a happening of an
                    # earlier clause: "held talks ... last November, and was confirmed in late January, when Mattis
                    # visited"; nor one dated already, whose kind the clause tells: "visited twice, in January and
                    # again in October, when he toured ...")
                    given[i].append(value)
            order = after[:1]
            told_when.add(after[0])
        if not order and not forward:
            # "The visit is the third by a carrier, after the Carl Vinson in March 2018": a happening named
            # again, then earlier ones of its kind recalled with their dates
            order = [i for i, t in enumerate(triggers) if t.anaphoric and t.end <= ds
                     and _RECALLS.search(sentence, t.end, ds) and not _barrier(sentence, t, ds, de)][-1:]
        if order:
            given[order[0]].append(value)
            if not forward and triggers[order[0]].start >= de and not when:
                if (_ATTRIBUTIVE.fullmatch(sentence, de, triggers[order[0]].start) and _OWNER_BEFORE.search(
                        sentence, max(0, ds - 40), ds)) or _DATES_OWN.fullmatch(sentence, de, triggers[order[0]].start):
                    # "Obama's May 2016 visit", "At the end of Sunday's talks": the date names the happening itself
                    attributive[order[0]] = value
                else:
                    weak.add(id(value))
    for i, value in counted_back.items():
        if not given[i]:
            given[i].append(value)
    counts = {id(v) for _ds, _de, v, f in dates if f == "count"}
    # a timeline entry ("* July 1995 - Clinton announces the normalisation ..., two decades after the war
    # ended in 1975"): the entry's date is that of what it tells
    entry = next((v for ds, de, v, f in dates if not f and _ENTRY_BULLET.fullmatch(sentence, 0, ds)
                  and _ENTRY_DASH.match(sentence, de)), None)
    for i, t in enumerate(triggers):
        if entry is not None and not t.counted and not t.anaphoric:
            # "June 8, 2022: ... sign ...; the next day, boats are handed over": a date of its own in the entry
            own_dates = [v for v in given[i] if v is not entry and (
                v.basis == "relative" or (v.precision == "day" and entry.precision != "day"))]
            pairs.extend((t, v) for v in (own_dates or [entry]))
            continue
        at = {id(v): ds for ds, _de, v, _f in dates}
        # (for a happening's own word, only a date written after it: "The year 2025 marks thirty years since
        # relations were established" dates the anniversary, not the establishment)
        if any(id(v) not in counts and (t.counted or at.get(id(v), -1) > t.start)
               # (not a year of the next main clause: "... the 25th anniversary of the normalisation of relations,
               # and it came with the new rituals of 2020")
               and not (at.get(id(v), -1) > t.end and _NEXT_CLAUSE.search(sentence, t.end, at.get(id(v), -1)))
               for v in given[i]):
            # "the 30th anniversary of diplomatic relations (July 12, 1995 - 2025)", "50 years since India and
            # Vietnam established diplomatic relations in January 1972": the date the text writes, not the
            # arithmetic of the count
            given[i] = [v for v in given[i] if id(v) not in counts]
        own = [v for v in given[i] if id(v) not in weak]
        if i in attributive:  # (the dates it holds stay: "the 2022 edition ... in August that year")
            own = [attributive[i]] + [v for v in own if attributive[i].contains(v)]
        if not own and len(given[i]) > 1:
            # only dates written before it: the one nearest to it ("In April 2021 X ..., and in July last year
            # the cutter called at Cam Ranh")
            near = max((ds for ds, _de, v, _f in dates if any(v is g for g in given[i]) and ds < t.start),
                       default=None)
            own = [v for ds, _de, v, _f in dates if ds == near and any(v is g for g in given[i])]
            mine = sorted(((ds, de, v) for ds, de, v, _f in dates if any(v is g for g in given[i]) and ds < t.start),
                          key=lambda x: (x[0], x[1]))
            if (t.type in ("visit", "exercise", "dialogue") and len(mine) == 2
                    and re.fullmatch(r"\s+and\s+", sentence[mine[0][1]:mine[1][0]])
                    and all(v.precision == "day" and not v.is_range for _s, _e, v in mine)):
                # "On Saturday and Sunday the corvette held a passage exercise": both days, one span (or two days)
                own = [mine[0][2], mine[1][2]]
        values = _finest(own or given[i])
        if len(values) == 1 and values[0].precision in ("month", "week"):
            values = _days_within(sentence, triggers, dates, given, t, values[0])
        if values:
            pairs.extend((t, v) for v in values)
            continue
        if (i and given[i - 1] and not t.anaphoric and not t.future
                and (_STRAIGHT_ON.search(sentence, triggers[i - 1].end, t.start)
                     or (triggers[i - 1].type == "visit" and t.type in ("talks", "summit")
                         and AND_SAME_SUBJECT.search(sentence, triggers[i - 1].end, t.start)))):
            # "Cohen arrived in Hanoi on Monday and went straight into talks", "arrived on Sunday and held talks
            # with": the day of what it followed
            pairs.extend((t, v) for v in _finest(given[i - 1]))
            continue
        made_at = [v for x, v in pairs if i and x is triggers[i - 1] and v is not None]
        if (made_at and t.type == "ceremony" and triggers[i - 1].type == "ceremony" and not t.anaphoric
                and _AT_A_CEREMONY.search(sentence, triggers[i - 1].end, t.start + len("ceremony"))):
            # "in March, the agency handed over laboratory equipment ... to the institute, at a ceremony led by ...":
            # the ceremony the handover was made at, on its day
            pairs.extend((t, v) for v in made_at)
            continue
        leading = [v for ds, de, v, f in dates if all(ds < x.start for x in triggers) and not f
                   and not _barrier(sentence, t, ds, de) and not _COUNTED_JUST_BEFORE.search(sentence, de, t.start)
                   and not _counted_between(sentence, dates, de, t)]
        if len({(v.start, v.end, v.precision) for v in leading}) == 1:
            leading = leading[-1:]  # "A day earlier, on Thursday, Rajnath visited ...": one day, told twice
        if len(leading) == 1 and not t.anaphoric and all(
                triggers[j].type != t.type or (_NAMED.match(triggers[j].text) and _NAMED.match(t.text))
                # ("On Monday Giang first called on Rawat and then held talks with Singh": the next meeting of the
                # day the sentence opens on)
                or (j < i and _THEN_BETWEEN.search(sentence, triggers[j].end, t.start) is not None)
                for j in given if j != i and leading[0] in given[j]):
            # (two named series of one kind are two happenings: "In August, Vietnam hosted a Pacific Partnership
            # mission and a Pacific Angel exercise")
            # "Vietnam and the US on Sunday elevated ... during a visit by ..., who held talks":
            # a date before every trigger dates the whole clause
            pairs.append((t, leading[0]))
            continue
        host = next((j for j in sorted(given) if t.type == "partnership_upgrade" and not t.anaphoric and not t.counted
                     and triggers[j].type == "visit" and given[j] and triggers[j].start > t.end
                     and _DURING_VISIT.search(sentence, t.end, triggers[j].start)
                     and ";" not in sentence[t.end:triggers[j].start]
                     # (the first visit after it: "raised when Dung visited India in 2007 and to ... during Modi's
                     # trip in 2016" is not made during the trip)
                     and not any(x.type == "visit" and t.end <= x.start < triggers[j].start for x in triggers)
                     # (not a visit in the earlier step's phrase: "from a Strategic Partnership, agreed during
                     # Dung's visit in July 2007, to ...")
                     and not any(t.end <= m.start() < triggers[j].start < m.end()
                                 for m in _SET_OFF.finditer(sentence))), None)
        if host is not None:
            # "raised their relationship to ..., skipping a rung, during a visit by Biden that began on Sunday":
            # the visit it was made during dates it, whatever clause the visit's own date sits in
            pairs.extend((t, v) for v in _finest(given[host]))
            continue
        framed = (FRAME.search(sentence[max(0, t.start - 60):t.start]) is not None
                  or (t.type in ("talks", "summit")
                      and (m_as := _AS_THEY_MET.search(sentence[max(0, t.start - 200):t.start])) is not None
                      and (m_as.group("verb") is not None or t.text.lower().startswith("met"))))
        if (t.type == "partnership_upgrade" or framed) and not t.anaphoric and not t.counted:
            # "his visit ... in July 2007, the two governments raised the relationship";
            # "elevated ... on Sunday during a visit by ...": the frame shares the clause's date
            # (not across a relative clause: "after talks with Dung, whose visit began on Wednesday")
            others = [(abs(ds - t.start), v) for ds, de, v, _f in dates
                      if any(triggers[j].type != t.type and v in given[j] for j in given if j != i)
                      and not _barrier(sentence, t, ds, de)]
            if others:
                pairs.append((t, min(others, key=lambda x: x[0])[1]))
                continue
        when = next((v for ds, de, v, f in dates if not f and de <= t.start
                     and _WHEN_CLAUSE.fullmatch(sentence, de, t.start)), None)
        if when is not None and not t.anaphoric:
            # "to a Comprehensive Strategic Partnership in 2023, when President Biden visited Hanoi": the
            # when-clause's happening has the date it hangs on
            pairs.append((t, when))
            continue
        if (t.type == "visit" and not t.anaphoric and i + 1 < len(triggers) and triggers[i + 1].type == "talks"
                and given[i + 1] and _VISIT_CLAUSE.fullmatch(sentence, t.end, triggers[i + 1].start)):
            # "the visit by General Singh, who held talks with General Thanh in Hanoi in July": the talks'
            # date is the visit's, whose clause they are
            pairs.extend((t, v) for v in _finest(given[i + 1]))
            continue
        where = _WHERE_CLAUSE.search(sentence, 0, t.start)
        if where is not None and not t.anaphoric:
            # "ended his visit on Friday in Nha Trang, where he handed over a grant": the place's day
            earlier = [v for j in sorted(given) if triggers[j].end <= where.start() for v in given[j]
                       # "visited Vietnam in 2023, where he met ...": a meeting there is part of the visit
                       if not (t.type == "talks" and triggers[j].type == "visit")]
            if earlier:
                pairs.append((t, earlier[-1]))
                continue
            # "Harris made the pledge on Wednesday in Hanoi, where she met ...": the day of the place, told
            # in the main clause with no happening's word of its own
            told = [v for ds, de, v, f in dates if not f and de <= where.start()
                    and not any(v in given[j] for j in given if j != i)]
            if told and not any(x.end <= where.start() for x in triggers):
                pairs.append((t, told[-1]))
                continue
        pairs.append((t, None))
    return pairs


#: "The exercise began on November 4", "The annual Defense Policy Dialogue met in Washington on December 11",
#: "The dialogue itself was held on Monday": a happening named as the subject of its own start or meeting, with its
#: date
#: a happening told as begun, in a clause after its word: "The drill, which started on Monday, will run until ..."
_BEGAN_ON = re.compile(r",\s+(?:which|that)\s+(?:began|started|opened|commenced|kicked\s+off)\s+(?:on|in)\b")
#: (or set off, or in the past perfect: "The exercise, opened at Ambala on 4 November", "had opened on the 4th")
# (or its days in a participle set off after it: "The course, held from March 4 to 15, covered ...")
#: (past a clause set off by commas too: "The course, which the Indian side describes as ..., ran from January 8")
_STARTED = re.compile(r"(?:,\s+(?:which|that)|,(?=\s+(?:opened|held|conducted|run)\b)|,[^,;.]{1,120},)?"
                      r"(?:\s+(?:itself|themselves|proper))?\s+(?:had\s+)?"
                      r"(?:began|begun|opened|started|commenced|met|convened|was\s+held|were\s+held|"
                      r"(?<=,\s)(?:held|conducted|run)(?=\s+(?:from\b|(?-i:" + MON + r")\.?\s+\d))|"
                      r"(?:was|were)\s+(?:conducted|staged)|"
                      # (or its days straight after, as US releases write them: "The exchange ran Aug. 19-22")
                      # ("The exchange ran Monday through Thursday, May 13-16": its weekdays)
                      r"took\s+place|ran|runs|lasted)\s+(?:(?:on|in|at|with|from|off)\b|(?-i:" + MON + r")\.?\s+\d|"
                      r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:through|to|until)\b|"
                      r"(?:19|20)\d\d-\d\d-\d\d\b)")  # ("The course ran 2025-07-08 to 2025-08-19")
_ENTRY_BULLET = re.compile(r"[\s*•·–-]*")
_ENTRY_DASH = re.compile(r"\s*(?:-|–|—|:|\|)\s")  # "9 APR | Ba Ria-Vung Tau: ...", a digest's item
_RECALLS = re.compile(r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|such|previous|earlier)\b",
                      re.IGNORECASE)
_VISIT_CLAUSE = re.compile(r"[^;]*?,\s+(?:who|during\s+which|in\s+the\s+course\s+of\s+which)\b[^,;]*")
_WHERE_CLAUSE = re.compile(r",\s+where\b[^,;]*$")


#: a happening's own date, then "and" and another verb: what follows is that verb's
#: ", and Secretary of State Antony Blinken followed": a main clause of its own, with a named subject
_AND_NAMED_SUBJECT = re.compile(r",\s+and\s+(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?:(?-i:[A-Z])[\w.'-]*|of|the)){1,6}|"
                                # ", and a bilateral trade agreement took effect two years ago": another subject
                                r"(?:a|an)\s+(?:[a-z-]+\s+){0,3}[a-z]+|"
                                # ", and the U.S. fully lifted its ban in 2016", ", and India extended a credit line
                                # in 2014": a country as the next clause's subject
                                r"(?:the\s+)?(?:U\.S\.|US|United\s+States|Washington|India|New\s+Delhi|Vietnam|Hanoi)"
                                r"(?:\s+(?:also|then|later|fully|formally|finally|partially|partly|further))?|"
                                # ", and the two defence ministries signed ...": the two sides, or their bodies
                                # (", and their defence ministers signed ...")
                                r"(?:the|their|both)\s+(?:two\s+)?(?:[a-z-]+\s+){0,2}(?:sides|ministries|countries|navies|armies|"
                                r"governments|ministers|leaders|delegations|militaries|forces|guards))\s+"
                                r"(?:[a-z]+ed|went|came|flew|met|made|held|paid|took)\b")
#: ", and before flying home he laid ...": a main clause of its own, with a pronoun subject after an adverbial
_AND_PRONOUN_SUBJECT = re.compile(r",\s+and\s+(?:[\w-]+\s+){0,4}?(?:he|she|they|we)\s+(?:also\s+|then\s+)?"
                                  r"(?:[a-z]+ed|went|came|flew|met|made|held|paid|took|laid|gave|left|spoke)\b")
#: "marking where a pilot was shot down": a place's own clause, whatever noun or verb it follows
_WHERE = re.compile(r"\bwhere\b")
_DATED_THEN_AND = re.compile(r"\b(?:(?:19|20)\d\d|\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;]{0,30}?"
                             r"\s+and\s+(?:then\s+|later\s+)?[a-z]+ed\b")
#: a noun set beside a place or thing, then its own clause: ", the place where ...", " - a harbour which ..."
#: (but "port calls, the latest of which brought the Reagan ... in June": the happening's own instance)
_APPOSITIVE_CLAUSE = re.compile(r"(?:,|\s[-–—])\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,5}?(?<!\bof\s)"
                                r"(?:where|which|who|whose)\b")
_PLAN_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+[^,;]{0,80}?\b(?:will|shall|(?:is|are)\s+(?:due|expected|"
                          r"scheduled|set|slated|to)|"
                          # (a future told in reported speech: ", and the two confirmed that a carrier would come")
                          r"that\s+[^,;]{0,60}?\bwould)\b", re.IGNORECASE)
#: a plan told in a clause of its own after a comma, up to its date: ", due to begin in", ", scheduled for", ", set to
#: open on"
_PLAN_PARTICIPLE = re.compile(r",\s+(?:now\s+|still\s+)?(?:due|scheduled|set|slated|expected|planned)\s+(?:to|for)\b"
                              r"[^,;]*$", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;]*$")
#: a since-clause whose subject opens it, up to its happening: "since relations were", "since the two countries "
_SINCE_OPENS_IT = re.compile(r"\bsince\s+(?!(?:19|20)\d\d\b)(?:(?!to\b)[\w'’-]+\s+){0,5}$")
#: a plan agreed or promised at the happening, up to the date: "came away with an agreement to work toward bringing a
#: carrier into Da Nang in March", "agreed on sending cadets in June", "won a pledge to open an office in April": the
#: date is the plan's (a plan made "to" do, or a gerund after "agreed on", never a happening's date after it)
PLAN_COMPLEMENT = re.compile(
    r"\b(?:(?:agree|pledge|promise|commit|vow|resolve|decide|consent)(?:d|s|ing)?\s+(?:on|to)\s+"
    r"(?:(?:the|a|an|jointly|further)\s+)?[a-z]+ing\b|"
    r"(?:pledge|promise|commitment|undertaking|assurance)s?\s+to\s+(?!(?:the|a|an|[A-Z]\w*)\b)[a-z]+\b|"
    r"work(?:s|ed|ing)?\s+(?:together\s+)?toward(?:s)?\b)[^;]*$")
_THAT_CLAUSE = re.compile(r"(?<!\bof\s)\b(?P<pronoun>that|which|who)\s+"
                          r"(?P<subject>[A-Z]\w+\s+|the\s+\w+\s+|it\s+|they\s+)?"
                          r"(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?(?P<verb>[a-z]+)\b")


def _that_clause(between: str) -> bool:
    """A relative clause with a verb of the past between a happening and a date: "the credit line that India
    extended in 2014"; in an irregular past too, "relief for the floods that swept central Vietnam in October" (not
    "port calls, the latest of which brought the Reagan to Da Nang in June", which picks out the happening)."""
    return any(_regular_or_others(m, between) for m in _THAT_CLAUSE.finditer(between))


def _regular_or_others(m: re.Match[str], between: str) -> bool:
    verb = m.group("verb").lower()
    if verb.endswith("ed") or verb in _SAME_FORM_PAST:
        return True  # ("the floods that hit central Vietnam in October": a past told in the present's form)
    # an irregular past, in a clause of a thing (a person's "who came in November 2000" tells his visit), not its own
    # span ("a visit by Biden that began on Sunday"), and not the happening's own clause just after its words with no
    # subject of its own ("Pacific Partnership missions that brought the Mercy to Quy Nhon in 2010"; but "the
    # partnership that Modi upgraded in 2016" is another's)
    return (_is_past(verb) and verb not in _OWN_SPAN_VERBS and m.group("pronoun") != "who"
            and (m.group("subject") is not None or len(between[:m.start()].split()) > 2))


#: verbs whose past is written as their present, read as past before the date a clause tells: "the floods that hit
#: central Vietnam in October", "the target that India set in 2016"
_SAME_FORM_PAST = frozenset({"hit", "set", "put", "cut", "hurt", "spread", "beat", "cost", "shut", "upset"})
#: a thing's first time, told by a participle after its noun: "an exercise first held in 2010", "a dialogue
#: originally launched in 2010", "the course, initially set up in 2014"
_FIRST_HELD = re.compile(r"\b(?:first|initially|originally)\s+(?:held|staged|launched|started|set\s+up|established|"
                         r"conducted|organi[sz]ed|introduced|begun|run)\s+(?:in|on|at|during)?\s*(?:the\s+)?$",
                         re.IGNORECASE)
#: what a happening's own clause tells of it, in an irregular past: "a visit by Biden that began on Sunday", "talks
#: that were held in May" (a regular one stays a barrier, as "the war that ended in 1975")
_OWN_SPAN_VERBS = frozenset({"began", "begun", "ran", "held", "took"})
#: a document, then a clause of who made it, with no "that": "the memorandum the two ministries signed", "the
#: credit line India extended", "the pact the two countries inked"
_DOCUMENT_MADE = re.compile(r"\b(?:memorand(?:um|a)|mou|agreement|accord|pact|protocol|declaration|statement|treaty|"
                            r"deal|line\s+of\s+credit|credit\s+line|framework|roadmap)\b(?:\s+[\w-]+){0,6}?\s+"
                            r"(?:the\s+\w+\s+\w+|(?-i:[A-Z])[\w-]+|they|it|the\s+\w+)\s+"
                            r"(?:signed|inked|concluded|agreed|reached|extended|adopted|issued)"
                            r"(?:\s+(?:in|on|at|during|by))?\s*$", re.IGNORECASE)
_OWN_SPAN_CLAUSE = re.compile(r"^[)\w-]*(?:\s+[\w'-]+){0,6}?"
                              # (a place's apposition between: "a four-day visit to Da Nang, central Vietnam, which
                              # began on Wednesday")
                              r"(?:,\s+(?-i:[a-z]+\s+)?(?-i:[A-Z])[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
                              r",?\s+(?:which|that)\s+(?:began|begins|started|starts|"
                              r"opened|opens|ended|ends|closed|closes|concluded|concludes|runs|ran|lasted|lasts|"
                              r"was held|took place|is being held|were held|(?:is|was|got)\s+under\s?way|"
                              # ("the Security Dialogue, which met in Hanoi on 3 July": the session's own day)
                              r"(?:last\s+|first\s+)?(?:met|convened|sat)|"
                              r"is\s+taking\s+place|"
                              # "the Dialogue, which he co-chaired with General Chien a day earlier"
                              r"(?:he|she|they|the\s+two\s+\w+)\s+(?:co-?chaired|chaired|attended|hosted|led))"
                              r"\b[^,;]*$|"
                              # (a span told after a longer phrase of the happening's object and place: "finished a
                              # two-week course for the Marine Police in Hai Phong, which ran from September 15 to 26",
                              # "completed a pollution-response course in Chennai, running from 5 to 16 September")
                              r"^[)\w-]*(?:\s+[\w'-]+){0,18}?(?:,\s+(?-i:[A-Z])[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
                              r",\s+(?:(?:which|that)\s+(?:ran|runs|lasted|lasts)|running|lasting)\s+(?:from\s+)?$")
#: what a date after a happening belongs to instead: a subordinate clause with its own verb, an anniversary's
#: object, or a happening the first one followed or preceded
_OTHERS_DATE = re.compile(r"\b(?:after|before|since|until)\s+(?:it|he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                          r"(?:was|were|had\s+been|had|has\s+been|have\s+been)\s+\w+ed\b[^,;]*$|"
                          # "Thursday's talks came two days after Austin delivered a lecture in Singapore on Tuesday"
                          r"\b(?:after|before|since|until)\s+(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}\s+"
                          r"(?-i:[a-z]+ed)\b[^,;]*$|"
                          r"\banniversary\s+of\b[^;]{0,80}$|"
                          # "handed over letters of an American soldier killed in 1969", "a diary taken from a fallen
                          # soldier in 1966": a thing's own past, told by a participle after its noun
                          r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bis\s)"
                          r"(?<!\bare\s)\b(?:taken|seized|captured|killed|written|lost|downed|recovered|buried|kept)\s+"
                          r"(?:by|from|in|on|at|during|near|over)\b[^;]*$|"
                          # "the port call came 53 years after the first Marines came ashore at Da Nang in March 1965"
                          r"\b(?:years?|decades?|months?|weeks?)\s+(?:after|before)\s+(?:the|a|an|his|her|their)\s+[^,;]*$|"
                          # "travelled to Hanoi after attending the ADMM-Plus in Kuala Lumpur on Nov. 1"
                          r"\b(?:after|before)\s+(?-i:[a-z]+ing)\s+(?:(?:up|in|at|out|off)\s+)?(?:the|a|an|his|her|their)\s+[^,;]*$|"
                          # ("the visit follows a memorandum ... signed by the two forces in New Delhi in March last
                          # year": a long name, no clause break)
                          r"\b(?:followed|follows|preceded|precedes)\s+(?:by\s+)?(?:the|a|an)\s+(?:[^;]{0,40}|[^;,]{0,160})$",
                          re.IGNORECASE)
#: a thing's own past told by a participle right before the date: "a pilot shot down in 1967", "a sailor killed in
#: 1972", "letters taken from a soldier in 1968" (not "was killed in", a clause's own verb)
_THINGS_OWN_PAST = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)"
                              r"(?<!\bis\s)(?<!\bare\s)\b(?:taken|seized|captured|killed|written|lost|downed|"
                              r"shot\s+down|recovered|buried|kept|missing|sunk|"
                              # (a ship's own past, set off as an apposition: "the cutter, commissioned into U.S.
                              # service in 1969 and decommissioned in April, was handed"; not "was formally launched")
                              r"(?<=,\s)(?:built|launched|commissioned|decommissioned)|"
                              r"(?<=\band\s)(?:built|launched|commissioned|decommissioned))\s+"
                              r"(?:(?:by|from|over|near|into|for|at)\s+[^,;]{1,40}?\s+)?(?:(?:in|on|during)\s+)?$",
                              re.IGNORECASE)
#: the guests' leaving, told after an exercise as the clause its date closes: "after leaving the port", "after
#: departing Da Nang", "after sailing from Hai Phong", "upon leaving Cam Ranh"
_AFTER_LEAVING = re.compile(r"\b(?:after|before|upon|on)\s+(?:leaving|departing(?:\s+from)?|"
                            r"sailing\s+(?:from|out\s+of)|casting\s+off\s+from)\s+(?:the\s+)?[^,;]{0,40}$",
                            re.IGNORECASE)
#: a relationship's start told in a relative clause after it ("relations, which Bill Clinton announced in"), after
#: what it is of ("normalization of relations, which")
_ORIGIN_CLAUSE = re.compile(r"^(?:\s+(?:of|with)\s+(?:[\w.'-]+\s+){0,2}?(?:relations|ties))?"
                            # ("relations with the United States", "relations between India and Vietnam")
                            r"(?:\s+(?:with|between)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
                            r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?)?"
                            # (its subject may be long: "which Vietnam and the United States established")
                            r",?\s+(?:which|that)\s+(?:[\w.'-]+\s+){0,7}?(?:announced|established|set\s+up|"
                            r"normali[sz]ed|restored|forged|launched|opened)\b[^,;]*$")
_YEAR_TOLD = re.compile(r"\s(?:in|on)\s+(?:(?-i:[A-Z])[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?"
                        r"(?:19|20)\d\d\b")


def _dated_origin_clause(sentence: str, end: int) -> bool:
    """Whether a relationship's start is told, with its year, in a relative clause right after its word."""
    m = _YEAR_TOLD.search(sentence, end, end + 160)
    return m is not None and bool(_ORIGIN_CLAUSE.match(sentence[end:m.start()]))


#: a second main clause with a subject of its own opens between a date and a happening told after it
_NEXT_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the|its|their|his|her|(?-i:[A-Z])|"
                               r"\w+\s+(?:was|were|had|has|have)\b)", re.IGNORECASE)
#: the last words of a name that lists ("the Political, Security, and Defense Dialogue"): the ", and" is the name's
_IN_ITS_NAME = re.compile(r"(?:,?\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w.'’-]*)+\s+")
#: "..., and the two men then held talks": the next clause goes on from the day just told
_THEN = re.compile(r"\b(?:then|afterwards|thereafter)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "On the morning of 11/11, ...": what leads up to a date that opens its sentence
_OPENING_ADVERBIAL = re.compile(r"(?:[^-–—:]{0,60}\s[-–—:]\s+)?"  # a dateline, "(PANO) -"
                                # ("Also in New Delhi on August 1, ...": a linking word and a place first)
                                r"(?:(?:also|then|later|meanwhile|separately|earlier|"
                                # ("A week earlier, on May 13, ...": a count of time back or on, then the day)
                                r"(?:a|one|two|three|four|five|six|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?)\s+"
                                r"(?:earlier|later|before|after)|"
                                # ("Earlier this month, on November 3, ...": the period it falls in, then the day)
                                r"(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year)|"
                                r"(?:earlier|later|early|late)\s+in\s+the\s+(?:week|month|year)),?\s+)?"
                                r"(?:in\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?,?\s+)?"
                                # ("On Tuesday, March 16, ...": the weekday, then its date)
                                r"(?:(?:on|in|at|by|from|during|early|late|"
                                r"the|morning|afternoon|evening|night|of|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+)*",
                                re.IGNORECASE)
#: a past participle's phrase set off by commas: ", established in July 2007,", what it tells ends at its comma
_SET_OFF = re.compile(r",\s+(?:first\s+|later\s+)?(?:established|set\s+up|launched|formed|founded|signed|announced|"
                      r"held|agreed|reached|forged)\s+(?:in|on|during)\s[^,;]{1,60},")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ing)\b(?!\s+(?:on|in|at)\s+\S+$)")
#: a happening named in a phrase that opens the sentence: "(In early June,) during the visit of ...", "At the talks"
_FRAME_OPENING = re.compile(r"(?:[^,;]{0,40},\s*)?"
                            r"(?:(?:during|at|on|in\s+the\s+course\s+of)\s+(?:the|his|her|their)\s+|"
                            # ("After delegation-level talks at the Government Office, Modi and Phuc announced that
                            # the partnership the two countries set up in July 2007 ...")
                            r"(?:after|following)\s+(?:(?:the|his|her|their)\s+)?)"
                            r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: a thing's own past told just before its date: "a soldier killed in", "a diary seized by a Marine in"
_OBJECTS_PAST = re.compile(r"\b(?-i:[a-z]+ed|taken|built|made|shot|lost|written|seized|born|fought|set\s+up)\s+"
                           r"(?:[\w.-]+\s+){0,3}(?:in|on)\s+$")
#: the frame closed by a comma and the main clause's subject
_FRAME_CLOSED = re.compile(r",\s+(?:(?-i:[A-Z])[\w.'-]*|the|he|she|they)\s", re.IGNORECASE)
#: a thing set off after the happening, with a clause of its own: ", a project financed under ...", ", the vessel
#: that India built", ", a gift which ..." (not the happening told again: ", a visit that began on Sunday")
_APPOSITIVE_THING = re.compile(
    r",\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey|meeting|talks|call|stop|exercise|drill|"
    r"ceremony|summit|dialogue|event|day|week|first|second|third|last)\b)(?:[\w-]+\s+){1,3}?"
    r"(?:(?-i:[a-z]+ed)|built|made|paid|that|which)\b[^;]*$", re.IGNORECASE)
#: a noun's own past told in a participle set off after it: "the letters of a soldier, Steve Flaherty, killed in
#: 1969"; "the corvette, commissioned into the Indian Navy in 1991" (not the happening's company: "accompanied by")
_PAST_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?!(?:accompanied|joined|flanked|led|escorted|welcomed|received|hosted|greeted|followed|preceded)\b)"
    r"(?-i:(?:[a-z]+ed|taken|built|born|made|shot|lost|written|given|seen|drawn|fought|sunk|stolen|buried))\b"
    r"[^,;]{0,60}$")
#: a happening told as held, in a participle: ", conducted from 4 to 29 February", ", held in Goa in May"
_HELD_PARTICIPLE = re.compile(r",\s+(?:held|conducted|run|organi[sz]ed|taught|staged|convened)\b")
#: the noun of a happening a verb may take as its object: "completed a survey course", "joined the exercise"
_HAPPENING_NOUN = re.compile(r"\b(?:course|workshop|exercise|drill|training|seminar|exchange|programme|program)s?\b",
                             re.IGNORECASE)
#: a disaster's participle and its agent after a noun: "communities struck by floods", "provinces hit by Typhoon Yagi"
_STRUCK_BY = re.compile(r"\b(?:struck|hit|affected|devastated|battered|ravaged|lashed|flooded|swept)\s+by\b"
                        r"[^,;]{0,80}$", re.IGNORECASE)
#: a relative clause closed by its comma and the main clause's verb (not an appositive's ", General Giang," nor
#: ", on July 29")
#: a relative clause of what had happened before, reaching the date: ", whom he had hosted in the Oval Office"
_HAD_CLAUSE = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;.]{0,60}?\b)?(?:who|whom|whose|which|that)\b"
                         r"[^,;.]*\bhad\b[^,;.]*$|"
                         # ("the ban, already partly eased in 2014, would be lifted": an apposition's own past)
                         r",\s+(?:(?:a|an|the)\s+[\w-]+\s+)?already\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;.]*$",
                         re.IGNORECASE)
_CLAUSE_CLOSED = re.compile(r",[\"'”’]?\s+(?!(?:on|in|at|from|during|and|the|a|an|his|her|their)\b)(?-i:[a-z])")


def inside_relative_clause(sentence: str, pos: int) -> bool:
    """Whether ``pos`` lies in a ", who/which/where ..." clause (or a bare "the spot where ...") not yet closed
    by a comma."""
    opened = [*_RELATIVE_CLAUSE.finditer(sentence, 0, pos), *_WHERE_BARE.finditer(sentence, 0, pos),
              *_APPOSITIVE_THAT.finditer(sentence, 0, pos), *_APPOSITIVE_WHO.finditer(sentence, 0, pos)]
    return bool(opened) and "," not in sentence[max(m.end() for m in opened):pos]


#: "at the very spot where US Marines waded ashore in 1965": a place's own clause, with no comma before it
_WHERE_BARE = re.compile(r"\b(?:spot|place|port|city|site|beach|shore|waters|bay|coast|base|harbou?r|area|town|"
                         r"capital|province|region|venue|hall|village|island|river|airport|compound|headquarters)s?"
                         r"\s+where\b", re.IGNORECASE)


#: (a count of the people or things before it: "both of whom took office in April", "one of whose first acts")
#: (or a preposition's that tells an earlier happening: "..., to whom he noted that Washington had earlier this month
#: delivered"; not one that tells what was done there: "called on the President, with whom he discussed the protocol on
#: March 28", "the meeting in July, at which the two agreed a partnership")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:(?:both|all|each|neither|either|one|two|three|several|some|many|most|none)\s+"
                              r"of\s+(?=whom|whose|which)|(?:to|with|from|for|by|at|in|under|through)\s+"
                              r"(?=(?:whom|which)\b[^.;]{0,80}?\bhad\b))?(?:which|who|whom|whose|where)\b",
                              re.IGNORECASE)
#: a stay of days, and a clause of what was done during it: "a four-day visit during which", "a five-day stay,
#: in the course of which"
_DAYS_DURING_WHICH = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:visit|trip|stay|tour|call)\b[^;]{0,40}?\b(?:during|in\s+the\s+course\s+of)\s+which\b",
                                re.IGNORECASE)
#: "INS Kirpan, a corvette that was commissioned into the Indian Navy on January 12, 1991, was handed over ...":
#: an appositive's own clause
#: "Ed Lavoie, a Marine veteran who served near Hue in 1968, said ...": an appositive person's own clause (or
#: their family's: "Kevin Pham, a combat medic on the team whose parents left Vietnam in 1979, said the trip ...")
_APPOSITIVE_WHO = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,8}?(?:who|whose)\b")
_APPOSITIVE_THAT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,5}?that\s+(?:was|were|had|has|have)\b")


#: a deployment told as over, what it included after it: "after a Western Pacific patrol that included",
#: ", closing a seven-week deployment that took her crew to"
_AFTER_A_DEPLOYMENT = re.compile(r"\b(?:after|closing|ending|concluding|completing|capping|from)\s+(?:a|an|her|his|its|"
                                 r"their|the)\s+(?:[\w-]+\s+){0,4}?(?:deployment|patrol|voyage|cruise)\b",
                                 re.IGNORECASE)


#: a purpose clause that looks back over or ahead to a period: "to review cooperation in", "to assess the exercises
#: of", "to go over plans for"
_PURPOSE_OF_REVIEW = re.compile(r"\bto\s+(?:review|assess|evaluate|sum\s+up|take\s+stock\s+of|go\s+over|"
                                r"look\s+back\s+on|discuss|plan|prepare|draw\s+up|map\s+out|agree\s+on)\b"
                                # (an abbreviation's dots in the object: "the project that the U.S. Agency for
                                # International Development launched in April 2019")
                                r"(?:[^,;.]|(?<=[A-Z])\.){0,140}$",
                                re.IGNORECASE)


def _barrier(sentence: str, t: Trigger, ds: int, de: int, count: bool = False) -> bool:
    """A relative clause or a semicolon between them, or "since" before the date ("the first visit
    since ... 2021")."""
    between = sentence[de:t.start] if de <= t.start else sentence[t.end:ds]
    if de <= t.start and inside_relative_clause(sentence, ds) and "," in between:
        return True  # "Quang, who was elected only last month, said ... the two normalized ...": the clause's date
    if de > t.start and inside_relative_clause(sentence, t.start) and (
            _CLAUSE_CLOSED.search(between)
            # "Singh, who is on a visit to Vietnam, on Monday co-chaired the dialogue": the clause closed, the
            # date opens the main verb's phrase
            or (between.rstrip().endswith(",") and (w := re.match(r"\s+([a-z-]+)\b", sentence[de:])) is not None
                and _is_past(w.group(1)))):
        return True  # "Giang, who arrived on Sunday on a two-day visit, laid a wreath ... earlier in the day"
    # (the happening's own words may be the next clause's subject: ", and relations were upgraded")
    # (a count's since-clause may have a subject of two: "one year since Biden, on a visit to Hanoi, and Vietnamese
    # leaders raised relations")
    if (de <= t.start and _SINCE_OPENING.fullmatch(sentence, 0, ds) and _PERFECT.search(sentence, de, t.end)
            and not _WHEN_AFTER.match(sentence, de)):
        # "Since 2009 Viet Nam has sent delegations to visit U.S. carriers": what has gone on since, not a
        # happening of that year (but "Since 2016, when Obama visited Hanoi, ...": the when-clause's)
        return True
    if de <= t.start and _THINGS_OWN_PAST.search(sentence, max(0, ds - 60), ds):
        # "the remains of a U.S. Air Force pilot shot down in 1967, in one of the moments of the first visit": the
        # date of a thing's own past, told by a participle after its noun, dates no happening after it either
        return True
    if de <= t.start and _AFTER_A_DEPLOYMENT.search(between):
        # "came home this week after a Western Pacific patrol that included a port visit to Da Nang": the return's
        # date, not that of the calls the deployment made before it
        return True
    if de <= t.start and _SET_OFF_PARTICIPLE.search(sentence, 0, ds) and re.match(r"\s*,", between):
        return True  # "The INS Kirpan, a corvette commissioned in 1991, was handed over": the subject's own past
    if de > t.start and _APPOSED_PAST.search(sentence, t.end, ds):
        # "Singh handed over twelve boats built under the credit line, a facility first offered in 2014": the
        # appositive's own past, not the handover's
        return True
    if ((de <= t.start and _TOOK_OFFICE.search(sentence, 0, ds) and re.match(r"\s*,", between))
            or (de > t.start and _TOOK_OFFICE.search(sentence, t.end, ds))):
        # "General Giang, appointed minister only in April, hosted him", "met President Phuc, newly installed in
        # April": the day a person took office is his, not the meeting's
        return True
    if de <= t.start and not count and (m := _NEXT_MAIN_CLAUSE.search(sentence, de, t.end)) \
            and not (t.text[:1].isupper() and _IN_ITS_NAME.fullmatch(sentence, m.start(), t.start)) \
            and not _OPENING_ADVERBIAL.fullmatch(sentence, 0, ds) and not _THEN.search(sentence, de, t.start):
        # "a partnership followed in 2007, and the relationship was raised ...": the first clause's date (but "On
        # Thursday he was welcomed ..., and the two ministers held talks": a date that opens the sentence is both's)
        return True
    if (de > t.start and re.fullmatch(r"\s*,\s*and\s+(?:then\s+|later\s+)?(?:in|on)\s+", between)
            and (w := re.match(r"\s+([a-z-]+)\b", sentence[de:])) is not None and _is_past(w.group(1))):
        # "held their first Defence Policy Dialogue, and in September 2011 signed a memorandum": the date opens
        # the next clause, whose verb follows it
        return True
    if de > t.start and t.type == "partnership_upgrade" and _ORIGIN_CLAUSE.match(between):
        return False  # "the anniversary of diplomatic relations, which Clinton announced in July 1995": their start
    if de > t.start and _DID_THE_SAME.search(between):
        # "raised ties with the United States during Biden's visit last September, did the same with Japan in
        # November": the next clause's date, of another partner's like happening
        return True
    if de > t.start and t.type == "exercise" and _AFTER_LEAVING.search(between):
        # "held a passage exercise with Vietnamese frigates after leaving the port on May 25": a drill at sea on the
        # way out is held on the leaving day, which the clause dates (not "after attending a conference on Nov. 1")
        return False
    if de > t.start and _OTHERS_DATE.search(between):
        # "transferred on Aug. 14, months after it was decommissioned in March 2020"; "the trip comes weeks
        # before the anniversary of the fall of Saigon on April 30, 1975"; "the trip followed the ASEAN summit
        # in Jakarta on Sept. 5-7": the date is that of what the clause or noun after the happening tells
        return True
    if de > t.start and _OWN_SPAN_CLAUSE.match(between):
        return False  # "the dialogue, which ended on Tuesday": the clause dates the happening it follows
    if de > t.start and _HAD_CLAUSE.search(between):
        return True  # "talks with Trong, whom he had hosted in the Oval Office last July": the clause's earlier past
    if de > t.start and _SINCE_CLAUSE.search(between):
        return True  # the date sits in the since-clause
    if de <= t.start and _SINCE_OPENS_IT.search(between):
        # "The next day he and Thanh signed a vision statement, the first since relations were normalized": the
        # happening sits in a since-clause, whose time is its own (not "On Sunday, Panetta became the first since
        # 1975 to visit Cam Ranh Bay": the visit is the main clause's)
        return True
    # "the body has met only sporadically; its next meeting is due in December": another clause
    if de > t.start and _PARTICIPLE_CLAUSE.search(between):
        return True  # "delivered boats ..., wrapping up a project paid for out of a credit line of 2014"
    if (de > t.start and _FRAME_OPENING.fullmatch(sentence, 0, t.start) and _FRAME_CLOSED.search(between)
            and _OBJECTS_PAST.search(sentence, max(0, ds - 40), ds)):
        # "In early June, during the visit to Vietnam of Secretary Panetta, General Thanh returned letters of a
        # soldier killed in 1969": the frame's happening takes no date of the main clause after it
        return True
    if de > t.start and _is_past(t.text) and _APPOSITIVE_THING.search(between):
        # "handed over 12 boats ..., a project financed under a line of credit that New Delhi extended in 2014": the
        # appositive's clause tells the thing's own past
        return True
    if de > t.start and _STRUCK_BY.search(between):
        # "berthed ... carrying relief for communities struck by floods and typhoons in October": the disaster's
        # time, told in the participle of the places it struck
        return True
    participle = _PAST_PARTICIPLE_CLAUSE.search(between) if de > t.start and _is_past(t.text) else None
    if participle and _HELD_PARTICIPLE.match(participle.group(0)) and (
            _HAPPENING_NOUN.search(t.text) or _HAPPENING_NOUN.search(between, 0, participle.start())):
        # "completed a survey course at the National Institute of Hydrography, Goa, conducted from 4 to 29
        # February": the course the verb took, told as held, with its days (its own, not an object's past)
        participle = None
    if participle and between[:participle.start()].strip(" )"):
        # "handed over letters of a US soldier, Steve Flaherty, killed in 1969": after a verb, the participle tells
        # of the object's past (after a noun, "the Comprehensive Partnership, established in July 2013", "VINBAX-23,
        # opened on December 11", of the happening's own)
        return True
    if de > t.start and (_AND_NAMED_SUBJECT.search(between) or _AND_PRONOUN_SUBJECT.search(between)):
        # "a phone call in March, and Secretary of State Antony Blinken followed up in Hanoi in April"; "met Chinh,
        # and before flying home he laid flowers at the memorial to a pilot shot down in 1967"
        return True
    if de > t.start and _WHERE.search(between):
        return True  # "laid flowers at the memorial marking where McCain was shot down in 1967": the place's own
    if de > t.start and _AND_THEN_DATE.search(between) and _SUBJECT_VERB_AFTER.match(sentence, de):
        return True  # "flew out to the Carl Vinson in October, and in December Vietnam received a cutter": the next
        # clause's date, though its verb tells no happening of the lexicon
    if de > t.start and _DATED_THEN_AND.search(between):
        return True  # "was transferred on 14 August 2020 and stopped in Honolulu on 8 June": the next verb's day
    if de > t.start and any(m.start() < t.end and t.start < m.end() <= ds for m in _SET_OFF.finditer(sentence, 0, ds)):
        return True  # "raised relations from a Strategic Partnership, established in 2007, to ... on Saturday"
    if de > t.start and _APPOSITIVE_CLAUSE.search(between):
        return True  # "anchored off Da Nang on March 5 - the stretch of coast where Marines landed in 1965"
    if de > t.start and _PURPOSE_OF_REVIEW.search(between):
        # "held a video call to review cooperation in 2024", "met to go over the exchanges of 2019": the period the
        # purpose is about, not the day of the happening
        return True
    if de > t.start and PLAN_COMPLEMENT.search(between):
        return True  # "met on Tuesday and won a promise to allow Indian ships into Cam Ranh in March": the plan's date
    if de > t.start and _PLAN_CLAUSE.search(between):
        return True  # "met for their dialogue last month, and Krishna is due in Hanoi this month": the plan's date
    if de > t.start and _PLAN_PARTICIPLE.search(between):
        # "held talks on Monday on planning the next field activity, due to begin in September": the date of what is
        # still to come, told in a clause of its own after a comma
        return True
    if de > t.start and _that_clause(between):
        return True  # "boats built under the credit line that India extended in 2014": the clause's own date
    if (de > t.start and (first := _FIRST_HELD.search(between)) is not None
            and len(between[:first.start()].replace(",", " ").split()) >= 2
            and not re.search(r"\b(?:was|were|is|are|been|be)\s+$", between[:first.start()], re.IGNORECASE)):
        # "visited Da Nang in March for an exercise first held in 2010": another thing's first time (not "VINBAX was
        # first held in 2018", "the dialogue, first held in 2008": the happening's own)
        return True
    if de > t.start and _DOCUMENT_MADE.search(between):
        # "talks focused on a memorandum of understanding the two ministries signed last September": the
        # document's own clause, with no "that"
        return True
    if de <= t.start and any(m.end() > de for m in _DAYS_DURING_WHICH.finditer(sentence, 0, t.start)):
        # "sailed out of Kochi on Friday, ending a four-day visit during which it carried out a joint exercise": the
        # day the visit ended, not one of its days the clause tells of
        return True
    rel = _RELATIVE_CLAUSE.search(between)
    if rel is not None and de <= t.start and ";" not in between and _OPENING_ADVERBIAL.fullmatch(sentence, 0, ds) \
            and (close := re.search(r",\s+(?:\w+\s+){0,2}$", between)) is not None and close.start() > rel.end() \
            and not re.search(r",\s+(?:and|but|while)\b", between):
        # "On the same day, Vice Admiral Nghiem, who accompanied the Minister, met Admiral Kumar": a clause about the
        # subject, closed before the verb that the opening date dates
        return False
    return ";" in between or rel is not None or bool(_WHERE_BARE.search(between))


#: a date that opens the sentence after "Since", and a present perfect after it: "Since 1988, the two sides have
#: cooperated"
_SINCE_OPENING = re.compile(r"\s*(?:ever\s+)?since\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?!been\s+[a-z]+ing\b)(?:(?:also|long|steadily|regularly|repeatedly|been)\s+)*"
                      r"(?:[a-z]+(?:ed|en|t)|made|held|paid|sent|met|had|done|won|led|hosted)\b")
_WHEN_AFTER = re.compile(r",?\s+when\b")
#: a date that opens the next clause: ", and in December", ", and on 9 June"
_AND_THEN_DATE = re.compile(r",\s+and\s+(?:then\s+)?(?:(?:in|on|by|from|during)\s+(?:the\s+)?)?$", re.IGNORECASE)
#: and that clause's own subject and verb after the date: "Vietnam received", "the Vietnam Coast Guard took"
_SUBJECT_VERB_AFTER = re.compile(r",?\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.'’-]*\s+){1,5}|"
                                 # (or the two sides named as such: "and last year the two countries signed")
                                 r"(?:two|both)\s+(?:countries|sides|navies|armies|ministries|governments|leaders|"
                                 r"ministers|militaries|coast\s+guards)\s+)"
                                 # (an adverb of the verb's: "and in May 2016 Washington fully lifted its ban")
                                 r"(?:(?:also|fully|formally|finally|officially|partially|partly|quietly|then|later|"
                                 r"again|first|at\s+last)\s+)?"
                                 r"(?:(?-i:[a-z])\w+ed|took|made|sent|gave|began|held|got|saw|won|became|came|went)\b")


#: the happening's words, then one participle clause of it up to the date, with no clause after it: "... in Hai
#: Phong, running boarding and small-boat courses from" (not a source's: ", according to a statement released", ",
#: noting that Vietnam had hosted a workshop on")
_ITS_PARTICIPLE = re.compile(r"[^,;:()]*,\s+(?!(?:according|noting|saying|adding|stressing)\b)[a-z]+ing\b[^,;:()]*$")


def _days_within(sentence: str, triggers: list[Trigger], dates: list[tuple[int, int, DateValue, str]],
                 given: dict[int, list[DateValue]], t: Trigger, coarse: DateValue) -> list[DateValue]:
    """A month or week told for a happening, and the days within it told after it in its sentence and given to no
    other happening ("last month ... spent two weeks in Hai Phong, running courses from November 4 to 15"): the days,
    past the participle clause that otherwise keeps a date of its own."""
    taken = {id(v) for vs in given.values() for v in vs}
    for ds, _de, v, forward in dates:
        if (ds >= t.end and not forward and id(v) not in taken and v.precision == "day" and coarse.contains(v)
                and _ITS_PARTICIPLE.match(sentence, t.end, ds) is not None
                and not any(t.end <= x.start < ds for x in triggers if x is not t)):
            return [v]
    return [coarse]


def _finest(values: list[DateValue]) -> list[DateValue]:
    """Drop a date that only restates a finer one ("earlier this year, from July 30 ...")."""
    out = []
    for v in values:
        if any(o is not v and v.contains(o) and o.rank() > v.rank() for o in values):
            continue
        if v not in out:
            out.append(v)
    return out


def ordinal_before(sentence: str, pos: int) -> int | None:
    """The session number just before a mechanism's name ("the 13th ... dialogue")."""
    found = list(ORDINAL.finditer(sentence[max(0, pos - 70):pos]))
    return number_value(found[-1].group(0)) if found else None




# ----------------------------------------------------------------------------- merge


_A_DAY = dt.timedelta(days=1)


#: a course or exercise told as finished: its day is the last of its days
_FINISHED = re.compile(r"(?:complet|finish|conclud|wrapp?)\w*(?:\s+up)?\b", re.IGNORECASE)
#: at most how long a course runs, from the day it began to the day it was finished
COURSE_DAYS = 200


def begun_and_finished(a: EventRecord, b: EventRecord) -> DateValue | None:
    """The days of one course told twice in an article, by the day it began ("The course, which began on August
    27, ...") and the day it was finished ("completed a three-week course on Friday"): the span between them."""
    if a.type != "exercise" or b.type != "exercise" or a.date is None or b.date is None \
            or not set(a.article_ids) & set(b.article_ids):
        return None
    for start, end in ((a, b), (b, a)):
        ds, de = start.date, end.date
        if (ds is not None and de is not None and ds.precision == de.precision == "day" and not ds.is_range
                and not de.is_range and _FINISHED.match(end.trigger) and not _FINISHED.match(start.trigger)
                and 0 < (de.start - ds.start).days <= COURSE_DAYS):
            return DateValue(ds.start, de.start, "day", ds.basis, True)
    return None


def _first_or_last_day(da: DateValue, db: DateValue) -> bool:
    """Whether one date is a single day that opens or closes the other, a span."""
    return any(x.is_range and not y.is_range and y.start in (x.start, x.end) for x, y in ((da, db), (db, da)))


def compatible(a: EventRecord, b: EventRecord) -> bool:
    """Whether two records can be one happening: partner, type and dates agree."""
    if a.partner != b.partner or a.type != b.type or a.date is None or b.date is None:
        return False
    if a.trigger_spans == b.trigger_spans and set(a.participants) != set(b.participants):
        # "met Chinh, Thuong and Hue separately on Monday": one verb the article split into a meeting per person
        return False
    if begun_and_finished(a, b) is not None:
        return True
    da, db = a.date, b.date
    # (a stay told by its week and by its days: "has spent this week in India" and "arrived on Sunday for a five-day
    # visit": one visit, whose days may begin on the Sunday before the week's Monday)
    week_and_days = (a.type == "visit" and "week" in {da.precision, db.precision}
                     and da.start - _A_DAY <= db.end and db.start - _A_DAY <= da.end)
    # (a stay told twice by days a day apart: "was in port from 4 to 7 March" and "left on Friday after a four-day
    # visit", the 5th to the 8th: one port call, its days counted two ways)
    overlapping_stays = (a.type == "visit" and da.precision == db.precision == "day" and da.is_range and db.is_range
                         and abs(da.start - db.start) <= _A_DAY and abs(da.end - db.end) <= _A_DAY
                         # (not two ships in two ports the same week)
                         and not (a.location and b.location
                                  and not set(a.location.split(";")) & set(b.location.split(";"))))
    if not (da.contains(db) or db.contains(da) or week_and_days or overlapping_stays):
        return False
    if da.precision == db.precision == "day" and da.start != db.start and not (
            # "a three-day visit from June 8 to 10" and "on Thursday (June 9) he travelled to Hai Phong": one visit
            # (and a relationship raised during a visit of "2-3 September" and "on Saturday", the 3rd: once)
            a.type in ("visit", "partnership_upgrade") and (da.is_range or db.is_range)) and not (
            # (a day's drills within the days an exercise ran: "ran from Tuesday to Friday" and "hover drills on
            # Wednesday, part of the exchange"; not a named series' own exercise of two days, which coders code apart)
            a.type == "exercise" and da.is_range != db.is_range
            and not (_NAMED.match(a.trigger) or _NAMED.match(b.trigger))) and not (
            # (and a course "concluded on Friday" and "held from March 4 to 15": its last day and its days; so a
            # round of talks "concluded on Wednesday" and "held from October 14 to 16")
            a.type in ("exercise", "dialogue") and _first_or_last_day(da, db)):
        return False
    if {a.modality, b.modality} == {"virtual", "in_person"}:
        return False  # "phone talks earlier this year" are not the meeting of May 31
    if (a.type == "exercise" and da.is_range and db.is_range and da.end != db.end and a.location and b.location
            and not set(a.location.split(";")) & set(b.location.split(";"))):
        # a course in Hanoi on 10-21 March and a drill in Da Nang on 10-12 March: two happenings (a visit's legs in
        # two places are one visit's)
        return False
    if _told_apart(a, b) or _told_apart(b, a):
        return False
    if a.trigger != b.trigger and _NAMED.match(a.trigger) and _NAMED.match(b.trigger):
        return False  # "Pacific Partnership" and "Pacific Angel" in one August: two series, two happenings
    pa = {p for p in a.participants if not is_office_id(p)}
    pb = {p for p in b.participants if not is_office_id(p)}
    if a.type in ("talks", "summit") and any(
            (sa := {p for p in pa if is_vietnamese_id(p) == side})
            and (sb := {p for p in pb if is_vietnamese_id(p) == side}) and not sa & sb for side in (True, False)):
        # Obama met President Quang, and later Prime Minister Phuc: one side's people differ, two meetings (told
        # by the day or by the month: "talks with Phuc on Saturday" and "separate meetings with President Quang")
        return False
    if a.type == "visit" and not (pa & pb) and told_by_one_side(pa, pb):
        pa = pb = set()
    if pa and pb and not pa & pb and a.type != "partnership_upgrade":
        # (a relationship is raised once: "Modi raised ties" and "Phuc raised ties" in 2016 are one upgrade)
        # the same day, the minister met his counterpart and called on the President: two meetings; a session
        # of a dialogue or a visit told through different people is still one
        return a.type != "talks" and min(da.rank(), db.rank()) == 3
    if a.type == "talks" and da.precision == db.precision == "day" and (a.level == "summit") != (b.level == "summit") \
            and a.modality == b.modality == "in_person":
        # the minister held talks with his counterpart (told without naming him), and that day called on the
        # President: a head of state or government receiving him is a meeting of its own
        return False
    only_a, only_b = pa - pb, pb - pa
    one_side = {is_vietnamese_id(p) for p in only_a | only_b}
    if a.type == "talks" and only_a and only_b and len(one_side) == 1 and da.precision == db.precision == "day":
        # the minister held talks with his counterpart, and later that day met the President: one visitor,
        # two hosts of one side, two meetings
        return False
    return True


def told_by_one_side(pa: set[str], pb: set[str]) -> bool:
    """Whether two disjoint sets of people can be one happening's two sides told apart: each names only people
    of a side the other does not ("Cohen visited Vietnam in March 2000; during his March 13-15 visit he met Tra": told
    once by its visitor, once by its host)."""
    # (not when both name someone of one side, different people: Giang's hosts and Pande's are two visits)
    return not any({p for p in pa if is_vietnamese_id(p) == side} and {p for p in pb if is_vietnamese_id(p) == side}
                   for side in (True, False))


def _told_apart(a: EventRecord, b: EventRecord) -> bool:
    """Whether ``a`` was told as another happening of the month (or year) of one in ``b``'s article: "Tra visited
    Washington in November 2003, the same month the frigate Vandegrift called at Saigon" tells two visits."""
    return any(x not in b.trigger_spans and any(y[0] == x[0] for y in b.trigger_spans) for x in a.apart)


def summits_told_as_talks(records: list[EventRecord]) -> list[EventRecord]:
    """ "the joint statement adopted after Sunday's talks", no one named, beside the leaders' summit that Sunday:
    the summit told again, so a summit (and merged with it)."""
    summit_days = {(r.partner, r.date.start) for r in records if r.type == "summit" and r.date is not None
                   and r.date.precision == "day" and not r.date.is_range}
    return [replace(r, type="summit") if r.type == "talks" and not r.participants and r.date is not None
            and r.date.precision == "day" and (r.partner, r.date.start) in summit_days else r for r in records]


def combine(a: EventRecord, b: EventRecord) -> EventRecord:
    """One record from two reports of a happening: the finer date, the union of the rest."""
    first, second = (a, b) if (a.date and b.date and a.date.rank() >= b.date.rank()) else (b, a)
    date = begun_and_finished(a, b) or first.date
    if date is not None and second.date is not None and second.date.is_range and not date.is_range \
            and date.start in (second.date.start, second.date.end) and a.type != "partnership_upgrade":
        # (its first day, or its last: "concluded a course on Friday" and "the course, held from March 4 to 15")
        date = second.date
    elif date is not None and second.date is not None and second.date.is_range and not date.is_range \
            and second.date.precision == "day" and a.type in ("exercise", "visit") and second.date.contains(date):
        # (a day within the span of days it ran: "ran from Tuesday to Friday" and "hover drills on Wednesday ...
        # part of the exchange": the span)
        date = second.date
    if a.type == "partnership_upgrade" and date is not None and second.date is not None and date.is_range \
            and not second.date.is_range and second.date.precision == "day" and date.contains(second.date):
        date = second.date  # (raised on one day of a visit: "on Friday", within "July 4-7")
    modality = first.modality if first.modality != "unknown" else second.modality
    return EventRecord(
        partner=first.partner, type=first.type, date=date, modality=modality,
        level=max_level([a.level, b.level]),
        location=first.location or second.location,
        participants=tuple(dict.fromkeys(a.participants + b.participants)),
        ordinal=a.ordinal or b.ordinal,
        domains=tuple(dict.fromkeys(a.domains + b.domains)),
        article_ids=tuple(dict.fromkeys(a.article_ids + b.article_ids)),
        sentence_refs=tuple(dict.fromkeys(a.sentence_refs + b.sentence_refs)),
        evidence=tuple(dict.fromkeys(a.evidence + b.evidence)),
        trigger=first.trigger or second.trigger,
        cameo=first.cameo or second.cameo,
        trigger_spans=tuple(dict.fromkeys(a.trigger_spans + b.trigger_spans)),
        apart=tuple(dict.fromkeys(a.apart + b.apart)),
    )


def merge(records: list[EventRecord]) -> list[EventRecord]:
    """One event per happening: records are folded into the first compatible one, finest first."""
    records = summits_told_as_talks(records)
    ordered = sorted(records, key=lambda r: (-(r.date.rank() if r.date else -1),
                                             r.date.start if r.date else None))
    out: list[EventRecord] = []
    for r in ordered:
        for i, o in enumerate(out):
            if compatible(o, r):
                out[i] = combine(o, r)
                break
        else:
            out.append(r)
    return sorted(out, key=lambda r: (r.date.start if r.date else None, r.partner, r.type))


def prune_offices(r: EventRecord) -> EventRecord:
    """Drop an office participant ("the two Defence Ministers") when its holder is named too."""
    base = people()
    persons = [base[p] for p in r.participants if p in base]
    keep = []
    for pid in r.participants:
        code, _, office = pid.partition("-")
        held = any(x.country.lower() == code and any(slug(t.office) == office and (
            r.date is None or (t.start <= r.date.end and (t.end is None or r.date.start <= t.end)))
            for t in x.tenures) for x in persons)
        if is_office_id(pid) and held:
            continue
        keep.append(pid)
    return replace(r, participants=tuple(keep))


def event_id(r: EventRecord) -> str:
    date = r.date.iso_start() if r.date else "undated"
    return f"{r.partner.lower()}-{date}-{r.type.replace('_', '-')}"
