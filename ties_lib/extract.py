"""The per-article step: one :class:`Document` in, one :class:`ArticleResult` out.

A pure function with no state between articles, so that the same code serves
``load_corpus``, a process pool and Dask.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from . import actors as actors_mod
from .agreements import HEAD as AGREEMENT_HEAD
from .agreements import find_agreements
from .anchoring import (
    anchor_article,
    article_day,
    find_wire_dateline,
    published_from,
    reference_day,
    stamp_weekday,
)
from .data import common_words
from .dates import (
    MONTHS,
    STILL_THROUGH,
    DateExpr,
    a_persons_year,
    day_value,
    figure_order,
    find_dates,
    find_periods,
    month_value,
    number_value,
    resolve,
    vietnamese_page,
    year_value,
    zone_day,
)
from .domains import find_domains, speaks_of_cooperation
from .events import (
    AND_SAME_SUBJECT,
    FUTURE_BEFORE,
    LEVEL_CUES,
    SAME_PERIOD,
    VIRTUAL,
    Trigger,
    assign_dates,
    find_triggers,
    followers,
    inside_relative_clause,
    listed_ships,
    ordinal_before,
    raw_triggers,
    told_by_one_side,
)
from .furniture import clean
from .lookup import covering, group, within
from .occasions import made_at_meeting
from .offsets import counted_days, counted_from_its_clause
from .places import find_places
from .records import (
    ActorHit,
    AgreementRecord,
    ArticleInfo,
    ArticleResult,
    DateValue,
    Document,
    DomainHit,
    EventRecord,
    Mention,
    PlaceHit,
    Problem,
    Sentence,
    max_level,
)
from .sameday import earlier_that_day, next_host_that_day
from .text import fold, lower_in_place, quoted_titles, sentence_at, split_sentences
from .triggers import HOSTING, SIGNING, RawTrigger, cameo_for

HOME = "VNM"
#: common English words, found on lower-cased text
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|with|for|on|that|is|was|were|has|have)\b")


def extract(doc: Document) -> ArticleResult:
    """Read one article: furniture, sentences, mentions, actors, events, agreements, domains."""
    aid = doc.article_id
    cleaned = clean(aid, doc.text)
    body = cleaned.body
    text = fold(body)
    sentences = split_sentences(aid, body)
    exprs = find_dates(text, day_first=figure_order(fold(cleaned.dropped_text + "\n" + cleaned.top_text),
                                                    cleaned.dropped_text + cleaned.top_text + body))
    periods = find_periods(text)
    # (the page's tones are read before they are folded away: "QUẢNG TRỊ ONLINE" writes its dates day first)
    anchor, published, pub_basis, pub_evidence = anchor_article(
        cleaned.header_date, fold(cleaned.dropped_text), text, sentences, exprs, periods, fold(cleaned.top_text),
        vietnamese_page("\n".join((cleaned.title, cleaned.dropped_text, cleaned.top_text, body[:3000]))),
        fold(cleaned.title))
    resolved = resolve(exprs, anchor, [(s.start, s.end) for s in sentences], text)
    day = reference_day(anchor)
    hits = [_with_sentence(h, sentences) for h in actors_mod.find_actors(
        text, day, fold("\n".join((cleaned.title, cleaned.top_text, cleaned.dropped_text))))]
    places = find_places(text)
    country_hits = actors_mod.find_countries(text)
    # the dateline's city is where the story was filed, not where anything happened
    wire = find_wire_dateline(text)
    filed = _DATELINE_PLACE.match(text[:160])
    if filed is None and wire is None:
        # ("KANAZAWA MARITIME SHIMBUN / ... / 2025/04/18 19:20 JST / HANOI - A U.S. Coast Guard cutter ...": a
        # dateline in capitals opening a line of the page's head, after its masthead and stamp)
        filed = _CAPITALS_DATELINE.search(text, 0, 700)
    filed_span = (filed.start(), filed.end()) if filed else (wire.start, wire.end) if wire else (0, 0)
    # (nor is a place's name inside a person's: "National Assembly Chairman Vuong Dinh Hue"; looked up by
    # bisection, since a long report names thousands of both)
    named = sorted((h.start, h.end) for h in hits if h.kind == "person")
    named_starts = [a for a, _b in named]

    def in_a_name(pos: int) -> bool:
        k = bisect_right(named_starts, pos) - 1
        return k >= 0 and pos < named[k][1]

    # (nor a ship's or a unit's home: "the cutter Harriet Lane, homeported in Honolulu, arrived at Tien Sa")
    event_places = [p for p in places if not filed_span[0] <= p.start < filed_span[1] and not in_a_name(p.start)
                    and not _HOME_OF.search(text, max(0, p.start - 30), p.start)]
    # (a third country's city is where something happened, not a partner: "met again in Kuala Lumpur")
    abroad = [(p.start, p.end, p.country) for p in event_places
              if p.country != HOME and p.country in actors_mod.studied_partners()]
    # "Seoul and Hanoi established diplomatic ties in 1992": a capital paired with Vietnam's names its country
    paired = [(p.start, p.end, p.country) for p in event_places if p.country != HOME and p.kind == "city"
              and (_AND_HANOI.match(text, p.end) or _HANOI_AND.search(text, max(0, p.start - 12), p.start))]
    # (a city-state's dateline, "SINGAPORE, April 14 (Reuters) -", names where the story was filed, no partner)
    # (a dateline's dash stands apart: "The India-Vietnam summit" opens on no dateline)
    if text[filed_span[1]:filed_span[1] + 4].lstrip("-–—:")[:1].isspace():
        country_hits = [h for h in country_hits if not filed_span[0] <= h[0] < filed_span[1]]
    sentence_partner, partner_chars = _partners(text, sentences, hits, sorted(country_hits + paired), abroad)
    main_partner = partner_chars[0][0] if partner_chars else ""
    hits = [_resolve_star(h, main_partner) for h in hits]

    agreement_spans = []
    for s in _with_document_nouns(text, sentences):
        for a in find_agreements(text[s.start:s.end]):
            agreement_spans.append((s, a))
    in_agreement = [(s.start + a.start, s.start + a.end) for s, a in agreement_spans]

    dated = [(e, v, note) for e, v, note in resolved]
    if wire:  # the dateline dates the article, not a happening
        dated = [(e, v, n) for e, v, n in dated if not wire.start <= e.start < wire.end]
    latest = max((v.end for _e, v, _n in dated if v is not None), default=None)
    events, undated, folded = _events(aid, text, sentences, dated, hits, event_places, sentence_partner,
                                      in_agreement, article_day(anchor) or latest)
    earlier, told = earlier_that_day(events, folded, undated, sentences)
    events += earlier
    undated = [u for u in undated if id(u[2]) not in told]
    events, undated = _next_hosts(events, undated, sentences, hits)
    at_meetings, told = made_at_meeting(undated, events)
    events += at_meetings
    undated = [u for u in undated if id(u[2]) not in told]
    domain_hits = _domains(text, sentences)
    events = _attach(events, undated, domain_hits, sentences)
    arrived = _on_arrival(undated, events)
    events = [_redated_on_arrival(e, events) for e in events] + arrived
    undated = [u for u in undated if not any(r.trigger_spans == u[2].trigger_spans for r in arrived)]
    events += _dated_by_the_lead(undated, events, dated, sentences, hits)
    # ("Modi and Chinh agreed on Thursday ... The two leaders held talks at Hyderabad House. The two prime ministers
    # also inaugurated ...": the meeting dated by the lead is the occasion too)
    at_meetings, told = made_at_meeting(undated, events)
    events += at_meetings
    undated = [u for u in undated if id(u[2]) not in told]
    # ("The undertaking was made when Antony held talks with Thanh, and later called on Prime Minister Dung": the
    # talks take the lead's day, and the call that day with them)
    events, undated = _next_hosts(events, undated, sentences, hits)
    # (a scene's day before the page's: "Sept 3/16: Modi visit. Modi holds talks with Phuc" in a timeline of 2016)
    scened = _dated_by_a_scene(undated, events, dated, sentences)
    events += scened
    undated = [u for u in undated if not any(r.trigger_spans == u[2].trigger_spans for r in scened)]
    concluded = _where_it_was_signed(undated, dated, sentences)
    events += concluded
    undated = [u for u in undated if not any(r.trigger_spans == u[2].trigger_spans for r in concluded)]
    framed = _framed_by_talks_on_the_visits_day(undated, events)
    events += framed
    undated = [u for u in undated if not any(r.trigger_spans == u[2].trigger_spans for r in framed)]
    events += _dated_by_the_article(undated, events, article_day(anchor), _heads_before_the_lead(sentences))
    events += _dated_later(undated, events)
    events += _arrived_in_the_subjects_clause(undated, events)
    events = _dated_by_its_anaphor(undated, events, dated, sentences)
    events += _undated_course_told_again(undated, events, dated, sentences)
    events += _dated_by_the_visit(undated, events)
    events += _exercise_of_the_call(undated, events)
    events += _on_departure(undated, events, dated, sentences)
    events += _handed_over_at_the_close(undated, events, sentences)
    events += _raised_after_the_meeting(undated, events)
    events = counted_days(events, [r for _s, t, r in undated if not t.anaphoric and not t.future], sentences, text,
                          dated)  # "a day after Singh held talks": once all are dated
    events = _same_day_as(events)
    events = _begun_as_told_next(events, dated, sentences)
    events = _dated_as_told_next(events, dated, sentences)
    events = _ended_from_its_arrival(events, sentences)
    events = _exchange_of_the_stay(events)
    events = _weekday_of_the_stay(events)
    events = _course_told_again_with_its_days(events, dated, sentences)
    agreements = _agreements(aid, text, agreement_spans, dated, events, sentence_partner, in_agreement)
    # a third country's happenings with Vietnam chose their sentences' partner, but are not coded
    studied = actors_mod.studied_partners()
    events = [e for e in events if e.partner in studied]
    agreements = [a for a in agreements if a.partner in studied]

    if published is None:
        # the latest happening the article reports (plans and invitations left out)
        # (not one counted forward past the year the text already gives the page: "a list of activities for next
        # year, including an expert exchange" has not happened)
        reported = covering((ev.date.start, ev.date.end) for ev in events if ev.date is not None
                            and not (ev.date.basis == "relative" and anchor.now is not None
                                     and ev.date.start > anchor.now.end))
        happened = [(e, v, n) for e, v, n in dated if v is not None and reported(v.start, v.end)]
        head = "\n".join([*cleaned.dropped_text.splitlines()[:8], *cleaned.top_text.splitlines(), cleaned.title,
                          *body.splitlines()[:3]])
        published, pub_basis, pub_evidence = published_from(happened or dated, in_agreement, sentences, anchor,
                                                            stamp_weekday(fold(head)))
        if published is not None:
            # "a calendar for next year, among them a joint exercise": counted forward past the page's own date,
            # which the text gave only now, it is a plan
            events = [e for e in events if not (e.date is not None and e.date.basis == "relative"
                                                 and e.date.start > published.end)]

    mentions = _mentions(aid, text, sentences, dated, hits, domain_hits, agreement_spans, places)
    flags = _flags(text, hits, partner_chars, places, country_hits) + _header_flags(cleaned.dropped)
    coded = bool(text.strip()) and not any(f.startswith("no mention of Vietnam") for f in flags)
    if not coded:  # nothing between Vietnam and a partner: parsed and flagged, not coded
        hits, events, agreements, domain_hits = [], [], [], []
    article = ArticleInfo(
        article_id=aid, path=doc.path, title=cleaned.title, published=published,
        published_basis=pub_basis, published_evidence=pub_evidence, body=body,
        encoding=doc.encoding, fmt=doc.fmt, sha1=doc.sha1,
        partners=tuple(p for p, _ in partner_chars), partner_chars=tuple(partner_chars),
        furniture_lines=len(cleaned.dropped),
        furniture_chars=sum(len(f.text) for f in cleaned.dropped), flags=tuple(flags))
    return ArticleResult(
        article=article, sentences=tuple(sentences), furniture=cleaned.dropped,
        # an actor acts for Vietnam or a partner studied (codebook): a third country's minister is mentioned only
        mentions=tuple(mentions), actors=tuple(h for h in hits if h.country in studied or h.country in (HOME, "")),
        events=tuple(events),
        agreements=tuple(agreements),
        domains=tuple((d.domain, d.sentence_id, d.term) for d in domain_hits
                      if speaks_of_cooperation(sentences[d.sentence_id].text)),
        problems=tuple(_flag_problem(doc.path, f) for f in flags))


def _with_document_nouns(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences where an agreement can be named: one scan of the article, not one per sentence."""
    starts = {sentence_at(sentences, m.start()) for m in AGREEMENT_HEAD.finditer(lower_in_place(text))}
    return [s for s in sentences if s.sentence_id in starts]


def _flag_problem(path: str, flag: str) -> Problem:
    """A flag as a problem row: what it is, then what it means for the article."""
    head, _, tail = flag.partition(":")
    return Problem(path, head.strip(), tail.strip())


# -------------------------------------------------------------------------- partners


def _with_sentence(h: ActorHit, sentences: list[Sentence]) -> ActorHit:

    return replace(h, sentence_id=sentence_at(sentences, h.start))


def _resolve_star(h: ActorHit, partner: str) -> ActorHit:
    if h.country != "*":
        return h

    c = partner or "UNK"
    return replace(h, country=c, actor_id=h.actor_id.replace("*", c.lower()),
                   name=h.name.replace("of *", f"of {c}"))


#: where a traveller came from: "flew in from the G20 in New Delhi", "hours after leaving the G20 in New Delhi",
#: "having left Tokyo"
_ORIGIN_BEFORE = re.compile(r"\b(?:from|(?:after\s+|on\s+|before\s+)?(?:leaving|departing)|having\s+left|left)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:(?:in|at)\s+)?$", re.IGNORECASE)
#: people sent as a team, not ships: "a team of U.S. flight surgeons", "a group from U.S. Army Pacific", "doctors"
_A_TEAM = re.compile(r"\b(?:team|teams|group|groups|delegation|doctors|surgeons|medics|nurses|experts|specialists|"
                     r"instructors|trainers|engineers|officers)\b", re.IGNORECASE)
#: a clause of time opened after a happening: ", when"
_WHEN_OPENS = re.compile(r",?\s+when\s", re.IGNORECASE)
#: a journey told up to where it came from: "arrived in Hanoi on Wednesday evening from", "flew in from"
_CAME_FROM_BEFORE = re.compile(r"\b(?:arrived|arrives|arriving|arrive|flew|flies|flying|travelled|traveled|travelling|"
                               r"traveling|came|comes|coming|landed|lands|landing)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?$",
                               re.IGNORECASE)
#: hardware told before its arrival: "Vietnam's first Kilo-class submarine ... arrived", "the boats ... arriving"
_SHIPPED_BEFORE = re.compile(r"\b(?:submarines?|ships?|vessels?|boats?|frigates?|corvettes?|cutters?|aircraft|jets?|"
                             r"helicopters?|tanks?|missiles?|systems?|equipment|hardware|consignments?|shipments?)\b"
                             r"[^.;]*$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’]")
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)?$")  # "based in Yokosuka, Japan"
#: countries a status is compared with: "a status Vietnam had reserved for China and Russia", "a level granted
#: only to Russia", "alongside Russia and China": the partners of others, not of the sentence's happening
#: what a country's adjective makes a thing of its make: "Russian aircraft", "Russian-made Su-30 jets", "Chinese
#: weapons", "Israeli missile systems"
_HARDWARE_AFTER = re.compile(r"-(?:made|built|designed|supplied|origin)\b|\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:aircraft|jets?|fighters?|helicopters?|submarines?|weapons?|weaponry|arms|armaments?|"
                             r"equipment|hardware|platforms?|missiles?|tanks?|frigates?|corvettes?|radars?|rifles?|"
                             r"kit|spare\s+parts|systems?)\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:reserved\s+(?:only\s+)?for|(?:given|granted|extended|accorded|offered)\s+"
                              r"(?:only\s+)?to|alongside|(?<!would\s)(?<!\bto\s)like|such\s+as|along\s+with|"
                              # ("a tier previously held only by China and Russia", "one so far shared only with")
                              r"(?:held|shared|enjoyed|reached|reserved)\s+(?:[a-z]+\s+){0,2}?only\s+(?:by|with|for))\s+"
                              # (a list before it: "reserved for China, Russia, India and South Korea")
                              r"(?:(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|"
                              r"\s(?:and|or)\s+))*$", re.IGNORECASE)


#: a capital paired with Vietnam's as the two parties: "Seoul and Hanoi", "Hanoi and Canberra"
_AND_HANOI = re.compile(r"\s+and\s+(?:Hanoi|Ha\s+Noi)\b")
_HANOI_AND = re.compile(r"\b(?:Hanoi|Ha\s+Noi)\s+and\s+$")


def _partners(text: str, sentences: list[Sentence], hits: list[ActorHit],
              country_hits: list[tuple[int, int, str]], abroad: list[tuple[int, int, str]] = ()
              ) -> tuple[dict[int, str], list[tuple[str, int]]]:
    """The partner each sentence speaks of, and how many characters speak of each partner.

    ``abroad`` are the partner's own places ("visited New Delhi", "at the White House"): they name the
    partner even where a country's name in the same position would be a venue."""
    per_sentence: dict[int, Counter[str]] = {s.sentence_id: Counter() for s in sentences}
    made_by: dict[int, Counter[str]] = {s.sentence_id: Counter() for s in sentences}  # countries by their kit
    venues: dict[int, str] = {}
    for start, _end, code in abroad:
        if sentences and _ORIGIN_BEFORE.search(text, max(0, start - 40), start):
            # "flew into Hanoi from the G20 in New Delhi": where a traveller came from names no partner
            venues.setdefault(sentence_at(sentences, start), code)
        elif sentences:
            per_sentence[sentence_at(sentences, start)][code] += 1
    for start, _end, code in country_hits:
        if code == HOME or not sentences:
            continue
        if _COMPARED_BEFORE.search(text, max(0, start - 90), start):
            continue
        if code not in actors_mod.studied_partners() and _HARDWARE_AFTER.match(text, _end):
            # "Vietnam's military still flies mostly Russian aircraft": a third country's kit names its maker, the
            # partner of its own sentence ("took delivery of its first Russian-built submarine") but not of the
            # sentences after it
            made_by[sentence_at(sentences, start)][code] += 1
        if _VENUE_BEFORE.search(text, max(0, start - 30), start) or (
                code not in actors_mod.studied_partners()
                and (came := _CAME_FROM_BEFORE.search(text, max(0, start - 90), start)) is not None
                and not _SHIPPED_BEFORE.search(text, max(0, came.start() - 90), came.start())):
            # "they met again in Singapore on the sidelines of ...": a venue does not change the partner; nor does
            # the third country a traveller came from ("arrived in Hanoi on Wednesday evening from Singapore"; but a
            # submarine that "arrived at Cam Ranh from Russia" came from its maker)
            venues.setdefault(sentence_at(sentences, start), code)
        else:
            per_sentence[sentence_at(sentences, start)][code] += 1
    named_in: dict[int, set[str]] = {}  # the countries whose people a sentence names
    opens = {s.sentence_id: s.start for s in sentences}
    for h in hits:
        if h.country not in (HOME, "*", "") and h.sentence_id in per_sentence:
            # (the person a sentence opens on is its subject: "Hegseth arrived in Hanoi ..., coming from Kuala
            # Lumpur, where he had also met Chinese Defence Minister Dong Jun" is Hegseth's sentence)
            subject = (h.kind == "person" and h.start - opens[h.sentence_id] <= 2
                       and not _POSSESSIVE_AFTER.match(text, h.end))  # (not "Fernandes' visit came after ...")
            per_sentence[h.sentence_id][h.country] += 4 if subject else 2
            named_in.setdefault(h.sentence_id, set()).add(h.country)
    chars: Counter[str] = Counter()
    for s in sentences:
        for code in set(per_sentence[s.sentence_id]) | ({venues[s.sentence_id]} if s.sentence_id in venues else set()):
            chars[code] += s.end - s.start
    # ties go to the partner named first (a set's order changes from run to run with the hash seed)
    first_named: dict[str, int] = {}
    for start, _end, code in sorted([*abroad, *country_hits, *((h.start, h.end, h.country) for h in hits)]):
        first_named.setdefault(code, start)
    ranking = sorted(chars, key=lambda p: (-chars[p], first_named.get(p, len(text)), p))
    chosen: dict[int, str] = {}
    previous = ranking[0] if ranking else ""
    for s in sentences:
        c = per_sentence[s.sentence_id]
        if c:
            top = max(c.values())
            best = [p for p in c if c[p] == top]
            if len(best) >= 3:
                # "a status Hanoi had reserved for China, Russia, India and South Korea": a list names no partner
                # of a happening, and the next sentence keeps the one before it; a list of third countries only
                # ("China donated ambulances to Laos, and Japan's forces held a seminar in Hanoi") tells their
                # happenings, none of a partner studied
                # (as its subject, the sentence opening on them: not "began the course alongside classmates from
                # Indonesia, Morocco and Mongolia", where the list is the happening's company)
                opening = [code for start, _e, code in country_hits if s.start <= start < s.start + 40]
                third_only = bool(opening) and not any(p in actors_mod.studied_partners() for p in best)
                chosen[s.sentence_id] = opening[0] if third_only else previous
                continue
            # a tie goes to the country whose person the sentence names ("Duterte gave Washington notice
            # that Manila was ending the Philippines-US agreement"), then to the article's main partner
            best.sort(key=lambda p: (p not in named_in.get(s.sentence_id, ()),
                                     ranking.index(p) if p in ranking else 99))
            if c == made_by[s.sentence_id]:
                chosen[s.sentence_id] = best[0]
                continue
            previous = best[0]
        elif not previous and s.sentence_id in venues:
            previous = venues[s.sentence_id]
        chosen[s.sentence_id] = previous
    return chosen, [(p, chars[p]) for p in ranking]


# ---------------------------------------------------------------------------- events


def _events(aid: str, text: str, sentences: list[Sentence],
            dated: list[tuple[DateExpr, DateValue | None, str]], hits: list[ActorHit],
            places: list[PlaceHit], sentence_partner: dict[int, str],
            in_agreement: list[tuple[int, int]], today: dt.date | None
            ) -> tuple[list[EventRecord], list[tuple[int, Trigger, EventRecord]], list[EventRecord]]:
    """The dated happenings, the undated mentions, and the talks folded into a visit of their sentence."""
    events: list[EventRecord] = []
    undated: list[tuple[int, Trigger, EventRecord]] = []
    folded: list[EventRecord] = []
    by_sentence: dict[int, list[RawTrigger]] = {}
    # what each sentence needs, bucketed once: scanning all of them per sentence was quadratic
    dated_in = group(dated, lambda d: sentence_at(sentences, d[0].start))
    hits_in = group(hits, lambda h: h.sentence_id)
    places_in = group(places, lambda p: sentence_at(sentences, p.start))
    in_name = within(in_agreement)
    in_title = within(quoted_titles(text))
    raw = raw_triggers(text)
    persons = [(h.start, h.end) for h in hits if h.kind == "person"]
    raw += followers(text, raw, persons, lambda i: sentences[max(0, sentence_at(sentences, i) - 1)].start)
    raw += listed_ships(text, raw, lambda i: sentences[sentence_at(sentences, i)].end)
    for cue in raw:  # (in lexicon order: earlier cues win overlaps; followers come last)
        if in_title(cue.start):
            continue  # "Joint Leaders' Statement: Elevating United States-Vietnam Relations to ...": a title
        sid = sentence_at(sentences, cue.start)
        s = sentences[sid]
        if s.start <= cue.start and cue.end <= s.end:
            by_sentence.setdefault(sid, []).append(replace(cue, start=cue.start - s.start, end=cue.end - s.start))
    people = sorted((h for h in hits if h.kind == "person"), key=lambda h: h.start)
    named_last: dict[str, ActorHit] = {}  # the last person named so far, by country (one pass: no rescans)
    kinds = _series_kinds(text)
    seen = 0
    for s in sentences:
        while seen < len(people) and people[seen].start < s.start:
            named_last[people[seen].country] = people[seen]
            seen += 1
        if s.sentence_id not in by_sentence:
            continue
        stext = text[s.start:s.end]
        triggers = find_triggers(stext, by_sentence[s.sentence_id])
        intro = _PROGRAMME_INTRO.match(stext)
        if intro is not None and not any(e.start - s.start >= intro.end()
                                         for e, _v, _n in dated_in.get(s.sentence_id, ())):
            # "This week hosts Le and Price unpack Austin's visit": what a show is about, not a happening of its week
            # (but what it talks about with dates of its own is told: "We also talk about the visit of ICGS Satyam to
            # Da Nang from July 3 to 6")
            continue
        if any(t.type != "visit" for t in triggers):
            # "held talks with visiting Vietnamese Prime Minister Dung on Friday": "visiting" tells who the guest
            # is; the sentence's happening, and its day, are the talks
            triggers = [t for t in triggers if not (t.type == "visit" and _VISITING_GUEST.match(stext, t.start))]
        triggers = _of_the_series_told(triggers, stext, s.start, kinds)
        if not triggers:
            continue
        partner = sentence_partner.get(s.sentence_id, "")
        if not partner:
            continue
        here = hits_in.get(s.sentence_id, [])
        sides = {h.country for h in here}
        # "he" is the last person named of the side the sentence does not name ("The next day he met with
        # President Thuong": the visitor, not the host named last)
        before = max((named_last[c] for c in (HOME, partner) if c in named_last and c not in sides),
                     key=lambda h: h.start, default=None)
        # a signing that is no meeting dates nothing: its date is the document's ("signed ... in September 2011,
        # in the margins of their second dialogue")
        triggers = [t for t in triggers
                    if t.cameo != SIGNING or _signed_together(t, triggers, here + _by_pronoun(stext, t, before, here),
                                                              partner, stext, s.start)]
        if not triggers:
            continue
        local = [(e.start - s.start, e.end - s.start, v, _looks_forward(text, e))
                 for e, v, _ in dated_in.get(s.sentence_id, ())
                 if v is not None and s.start <= e.start < s.end
                 and (not in_name(e.start) or _year_of_the_signed_name(e, in_agreement, triggers, s.start, text))
                 # "elevated the Strategic Partnership of 2007 to ...": the year of the level it started from
                 and not any(t.type == "partnership_upgrade" and t.start < e.start - s.start
                             and e.end - s.start <= t.end for t in triggers)
                 # "the first visit since 2021": not this happening's date, unless "since June 2023, when ..."
                 and not (_since_elsewhere(text, e, s.start, triggers) and not _WHEN_AFTER.match(text, e.end))
                 # "the Memorandum ... signed in June 2022": the agreement's date, not this happening's
                 # (but "signed in September 2016, when Modi visited Vietnam": the visit's too)
                 and not (_AGREEMENT_DATE.search(text[max(0, e.start - 100):e.start])
                          and not _WHEN_AFTER.match(text, e.end)
                          # (unless the signing is this sentence's meeting: "the Joint Vision Statement that Carter
                          # and Thanh signed in May 2015" dates their meeting)
                          and not _signed_by_its_meeting(text, e.start, triggers, here, partner))
                 # (but "was first announced on 19 June, when Singh held talks with Giang": the when-clause's day)
                 and not (_REPORTED_ON.search(text[max(0, e.start - 30):e.start])
                          and not _announces_upgrade(text, e, s.start, triggers)
                          # ("After talks with Chinh, Modi announced on Thursday a credit line": what was announced
                          # after the talks that opened the sentence was announced the day they were held)
                          and not _AFTER_TALKS_FRAME.search(text[s.start:e.start])
                          and not _AT_MEETING.match(text, e.end) and not _WHEN_AFTER.match(text, e.end)
                          # ("said on Wednesday that Washington would transfer a cutter, as he held talks in Hanoi":
                          # what was said as the talks were held was said on their day)
                          and not _AS_HE_MET.match(text, e.end))
                 and not a_persons_year(text, e.start, e.end)
                 and not _UNTIL.search(text[max(0, e.start - 8):e.start])
                 and not _STILL_THROUGH.search(text, max(0, e.start - 100), e.start)
                 and not _UNTIL_OWN.match(e.text)  # "until June" read as one expression
                 and not _names_qualifier(text, e, s.start, triggers)]
        # "Fifty years after the last American combat troops left Vietnam, Biden has lifted relations": the count
        # dates what its after-clause tells, not a happening told after the clause is closed
        local = [d for d in local if not (_COUNT_AFTER.search(stext, d[0], d[1])
                                          and _after_clause_closed(stext, d[1], triggers))]
        # "began the fifth edition, VINBAX 2024, on Monday": a year that ends a name dates it only alone
        named = [d for d in local if _edition_year(stext, d[0], d[2])]
        if named and len(named) < len(local):
            local = [d for d in local if d not in named]
        explicit = [d for d in local if d[2].basis != "derived"]
        if explicit:
            # (a count is near: "the approaching fortieth anniversary of relations, which were established on 7
            # January 1972" counts to 1971 in late 2011; the date told within a year of it is the happening's)
            local = [d for d in local if d[2].basis != "derived"
                     or all(not d[2].contains(x[2]) and not x[2].contains(d[2])
                            and ("anniversar" not in stext[d[0]:d[1]].lower() or x[0] < d[1]
                                 or abs(x[2].start.year - d[2].start.year) > 1) for x in explicit)]
        # "Three years ago, in July 2013,": a count and the date it names, side by side, are one date, the finer
        local = _side_by_side(stext, local)
        bounds = _trigger_scopes(stext, triggers)
        ends = {id(v) for e, v, _ in dated_in.get(s.sentence_id, ())
                if v is not None and _ENDS_ON.search(text[max(0, e.start - 90):e.start])}
        left = {id(v): e.start - s.start for e, v, _ in dated_in.get(s.sentence_id, ())
                if v is not None and _LEFT_ON.search(text[max(0, e.start - 60):e.start])}
        visits_here: list[EventRecord] = []  # this sentence's visits: talks in a clause of one are its own
        elsewhere: tuple[int, DateValue | None] | None = None  # a visit to a third country, and its date
        first = len(events)
        pairs = _visit_of_the_arrival(stext, _days_as_one_span(assign_dates(stext, triggers, local)))
        pairs = [(t, v if v is not None else _after_the_meeting_before(stext, pairs, k))
                 for k, (t, v) in enumerate(pairs)]
        # "The 2015 Joint Vision Statement, signed in Hanoi by Ash Carter and General Thanh": a signing with no day
        # of its own is of the year its document is named by
        pairs = [(t, v if v is not None or t.cameo != SIGNING or (named := _DOCUMENT_YEAR.search(stext, 0, t.start))
                  is None else year_value(int(named.group("y")), "stated")) for t, v in pairs]
        home = _RETURNED_AFTER.search(stext)
        if home is not None:
            # "returned to Chennai on Wednesday after a five-day visit to Da Nang, where her crew held drills": the
            # day is the return's; the trip and what was done on it came before, on days the sentence does not tell
            # (the day a guest left is the visit's last: "left Vietnam on Monday evening after a whirlwind visit in
            # which ... raised": the visit keeps it, what was done on the visit does not)
            told_at = {id(d[2]): d[0] for d in local}
            departed = home.group(0).lower().startswith("left")
            pairs = [(t, None if v is not None and t.start >= home.end() and told_at.get(id(v), t.start) < home.end()
                      and not (departed and (t.type == "visit" or _AND_CLAUSE.search(stext, home.end(), t.start)))
                      else v) for t, v in pairs]
        for trig, value in pairs:
            if value is None and trig.type == "visit" and (framed := _FIRST_TO_VISIT.search(stext, 0, trig.start)):
                # "held talks in Hanoi on Thursday, becoming the first chairman ... to visit Vietnam since the
                # war", "..., on the first visit by a chairman ...": the visit is the main clause's, on its day
                told = [v for t, v in pairs if v is not None and t.end <= framed.start()
                        and t.type in ("talks", "summit", "dialogue", "ceremony", "exercise")]
                # (its month: the visit may have begun days before, told elsewhere as an arrival)
                value = month_value(told[-1].start.year, told[-1].start.month, "relative") if told else None
            value = counted_from_its_clause(stext, trig.end, value, local)
            spanned = _from_its_end(stext, trig, value)
            # (the day told before the happening that then "closed": a day told after it is its own clause's)
            closing = _CLOSES_AFTER.match(stext, trig.end) is not None and any(
                d[2] is value and d[1] <= trig.start for d in local)
            if (spanned is value and value is not None and trig.type in ("visit", "exercise")
                    and (id(value) in ends or closing or (id(value) in left and (
                        # (an exercise told before the leaving: "trained ..., and the ship left Puget Sound on June 1")
                        trig.type == "visit" or trig.end <= left[id(value)])))):
                # the day a visit or exercise of several days ended is not its start; but "his three-day visit,
                # which ended on Friday" tells how many days back it began
                alone = sum(t is trig for t, _v in pairs) == 1  # ("began on Wednesday and ends on Friday": its start)
                # (or inside its word: "spent four days in Ho Chi Minh City ... and left Saturday")
                length = _N_DAY.search(stext, max(0, trig.start - 60), trig.start) or _N_DAYS.search(trig.text)
                at = next((d[0] for d in local if d[2] is value), -1)
                if length is None and at > trig.end:
                    # ("arrived in Da Nang on Thursday for a five-day stay that wraps up today": the stay's length,
                    # told between the happening and its end)
                    length = _N_DAY_AFTER.search(stext, trig.end, at)
                n = number_value(length.group("n")) if length and alone else None
                spanned = _back_from(value, n) if n else None
                if (spanned is None and alone and trig.type == "exercise" and _A_COURSE.search(trig.text)
                        # (not one whose start the sentence tells: "completing a course that began in late September")
                        and not _ITS_START_TOLD.search(stext, trig.end, trig.end + 80)):
                    spanned = value  # a course is dated by the day it was finished when no other is told (codebook)
            value = spanned
            if trig.type in ("visit", "exercise"):
                value = _from_its_told_start(stext, trig, value, local)
                value = _days_from_its_begun_day(stext, trig, value)
            if trig.type == "visit":
                value = _day_of_the_stay(stext, value)
                value = _arrived_for_days(stext, trig, value)
                value = _to_its_leaving(stext, trig, value, local)
            elif trig.type in ("talks", "summit", "ceremony", "partnership_upgrade"):
                value = _day_of_a_stay_begun(stext, trig, value, local)
            if trig.type == "visit" and value is not None and any(
                    t.type == "exercise" and v is value and t.end <= trig.start
                    and (w := _WHEN_OPENS.search(stext, t.end, trig.start)) is not None
                    and _A_TEAM.search(stext, w.end(), trig.start) is not None
                    and not any(t.end <= o.start < trig.start for o in triggers if o is not t)
                    for t, v in pairs):
                # "an aviation medicine exchange held in Hanoi in September 2019, when a team of U.S. flight surgeons
                # visited": the team's stay the clause of time tells is the exchange's own, not a visit of its own
                # (but a ship's: "a passage exercise in December 2020, when INS Kiltan visited Ho Chi Minh City")
                continue
            if trig.type == "visit" and _IN_A_PRIVATE_CAPACITY.match(stext, trig.end):
                continue  # "came here in 1995 as a private businessman": not an official trip
            closed_its = _CLOSED_ITS.search(stext, 0, trig.start) if trig.type == "visit" else None
            if closed_its and any(t.type == "visit" and t.end <= closed_its.start() and v is not None
                                  and v is not value and _AND_SAME_VERB.fullmatch(stext, t.end, closed_its.start())
                                  for t, v in pairs):
                continue  # "arrived Aug. 19 and concluded its visit Thursday": the end of the visit told first
            if trig.type in ("exercise", "talks") and _with_a_third_country(stext, trig, partner):
                continue  # "announcing the return of joint drills with Cambodia": another dyad's
            if trig.type in ("exercise", "ceremony") and _vietnams_own(stext, trig, here, s.start):
                continue  # "Vietnam's navy held a live-fire drill off Khanh Hoa on Thursday": one side's own
            if trig.type == "partnership_upgrade" and _third_country_subject(stext, trig, partner):
                continue  # "For Canberra, which upgraded its own relationship with Vietnam in March": another dyad's
            if trig.type == "ceremony" and _to_a_third_country(stext, trig, partner):
                continue  # "handed over a fast patrol vessel ... to the Maldives": another country's gift
            if trig.type == "visit" and _third_country_visitor(stext, trig, here, s.start, partner):
                continue  # "Xi Jinping was in Hanoi in December, three months after Biden": another dyad's visit
            if trig.type == "visit" and _flying_on(stext, trig, places_in.get(s.sentence_id, []), s.start, partner):
                continue  # "met Thuong and Chinh on Monday before flying to Alaska": the stay's end, not a visit
            if trig.type == "visit" and _third_country_destination(stext, trig, places_in.get(s.sentence_id, []),
                                                                  s.start, partner):
                # "Austin arrived in Manila on Thursday, hours after talks in Hanoi": another dyad's visit; but
                # "travelled to Kuala Lumpur on Saturday, where he met Giang": the meeting there has its day
                elsewhere = (trig.end, value)
                continue
            if (value is None and elsewhere is not None and elsewhere[1] is not None and trig.type == "talks"
                    and _visits_talks(stext, elsewhere[0], trig)
                    # (not an arrival told in a clause of its own: "Austin, who arrived on Wednesday evening, held
                    # talks with Giang" says nothing of the talks' day)
                    and not (inside_relative_clause(stext, elsewhere[0] - 1)
                             and not inside_relative_clause(stext, trig.start))):
                value = elsewhere[1]
            went: list[ActorHit] = []
            if value is None and trig.type in ("talks", "summit") and not trig.future:
                # "flew in Sunday afternoon and went almost directly to the party headquarters, where he sat down
                # with Trong": a meeting where the arrival led, on the arrival's day, by the one who arrived
                arrival = next(((t, v) for t, v in pairs if t.type == "visit" and v is not None
                                and v.precision == "day" and not v.is_range and t.end <= trig.start
                                and (w := _WENT_ON_TO.match(stext, t.end)) is not None and w.end() <= trig.start),
                               None)
                if arrival is not None:
                    value, i = arrival[1], triggers.index(arrival[0])
                    went = [h for h in here if s.start + bounds[i][0] <= h.start < s.start + arrival[0].start]
            if trig.future and (value is None or today is None or value.end >= today
                                or (value.basis != "stated" and not (trig.type in ("talks", "summit")
                                                                     and _AFTER_TALKS.search(stext, 0, trig.start)))):
                # a plan or an invitation: an event only if its stated date has passed (but "India will train
                # Vietnam's troops, following talks yesterday": the meeting the plan follows was held that day; not
                # "was scheduled to leave Friday after a four-day port call", a stay the plan ends)
                continue
            if (value is not None and today is not None and value.start > today
                    and not (value.start == today + dt.timedelta(days=1) and zone_day(stext))):
                # "another visit is likely next year": what starts after the article's day has not happened (but "On
                # Monday, Vietnam time," in a paper of Sunday has)
                continue
            lo, hi = bounds[triggers.index(trig)]
            if trig.type in ("talks", "summit") and _met_a_third_country(here, s.start + lo, s.start + hi, partner):
                continue  # "Austin met Delfin Lorenzana in Manila on Friday": the Philippines' talks
            rec = _record(aid, s, stext, trig, value, lo, hi, here, places_in.get(s.sentence_id, []), partner,
                          _by_pronoun(stext, trig, before, here, lo, s.start)
                          or _the_two(stext, here, named_last, partner, trig, s.start)
                          # ("He flew into Hanoi on Sunday and sat down with Trong": the arrival's pronoun)
                          or (_by_pronoun(stext, triggers[k], before, here, bounds[k][0], s.start)
                              if (k := _second_verb_of(stext, triggers, trig)) is not None else []),
                          _arrivals_subject(stext, triggers, trig, bounds, here, s.start)
                          if value is None or value.precision == "day" else ())
            if went:
                rec = _record(aid, s, stext, trig, value, lo, hi, here, places_in.get(s.sentence_id, []), partner,
                              (), went)
            if (elsewhere is not None and trig.start >= elsewhere[0] and rec.type in ("talks", "summit")
                    and not any(actors_mod.is_vietnamese_id(p) for p in rec.participants)):
                continue  # "made a visit to Papua New Guinea, meeting Governor-General Ogio": the host country's
            if (rec.type == "talks" and trig.cameo == HOSTING and value is not None and value.is_range
                    and value.end > value.start):
                # "we hosted a delegation from Vietnam, Aug. 24-30": a host's days with a delegation are its visit
                rec = replace(rec, type="visit")
            if rec.type == "visit" and (_TRAINING_TEAM.search(stext, max(0, trig.start - 80), trig.start) or (
                    _A_TEAM_BEFORE.search(stext, max(0, trig.start - 60), trig.start)
                    and _TRAINING_THEM_AFTER.match(stext, trig.end))):
                # "a US Coast Guard mobile training team spent two weeks in Hai Phong": a team sent to train the other
                # side's people is a course (docs/codebook.md, Courses and expert exchanges), not a delegation's visit
                rec = replace(rec, type="exercise", cameo="062")
            if rec.type == "talks" and not rec.participants and _in_quotation(stext, trig.start):
                continue  # '"He phoned on Sunday night to say they had landed safely," his brother said': no one's
            if rec.type == "visit" and _BEEN_IN.match(trig.text) and (value is None or value.precision != "day"):
                continue  # "who has been in Hanoi since 2019": a posting or a stay, not a guest since a day of late
            if rec.type == "visit" and not rec.participants and _WHO_CAME.search(stext, max(0, trig.start - 60),
                                                                               trig.start):
                # "a shrimp boat owner who came to Biloxi in 1982": a person's move, told in a who-clause about no
                # one the text names as an official
                continue
            each = _each_call(stext, trig, rec, here, s.start)
            if len(each) > 1 and value is None and not _TOLD_APART.search(stext):
                each = [rec]  # ("later called on X and Y", with no day: one mention, dated as one, unless "separately")
            if len(each) > 1 and value is None:
                undated.extend((s.sentence_id, trig, r) for r in each)  # (each call dated by what is told around)
                continue
            if len(each) > 1:
                events.extend(each)  # "called on General Secretary To Lam and President Luong Cuong": two calls
                continue
            # (a summit only by the head the sentence opens on, "Quang was in New Delhi on a state visit and held
            # talks with Modi", is the visit's talks as before)
            sides = {h.country for h in here if h.actor_id in rec.participants}
            opener = next((h for h in here if h.kind == "person" and h.country in (HOME, partner)), None)
            foldable = rec.type == "talks" or (rec.type == "summit" and trig.type == "talks" and len(sides) < 2
                                               and opener is not None and opener.actor_id not in rec.participants)
            # (not an arrival's: "arrived in Vinh on Monday and held talks with the commander" tells a day's talks
            # of their own, coded beside the visit the arrival began)
            host = next((e for e in visits_here if e.date == value
                         and not _arrival_then_meeting(stext, e, trig, s.start)
                         and _visits_talks(stext, e.trigger_spans[0][2] - s.start, trig)),
                        None) if foldable and value is not None else None
            if value is None:
                undated.append((s.sentence_id, trig, rec))
            elif host is not None and _STAY_WORD.fullmatch(host.trigger) and any(
                    e.type == "visit" and e.partner == host.partner
                    and (set(e.participants) & set(host.participants)
                         # ("On Monday he was in Hanoi for talks with Thanh": the visitor told before, by his pronoun)
                         or _PRONOUN_JUST_BEFORE.search(stext, 0, host.trigger_spans[0][1] - s.start) is not None)
                    and e.date is not None and host.date is not None
                    and 0 <= (host.date.start - e.date.start).days <= 7 for e in events[:first]):
                # "The next day, Monday, Panetta was in Hanoi for talks with Thanh": a stop of the visit told before,
                # told by the talks held there, which are the happening (coders code the talks, not a second visit)
                events.remove(host)
                visits_here.remove(host)
                events.append(replace(rec, participants=tuple(dict.fromkeys(host.participants + rec.participants))))
            elif host is not None:
                # the visit's own talks: whom it met is the visit's too ("..., meeting Rumsfeld")
                joined = replace(host, participants=tuple(dict.fromkeys(host.participants + rec.participants)),
                                 level=max_level([host.level, rec.level]))
                events[next(k for k, e in enumerate(events) if e is host)] = joined
                visits_here[visits_here.index(host)] = joined
                folded.append(rec)
            else:
                events.append(rec)
                if rec.type == "visit":
                    visits_here.append(rec)
        events[first:] = _reception_tells_the_visit(_at_its_occasion(_one_per_span(events[first:]), stext))
    return events, undated, folded


#: a programme's own intro: its hosts, "we" or the episode, and what they talk about ("This week hosts Le and Price
#: unpack ...", "In today's episode, Priya Rao talks with ...", "This week we look back at the visit ...")
_DISCUSSES = (r"(?:also\s+)?(?:talks?|speaks?|sits?\s+down|unpacks?|discuss(?:es)?|looks?\s+(?:back\s+)?at|"
              r"explores?|breaks?\s+down|digs?\s+into|asks?|hears?\s+from|(?:is|are)\s+joined|chats?|revisits?|"
              r"examines?|walks?\s+(?:us\s+)?through|goes\s+through|gets?\s+into)\b")
_PROGRAMME_INTRO = re.compile(
    r"\W*(?:(?:this|last)\s+week,?\s+|today,?\s+|on\s+(?:this|today's|this\s+week's)\s+(?:episode|show|programme|"
    r"program),?\s+)?(?:(?:our\s+)?(?:hosts?|co-hosts?|presenters?)\s+(?:(?-i:[A-Z])[\w.'’-]*,?\s+(?:and\s+)?){1,5}|"
    r"we\s+)" + _DISCUSSES + r"|"
    # (the episode named first, then whoever speaks: "In this week's episode, Mai Linh talks with")
    r"\W*(?:in|on)\s+(?:this|today's|this\s+week's|our\s+latest|the\s+latest)\s+(?:episode|show|programme|program|"
    r"instal?ment),?\s+(?:[\w.'’()-]+\s+){1,6}?" + _DISCUSSES, re.IGNORECASE)
#: a stay told by "was in" or "were in", as a stop of a visit names it
_STAY_WORD = re.compile(r"(?:was|were)(?:\s+back)?\s+in", re.IGNORECASE)
_PRONOUN_JUST_BEFORE = re.compile(r"\b(?:he|she|they)\s+$", re.IGNORECASE)


#: a call paid on someone, or a reception by him: "called on", "paid a courtesy call on", "was received by"
_A_CALL = re.compile(r"(?:(?:courtesy\s+)?call(?:ed|s|ing)?\s+on|(?:met|meets|meeting)\s+separately\s+(?:with\s+)?|"
                     r"(?:(?:was|were)\s+(?:also\s+|then\s+|later\s+|afterwards\s+|subsequently\s+)?(?:separately\s+)?)?received"
                     r"(?:\s+(?:separately|in\s+turn))?(?:\s+on\s+\w+)?\s+by)\b", re.IGNORECASE)
#: the calls told apart after the list of hosts: "... and Chairman Hue in separate meetings", "... one by one"
_APART_AFTER = re.compile(r"[,\s]*(?:in\s+(?:separate|individual)\s+(?:meetings|calls|talks|sessions|audiences)|"
                          r"one\s+(?:by|after)\s+(?:one|the\s+other)|in\s+turn|separately)\b", re.IGNORECASE)
#: "separately", "separate meetings": calls the text tells apart
_TOLD_APART = re.compile(r"\bseparate(?:ly)?\b|\bin\s+an?\s+(?:second|further)\s+(?:meeting|call|audience|session)\b",
                         re.IGNORECASE)
#: "held separate meetings with", "had separate talks with": the noun's own word for one call each
_SEPARATE_JUST_BEFORE = re.compile(r"\bseparate(?:ly)?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SEPARATE_BEFORE = re.compile(r"\bseparate\s+$", re.IGNORECASE)
#: the two hosts met together: "jointly", "together", "at a joint meeting"
_TOGETHER = re.compile(r"\b(?:jointly|together|joint\s+meeting|both\s+at\s+once)\b", re.IGNORECASE)


#: a meeting's clause opened by the meeting told just before it: "..., and after the talks he was received by"
_AND_RECEIVED = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_AFTER_THE_MEETING = re.compile(r"\b(?:after|following)\s+(?:the|their|these|his|her)\s+(?:[\w-]+\s+)?"
                                r"(?:talks|meeting|meetings|discussions)\s*,?\s+(?:[\w.'’-]+,?\s+){0,12}$",
                                re.IGNORECASE)


#: a recurring happening named only by its place in a series: "the previous round", "the series", "an edition"
_SERIES_WORD = re.compile(r"\b(?:rounds?|series|editions?|iterations?|sessions?)$", re.IGNORECASE)
#: a meeting named by its place in a series: "first meeting", "previous meeting", "inaugural meeting"
_ORDINAL_MEETING = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                              r"eleventh|twelfth|previous|inaugural)\s+meetings?", re.IGNORECASE)
#: what a meeting is of, told right after it: " of the India-Vietnam Joint Working Group on ..." (or nothing)
_OF_WHAT = re.compile(r"(?:\s+of\s+[^,.;]{0,80})?")
#: a standing body a meeting is of: "of the group", "of the India-Viet Nam Bilateral Mechanism on ...", "of the
#: Joint Commission"
_OF_A_BODY = re.compile(r"\b(?:groups?|JWG|mechanisms?|commissions?|committees?|councils?|bodies|body|panels?|"
                        r"dialogues?|consultations|forums?)\b", re.IGNORECASE)
#: a series' session named by its place alone: "the second", "the 3rd" (at "At the second, in Washington ...")
#: or by its place and "such": "the first such meeting"
#: or by a possessive: "Its second meeting", "their third session"
_PLACE_ALONE = re.compile(r"(?:the|(?P<its>its|their))\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                          r"ninth|tenth|\d+(?:st|nd|rd|th))(?(its)\s+[a-z]+|(?:\s+such\s+[a-z]+)?)", re.IGNORECASE)
#: the kind a round or edition names itself: "the 13th round of the bilateral defence dialogue"
_OWN_KIND = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,5}?(?:dialogue|talks|consultations|"
                       r"exercise|drill)s?\b", re.IGNORECASE)
#: the words that name a recurring happening's kind; not one named as a point in time ("The day after the dialogue")
_SERIES_KIND = re.compile(r"(?<!after the )(?<!before the )(?<!during the )(?<!following the )(?<!since the )"
                          r"\b(?:(?P<dialogue>dialogues?|consultations|staff\s+talks|(?:coordination|liaison|"
                          r"consultative|steering)\s+meetings?|(?:joint\s+)?working\s+groups?|JWG|joint\s+commissions?)|"
                          r"(?P<exercise>exercises?|drills?|VINBAX|PASSEX|war\s+games))\b", re.IGNORECASE)


_SERIES_REACH = 600  # characters: about a paragraph
#: a sentence that opens on the talks named again: "The talks", "The two-day talks", "These staff talks"
_THE_TALKS_OPENS = re.compile(r"\W*(?:the|these|this\s+year's)\s+(?:[\w-]+\s+){0,2}talks", re.IGNORECASE)
#: a sentence whose subject is a series' session named by its place alone, then an aside: "The second, squeezed by
#: Covid, was a video call in November 2021"
_PLACE_ALONE_OPENS = re.compile(r"\W*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                r"\d+(?:st|nd|rd|th))\s*,[^,.;]{1,80},\s*(?:was|were)\b", re.IGNORECASE)


def _series_kinds(text: str) -> tuple[list[int], list[str]]:
    """Where the text names a kind of recurring happening, and which: for :func:`_of_the_series_told`."""
    found = [(m.start(), "dialogue" if m.group("dialogue") else "exercise") for m in _SERIES_KIND.finditer(text)]
    return [p for p, _k in found], [k for _p, k in found]


#: what may stand between a document's name and its signing: "on defense relations signed by", ", signed in Hanoi by"
_NAME_THEN_SIGNED = re.compile(r"[^.;]{0,60}?(?:,\s*)?(?:\s|^)$")


def _year_of_the_signed_name(e: DateExpr, names: list[tuple[int, int]], triggers: list[Trigger], offset: int,
                             text: str) -> bool:
    """ "The 2015 Joint Vision Statement on defense relations signed by then-Secretary Carter and General Thanh":
    a year in a document's name dates its signing, told right after the name (a meeting when each side signs)."""
    if e.kind != "year":
        return False
    span = next(((a, b) for a, b in names if a <= e.start < b), None)
    if span is None:
        return False
    return any(t.cameo == SIGNING and 0 <= offset + t.start - span[1] <= 60
               and _NAME_THEN_SIGNED.fullmatch(text, span[1], offset + t.start) is not None
               and not re.search(r"\b(?:19|20)\d\d\b", text[span[1]:offset + t.start])
               # (not another document named between: "the 2011 memorandum ... and the Joint Vision Statement signed")
               and not any(span[1] <= a < offset + t.start for a, _b in names)
               and not re.search(r"\b(?:and|or)\s+(?:the|a|an|its|their)\b", text[span[1]:offset + t.start])
               for t in triggers)


def _of_the_series_told(triggers: list[Trigger], stext: str, offset: int, kinds: tuple[list[int], list[str]]
                        ) -> list[Trigger]:
    """A round, series or edition is of the kind of recurring happening the article named last before it
    ("Exercise VINBAX ... The first round, in 2018, was held at Jabalpur" is an exercise; "the Security Dialogue
    mechanism ... The second round took place in New Delhi" a dialogue), unless it names its own ("the 13th round of
    the bilateral defence dialogue")."""
    out = []
    for t in triggers:
        if t.type == "talks" and (_THE_TALKS_OPENS.fullmatch(stext, 0, t.end)
                                  or _PLACE_ALONE_OPENS.match(stext, 0, t.start)):
            # "... concluded the fourth round of their Army-to-Army Staff Talks. The talks, held from October 14 to
            # 16, were co-chaired by ...": the series' session named again as "the talks"
            i = bisect_left(kinds[0], offset + t.start) - 1
            if i >= 0 and offset + t.start - kinds[0][i] <= _SERIES_REACH and kinds[1][i] == "dialogue":
                t = replace(t, type="dialogue", cameo=cameo_for("dialogue"))
            out.append(t)
            continue
        if (t.type == "dialogue" and _ORDINAL_MEETING.fullmatch(t.text)
                and not _OF_A_BODY.search(_OF_WHAT.match(stext, t.end).group(0))):
            # "The first meeting was held in Hanoi last October": a session of the series named just before it (the
            # working group, the joint commission); with none named, a meeting of the people told
            i = bisect_left(kinds[0], offset + t.start) - 1
            if not (i >= 0 and offset + t.start - kinds[0][i] <= _SERIES_REACH and kinds[1][i] == "dialogue"):
                t = replace(t, type="talks", cameo=cameo_for("talks"))
            out.append(t)
            continue
        alone = t.type == "exercise" and _PLACE_ALONE.fullmatch(t.text) is not None
        if (t.type in ("exercise", "dialogue") and (_SERIES_WORD.search(t.text) or alone)
                and not _OWN_KIND.match(stext, t.end)):
            i = bisect_left(kinds[0], offset + t.start) - 1
            # (named near it: a dialogue told paragraphs before is not the series of "the most recent edition")
            near = i >= 0 and offset + t.start - kinds[0][i] <= _SERIES_REACH
            if alone and not near:
                continue  # "the second" with no series named before it: of what, the text does not say
            if near and kinds[1][i] != t.type:
                t = replace(t, type=kinds[1][i], cameo=cameo_for(kinds[1][i]))
        out.append(t)
    return out


def _after_the_meeting_before(stext: str, pairs: list[tuple[Trigger, DateValue | None]], k: int
                              ) -> DateValue | None:
    """The day of the meeting a sentence told first, for a meeting of its own told "after the talks" later in the
    same sentence ("held talks with President Quang this morning, and after the talks he was received by Trong")."""
    trig = pairs[k][0]
    # (or a reception told as the next thing the guest did: "held talks with Giang, and was received at the
    # Presidential Palace by President Phuc")
    received_next = _AND_RECEIVED.search(stext, max(0, trig.start - 12), trig.start) is not None \
        and trig.text.lower().startswith(("was ", "were "))
    if trig.type not in ("talks", "summit") or trig.anaphoric or trig.future \
            or not (_AFTER_THE_MEETING.search(stext, max(0, trig.start - 120), trig.start) or received_next):
        return None
    told = [v for t, v in pairs[:k] if t.type in ("talks", "summit") and not t.anaphoric and v is not None]
    return told[-1] if told and told[-1].precision == "day" and not told[-1].is_range else None


def _each_call(stext: str, trig: Trigger, rec: EventRecord, hits: list[ActorHit], offset: int) -> list[EventRecord]:
    """ "Also on Sunday he called on General Secretary To Lam and State President Luong Cuong": a guest calls on
    each of two or more people of one side, one call each (as one guest meeting two leaders the same day holds
    two meetings); the record itself when the sentence tells no such list.

    The hosts are listed ("on Trong, Quang and Ngan"), or the next is told as another call ("received by
    Prime Minister Phuc, who pledged ..., and separately by Tran Quoc Vuong").
    """
    told_apart = (_A_CALL.match(stext, trig.start) is not None
                  or _SEPARATE_BEFORE.search(stext, max(0, trig.start - 30), trig.start) is not None
                  or _TOLD_APART.search(trig.text) is not None)  # ("called separately on Phuc and Chinh")
    if rec.type not in ("talks", "summit") or _TOGETHER.search(stext):
        return [rec]
    # (of any rank: "called on Prime Minister Dung and Minister of National Defense Thanh" are two calls too)
    after = sorted((h for h in hits if h.kind == "person" and h.start - offset >= trig.end
                    and h.actor_id in rec.participants), key=lambda h: h.start)
    if len({h.country for h in after}) != 1:
        return [rec]
    listed = [after[0]] if after else []
    if after and _TOLD_APART.search(stext, trig.end, after[0].start - offset):
        told_apart = True  # ("sat down separately with Prime Minister Phuc and then with Trong")
    for h in after[1:]:
        if h.actor_id in {x.actor_id for x in listed}:
            continue
        gap = stext[listed[-1].end - offset:h.start - offset]
        apart = _SEPARATELY.search(gap) is not None
        if not (_LISTED.fullmatch(gap) or apart):
            break  # (only a list, or a call told as another: "X, who met Y," tells no second call)
        told_apart = told_apart or apart  # ("held talks with Phuc and, separately, with Trong": two meetings)
        listed.append(h)
    if len(listed) >= 2 and _APART_AFTER.match(stext, listed[-1].end - offset):
        told_apart = True  # ("saw Prime Minister Chinh, President Thuong and Chairman Hue in separate meetings")
    if len(listed) < 2 or not told_apart:
        return [rec]
    hosts = [h.actor_id for h in listed]
    rest = tuple(p for p in rec.participants if p not in hosts)
    # (each call at its host's level: a head of government's is a summit-level meeting, a minister's not)
    return [replace(rec, participants=rest + (h.actor_id,), level=h.level or rec.level) for h in listed]


#: the words between two hosts of a list: "and", ", " and their titles ("and State President ")
_LISTED = re.compile(r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+(?=,?\s+and\b))?"  # (the first's
                     # place: "by President Phuc at the Presidential Palace and by Prime Minister Chinh")
                     r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|"
                     # (an office told after the name: "To Lam, general secretary of the Communist Party, and")
                     r"\s*,(?!\s*(?:who|whose|which|where|when)\b)[^,;.()]{1,80},\s*(?:and\s+)?)"
                     # (and the next host's office before the name: "and with the National Assembly chairman, Hue")
                     r"(?:[\w.'-]+,?\s+){0,8}", re.IGNORECASE)
#: the next host told as another call: "..., and separately by", "and, separately, on"
_SEPARATELY = re.compile(r"\band,?\s+(?:also\s+)?(?:separately|in\s+an?\s+(?:separate|second|further)\s+"
                         r"(?:meeting|call|audience|session)),?\s+(?:(?:by|on|with)\s+)?(?:[\w.'-]+\s+){0,6}$",
                         re.IGNORECASE)


#: "visiting" before the guest it describes: "the visiting Vietnamese Prime Minister", "visiting Defence Minister
#: Antony", "the visiting delegation"
_VISITING_GUEST = re.compile(r"visiting\s+(?:(?-i:[A-Z])|(?:\w+\s+){0,2}(?:delegation|minister|secretary|general|"
                             r"admiral|counterpart|leader|president|premier|chief|guests?)\b)", re.IGNORECASE)


#: a count of years after a happening: "Fifty years after", "half a century after"
_COUNT_AFTER = re.compile(r"\b(?:years?|decades?|century|centuries)\s+after$", re.IGNORECASE)


def _after_clause_closed(stext: str, end: int, triggers: list[Trigger]) -> bool:
    """Whether the after-clause that starts at ``end`` closes (a comma) before any trigger of the sentence."""
    comma = stext.find(",", end)
    return comma >= 0 and not any(end <= t.start < comma for t in triggers)


#: a stay told by its start: "has been in Vietnam since yesterday evening"
_BEEN_IN = re.compile(r"(?:has|have|had)\s+been\s+in\b", re.IGNORECASE)


def _in_quotation(stext: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened before it in the sentence."""
    before = stext[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


#: the trigger opens a who-clause about someone the text describes, not names: "a shrimp boat owner who came to
#: Biloxi in 1982" (but "Power, who arrived in Vietnam on Monday": a person named)
_WHO_CAME = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?who\s+(?:had\s+|has\s+|first\s+|later\s+|once\s+)?$",
                       re.IGNORECASE)
#: what lies between a visit's word and its destination ("visit to the capital of", "visit by an Indian head of
#: state to")
_TO_PLACE = re.compile(r"\s*(?:by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,5}?(?=to\s))?"
                       r"(?:(?:in|to|at|for)\s+)?(?:the\s+)?"
                       r"(?:(?:[\w-]+\s+){0,2}(?:capital|city|port)\s+(?:of\s+)?)?$", re.IGNORECASE)


def _is_third(country: str, partner: str) -> bool:
    """A country known, and neither Vietnam nor the partner ("*" is a country the text does not settle)."""
    return country not in (HOME, partner, "", "*")


def _third_country_visitor(stext: str, trig: Trigger, hits: list[ActorHit], offset: int, partner: str) -> bool:
    """A visit whose subject, the person named just before its word in the same clause ("Xi Jinping was in
    Hanoi", "Philippine President Duterte visited Hanoi"), is a third country's."""
    before = [h for h in hits if h.kind == "person" and h.start - offset < trig.start]
    if not before:
        return False
    h = max(before, key=lambda x: x.start)
    between = stext[h.end - offset:trig.start]
    return (_is_third(h.country, partner) and len(between) <= 40
            and not re.search(r"[,;:]|\b(?:and|with|by|to|of|after|before)\b", between))


#: days told between a stay's verb and its place: " Feb. 16 to 20 in ", " two days in ", " the weekend at "
_DAYS_THEN_IN = re.compile(r"(?:\s+(?:[a-z]+|\d[\d–-]*(?:st|nd|rd|th)?|"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|-))+?\s+(?:in|at)\s+")


def _third_country_destination(stext: str, trig: Trigger, places: list[PlaceHit], offset: int, partner: str) -> bool:
    """A visit whose destination, the place right after its word ("arrived in Manila", "a visit to Tokyo"), is
    a third country's city."""
    if any(_is_third(p.country, partner) and trig.end <= p.start - offset <= trig.end + 40
           and _TO_PLACE.match(stext[trig.end:p.start - offset]) for p in places):
        return True
    # ("the Vinson spent Feb. 16 to 20 in Manila", "stayed two days in Singapore": the days, then the place)
    if any(_is_third(p.country, partner) and 0 < p.start - offset - trig.end <= 40
           and _DAYS_THEN_IN.fullmatch(stext, trig.end, p.start - offset) for p in places):
        return True
    # (inside a trigger of two words told as one: "arrived in Male for a three-day visit")
    if any(_is_third(p.country, partner) and trig.start < p.start - offset < trig.end
           and re.search(r"\b(?:in|to|at)\s+$", stext[trig.start:p.start - offset]) for p in places):
        return True
    # "Hegseth visited the Philippines in March", "before visiting Japan": a third country named as the destination
    named = [n for n in actors_mod.find_countries(stext[trig.end:trig.end + 70])
             if _TO_PLACE.fullmatch(stext[trig.end:trig.end + n[0]])][:1]
    if named and _is_third(named[0][2], partner):
        return True
    city = _TO_CITY_OF.match(stext, trig.end)
    if city is None:
        return False
    named = actors_mod.find_countries(stext[city.end():city.end() + 40])
    return bool(named) and named[0][0] == 0 and _is_third(named[0][2], partner)


#: what an arrival was for, up to the visit's noun: "arrived here on Wednesday evening on his first visit", "landed in
#: Hanoi on Tuesday for a three-day official visit"
_ON_A_VISIT = re.compile(r"[^,;]{0,60}?\s(?:on|for)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_ARRIVAL_WORD = re.compile(r"\b(?:arriv\w*|landed|landing|reached|flew|flown|docked|berthed|anchored)\b", re.IGNORECASE)


def _visit_of_the_arrival(stext: str, pairs: list[tuple[Trigger, DateValue | None]]
                          ) -> list[tuple[Trigger, DateValue | None]]:
    """ "arrived here on Wednesday evening on his first visit to India, and was given a ceremonial welcome on Thursday
    morning": the visit the arrival was for is the arrival's, told once, not a visit on the day told after the noun."""
    out = []
    for k, (t, v) in enumerate(pairs):
        if t.type == "visit" and not _ARRIVAL_WORD.search(t.text):
            arrival = next(((a, av) for a, av in reversed(pairs[:k]) if a.type == "visit" and a.end <= t.start
                            and _ARRIVAL_WORD.search(a.text) and av is not None), None)
            # (not a visit with days of its own, "for a state visit that ran from July 30 to Aug. 1"; nor the arrival
            # of a relative clause, "Mukherjee, who arrived on Sunday on a four-day state visit, also called on")
            if (arrival is not None and arrival[1] is not v and v is not None and v.precision == "day"
                    and not v.is_range and not inside_relative_clause(stext, arrival[0].start)
                    and _ON_A_VISIT.fullmatch(stext, arrival[0].end, t.start)):
                continue
        out.append((t, v))
    return out


#: a flight told after what was done before it: "before flying to Alaska", "before flying out to Anchorage"
_BEFORE_FLYING = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def _flying_on(stext: str, trig: Trigger, places: list[PlaceHit], offset: int, partner: str) -> bool:
    """ "Biden met Thuong and Chinh on Monday before flying to Alaska", "called on the Director General in New Delhi
    before flying to Chennai": a flight told after the happenings of a stay ends the stay (or flies to its next leg),
    no visit of its own; but a flight from a third country's city is an arrival ("met Lorenzana in Manila on Tuesday
    before flying to Hanoi that night")."""
    if not re.match(r"fl(?:y|ying|ew|own)\b", trig.text, re.IGNORECASE) or not _BEFORE_FLYING.search(
            stext, max(0, trig.start - 10), trig.start):
        return False
    return not any(_is_third(p.country, partner) and p.start - offset < trig.start for p in places)


#: a city the kit does not know, then its country: "flew to Hangzhou in China", "travelled to Hangzhou, China,"
_TO_CITY_OF = re.compile(r"\s*(?:on\s+)?(?:(?:in|to|at|for)\s+)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2}"
                         r"(?:\s+in\s+|,\s*)(?:the\s+)?")


def _days_as_one_span(pairs: list[tuple[Trigger, DateValue | None]]) -> list[tuple[Trigger, DateValue | None]]:
    """ "spent Friday and Saturday in Hanoi", "On Saturday and Sunday the corvette held a passage exercise": a visit's,
    exercise's or dialogue's days told one by one, day after day, are one span."""
    out: list[tuple[Trigger, DateValue | None]] = []
    for trig, value in pairs:
        days = [v for t, v in pairs if t is trig and v is not None]
        if (trig.type not in ("visit", "exercise", "dialogue") or len(days) < 2
                or any(v.precision != "day" or v.is_range for v in days)):
            out.append((trig, value))
            continue
        ordered = sorted(days, key=lambda v: v.start)
        steps = {(b.start - a.start).days for a, b in zip(ordered, ordered[1:], strict=False)}
        if steps != {1}:
            out.append((trig, value))  # days apart: two stays
        elif value is ordered[0]:
            out.append((trig, DateValue(ordered[0].start, ordered[-1].start, "day", value.basis, True)))
    return out


#: an upgrade told as made during a visit or meeting of its sentence: "during Modi's visit to Hanoi in ..."
_DURING_OCCASION = re.compile(r"\b(?:during|at|on\s+the\s+occasion\s+of|in\s+the\s+course\s+of)\s+"
                              r"(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?(?:visit|trip|summit|talks|meeting)\b|"
                              r"\bwhen\b[^,;]{0,60}?\b(?:visit(?:ed|s)?|met|meets|held|holds)\b", re.IGNORECASE)


def _at_its_occasion(recs: list[EventRecord], stext: str) -> list[EventRecord]:
    """ "Six years ago, during Modi's visit to Hanoi in September 2016, Vietnam and India raised their relationship
    ...": an upgrade dated only by a count of years is made at the visit its sentence names, which the sentence
    dates more finely."""
    if not _DURING_OCCASION.search(stext):
        return recs
    occasions = [r for r in recs if r.type in ("visit", "summit", "talks") and r.date is not None]
    out = []
    for r in recs:
        if r.type == "partnership_upgrade" and r.date is not None and r.date.precision == "year":
            finer = [o.date for o in occasions if o.partner == r.partner and r.date.contains(o.date)  # type: ignore
                     and o.date.precision in ("month", "day")]  # type: ignore[union-attr]
            if len(set(finer)) == 1:
                # (a visit of several days dates the upgrade to its month: which day is not told)
                d = finer[0]
                r = replace(r, date=month_value(d.start.year, d.start.month, d.basis) if d.is_range else d)
        out.append(r)
    return out


#: a guest received at a place by a host named there: "was received at the Pentagon by Rumsfeld" (triggers.csv)
_RECEIVED_AT = re.compile(r"(?:was|were|is|are|been|being|be)\s+(?:received|hosted)$", re.IGNORECASE)


def _reception_tells_the_visit(recs: list[EventRecord]) -> list[EventRecord]:
    """ "Tra was welcomed at the Pentagon by Rumsfeld, the first Vietnamese defence chief to visit the building":
    the reception is the visit's, told once; the visit the sentence also names that day is not another."""
    # (not one told as coming next: "landed on Tuesday and was received shortly after by Nhan" is a call of its own)
    # (nor one told after another meeting of the guest's: "held talks with Giang, and was received by Phuc")
    received = [r for r in recs if r.type == "talks" and _RECEIVED_AT.match(r.trigger) and r.date is not None
                and not any(_RECEIVED_NEXT.match(r.evidence[0], m.start())
                            or _AND_RECEIVED.search(r.evidence[0], max(0, m.start() - 12), m.start())
                            for m in re.finditer(re.escape(r.trigger), r.evidence[0]))]
    return [r for r in recs if not (r.type == "visit" and any(o.partner == r.partner and o.date == r.date
                                                              for o in received))]


def _one_per_span(recs: list[EventRecord]) -> list[EventRecord]:
    """ "arrived earlier this week for a state visit that ran from July 30 to Aug. 1": two words of one
    sentence for one happening, dated twice; the calendar dates are kept over the counted ones. So is a
    happening of the same people told by its month and then by its days: the days are kept."""
    out: list[EventRecord] = []
    for r in recs:
        same = next((o for o in out if o.type == r.type and o.partner == r.partner and o.date is not None
                     and r.date is not None and (o.date.basis == "relative") != (r.date.basis == "relative")
                     # a counted week or day ("earlier this week"), not "later that month": another happening
                     and (o.date if o.date.basis == "relative" else r.date).precision in ("day", "week")
                     and o.date.start <= r.date.end and r.date.start <= o.date.end
                     # (not two hosts met "the same day": "talks with Phuc on 3 September and met Trong the same
                     # day" are two meetings)
                     and not (r.type in ("talks", "summit") and _hosts_differ(o.participants, r.participants))),
                    None)
        if same is None:
            # "In March 2000, Cohen became the first to visit ...; during his March 13-15 visit he ...": one visit,
            # told by its month and then by its days; the days are kept
            same = next((o for o in out if o.type == r.type and o.partner == r.partner and o.date is not None
                         and r.date is not None and o.date.precision != r.date.precision
                         and (o.date.contains(r.date) or r.date.contains(o.date))
                         and (set(o.participants) & set(r.participants)
                              or (o.type == "visit" and o.participants and r.participants
                                  and told_by_one_side(set(o.participants), set(r.participants))))),
                        None)
            if same is None:
                out.append(r)
            elif r.date.rank() > same.date.rank():  # type: ignore[union-attr]
                out[out.index(same)] = replace(r, participants=tuple(dict.fromkeys(same.participants
                                                                                   + r.participants)))
        elif r.date.basis != "relative":  # type: ignore[union-attr]
            out[out.index(same)] = r
    return out


#: "HANOI, June 8 (Reuters) -", "Hanoi (VNA) -", "NEW DELHI:", "DA NANG, Vietnam --": where a story was filed
#: (capitalised words only: "Hanoi hosts a US carrier - a first" is a headline, not a dateline)
_DATELINE_PLACE = re.compile(r"^\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s+[A-Z][a-z]+)?"
                            r"(?:\s*[(\[][^)\]\n]{1,30}[)\]])?"
                            r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\s*\([^)\n]{1,30}\))?)?"
                            r"\s*(?:[-–—:]|--)")
#: a dateline in capitals opening a line: "HANOI - ", "DA NANG, Vietnam -- ", "NEW DELHI: "
_CAPITALS_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}(?:,[ \t]+[A-Z][a-z]+)?[ \t]*"
                                r"(?:[-–—:]|--)[ \t]", re.MULTILINE)
#: where a ship or a unit is based, not where anything happened: "homeported in Honolulu", "based at Yokosuka"
_HOME_OF = re.compile(r"\b(?:home-?ported|based|stationed|headquartered)\s+(?:in|at|out\s+of)\s+(?:the\s+)?$",
                      re.IGNORECASE)
#: "the first visit since 2021", "since taking the Pentagon's top job in July": the since-clause's own date
#: (and a headline's "First Port Call in Vietnam Since 1975"; not "Since October 2013, the Navy has run ...",
#: which opens the sentence with the start of what it tells)
_SINCE = re.compile(r"(?:\bsince|(?<=[\w,]\s)Since)\s+(?:[\w'’-]+\s+){0,6}?(?:in\s+|on\s+)?$")
#: "leaders" alone may be two ministers ("The two leaders built on their phone call"); these are heads
#: heads of state or government named by their office only
_HEADS = r"(?:prime\s+ministers|presidents|heads\s+of\s+(?:state|government))"
_TWO_HEADS = re.compile(rf"\b(?:the|both|their)\s+(?:two\s+)?{_HEADS}\b", re.IGNORECASE)
_TWO_LEADERS = re.compile(rf"\b(?:the|both)\s+(?:two\s+)?(?:leaders|{_HEADS})\b", re.IGNORECASE)
#: a sentence opening on talks it tells came first, then its main clause: "After talks with Chinh, Modi announced"
_AFTER_TALKS_FRAME = re.compile(r"(?:^|[-–—:]\s+)(?:After|Following)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|discussions)\b[^.;]*,\s*[^,;]*$")
#: "the ministry said on Thursday that ...", "told reporters Monday": the day of the report, not of a happening
#: (not "told TR that on 26 May a delegation held talks": the day after "that" is the told happening's)
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|told(?:\s+(?!that\b)\w+){0,2}?|reported|stated|added)\s+"
                          # ("officials said here today": where the report was made, then its day)
                          r"(?:(?:here|there)\s+)?"
                          # ("the Ministry of Defence said in a statement on Friday": the statement's day)
                          r"(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|release|note|communiqu[eé]|post|"
                          r"readout|bulletin)\s+)?(?:on\s+)?$|"
                          # ("..., the service said in a statement issued here on Friday", "a readout released on")
                          r"\b(?:statement|release|readout|communiqu[eé]|bulletin|note)\s+(?:issued|released|published|"
                          r"posted|put\s+out)(?:\s+(?:here|there))?\s+(?:on\s+)?$",
                          re.IGNORECASE)
#: (and "announced last month by Defence Minister Singh after his talks", "... when he received Giang": its maker
#: named, then the happening it was made at)
_AFTER_FRAME = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])"
                          r"[\w-]+)?)?(?:\s+by(?:\s+[\w.'-]+){1,8}?)?,?\s+(?:after|following|when\s+(?:he|she|they)"
                          r")\b", re.IGNORECASE)
#: what was said or announced on a day "at talks between ...", "during a meeting with ...": the meeting's day
_AT_MEETING = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])"
                         # (its maker named first, and the meeting's end: "on 19 June in New Delhi by the Defence
                         # Minister, Rajnath Singh, at the end of his talks with")
                         # (or what was said after it: "said yesterday after talks with his counterpart")
                         r"[\w-]+)?)?(?:\s+by(?:,?\s+[\w.'’-]+){1,8}?)?,?\s+(?:at|during|after|following)\s+"
                         r"(?:the\s+(?:end|close|conclusion)\s+of\s+)?"
                         r"(?:the\s+|their\s+|his\s+|her\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:talks|meeting|summit|dialogue|consultations)\b", re.IGNORECASE)
_ANNOUNCED = re.compile(r"\b(?:announced|declared|proclaimed)\s+(?:on\s+)?$", re.IGNORECASE)
#: the meeting a report was made at, told in an as-clause of the same sentence: ", as he held talks with", ", as the
#: two ministers met in Hanoi"
_AS_HE_MET = re.compile(r"[^.;]{0,200}?,\s+as\s+(?:he|she|they|the\s+two(?:\s+[a-z]+)?)\s+"
                        r"(?:held|met|hosted|received|visited|signed|called|toured|had|sat)\b", re.IGNORECASE)


def _announces_upgrade(text: str, e: DateExpr, offset: int, triggers: list[Trigger]) -> bool:
    """ "announced on Sunday that relations had been raised to a comprehensive strategic partnership": an
    upgrade is made by its announcement, so the announcement's day is the upgrade's; and what it was announced
    after happened that day."""
    if not _ANNOUNCED.search(text[max(0, e.start - 30):e.start]):
        return False
    # "was announced on Sunday after Biden held talks with Trong": the day of the talks it followed too
    # ("The upgrade was announced Sunday": the upgrade told as the announcement's subject)
    return _AFTER_FRAME.match(text, e.end) is not None or any(
        t.type == "partnership_upgrade" and (t.start > e.end - offset or 0 <= e.start - offset - t.end < 4)
        for t in triggers)


#: "a visit that runs until Monday": where a span ends, not where it starts
#: "visited Hanoi in 1995 as a private businessman", "came as a tourist": a trip that is no official's
#: ("arriving in Hanoi as a graduate student", "as a young reporter": a describing word or two before the capacity)
_IN_A_PRIVATE_CAPACITY = re.compile(r"[^.;:]{0,50}?(?:\bas\s+an?\s+(?:private\s+\w+|(?:[\w-]+\s+){0,2}?(?:tourist|"
                                    r"businessman|businesswoman|student|backpacker|civilian|journalist|reporter|"
                                    r"researcher|refugee|immigrant))|"
                                    # ("visited Hanoi in August on leave", "travelled to Goa on holiday"): a trip of
                                    # one's own time, not an official one
                                    r"\bon\s+(?:(?:his|her|their)\s+(?:own\s+)?)?(?:leave|holiday|vacation|"
                                    r"honeymoon)|\bon\s+a\s+(?:private|personal|family)\s+(?:visit|trip))\b",
                                    re.IGNORECASE)
#: a course, workshop or seminar by its trigger word (not a drill or an exercise, whose last day is no start)
_ITS_START_TOLD = re.compile(r"\b(?:began|begun|opened|started|commenced)\b", re.IGNORECASE)
_A_COURSE = re.compile(r"\b(?:course|workshop|seminar|webinar)s?\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_UNTIL_OWN = re.compile(r"(?:until|till)\s", re.IGNORECASE)
#: a stay told in the present up to its end: "is in Vietnam on an official visit through Friday", "are in Cam Ranh on
#: a port call through Sunday" (the end still to come; not "was in Hanoi through Friday")
_STILL_THROUGH = re.compile(STILL_THROUGH + r"$", re.IGNORECASE)
#: "a visit that began on Wednesday and ends on Friday": the last day of a span of days
#: the day something ended: "ended on", "came to a close on November 22", "ended at the Chandimandir station on Friday"
_ENDS_ON = re.compile(r"\b(?:ended|ends|ending|concluded|concludes|closed|closes|(?:came|comes)\s+to\s+a\s+close|"
                      r"(?:runs?|ran|running|lasts?|lasted|lasting|continues?|continued)\s+(?:through|until|till)|"
                      r"wrapped\s+up|wraps\s+up|drew\s+to\s+a\s+close)(?:\s+(?:at|in)\s+[^,.;]{1,60}?)?"
                      r"(?:\s+on)?\s+$", re.IGNORECASE)
#: a visit told as the frame of the main clause's happening, as a first: ", becoming the first chairman of the Joint
#: Chiefs to visit", ", on the first visit by a chairman", ", on what was the first trip by"
_FIRST_TO_VISIT = re.compile(r",\s+(?:becoming\s+the\s+(?:first|second|third|highest-ranking|most\s+senior)\b"
                             r"[^,;]{0,90}?\bto\s+(?:make\s+(?:an?\s+)?(?:[\w-]+\s+)?)?|"
                             r"(?:on|during|in)\s+(?:what\s+(?:was|is)\s+)?(?:the|his|her|their)\s+"
                             r"(?:first|second|third|maiden|inaugural)\s+(?:[\w-]+\s+){0,2}?)$", re.IGNORECASE)
#: a visit told as ended, after its arrival: "arrived Aug. 19 and concluded its visit Thursday"
#: (the same subject's next verb: "arrived Aug. 19 and concluded")
_AND_SAME_VERB = re.compile(r"[^;,]{0,40}?\s+and\s+(?:then\s+|later\s+)?")
_CLOSED_ITS = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up|completed|finished)\s+(?:its|his|her|their|the)\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: "spent four days in the city and left Saturday", "left Da Nang earlier this week": a stay's last day (not "left
#: for Hanoi on Friday", a trip's start; nor an exercise's: "left Cam Ranh on 18 August to exercise with ...")
#: (a port named with initials or its word: "left V.O. Chidambaranar Port on Friday", "departed the port on")
_LEFT_ON = re.compile(r"\b(?:left|leaves|departed|departs|sailed\s+(?:out\s+of|from))"
                      r"(?:\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'-]*(?:\s+|$)){0,3}"
                      r"(?:(?:international\s+|naval\s+|commercial\s+)?(?:port|harbour|harbor|city|capital)\s+)?|\s+|"
                      # ("left this central Vietnamese port on Nov. 13 after a four-day visit")
                      r"\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:port|harbour|harbor|city|capital)\s+)(?:on\s+)?"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
#: "On November 22, ..., the fifth exercise (VINBAX 2024) held its closing ceremony": the day it closed (not
#: "the first visit by a carrier since the war ended", nor "opened on November 4 and closed": see ``closing``)
_CLOSES_AFTER = re.compile(r"(?:(?!\b(?:since|after|before|when|while|as|until|which|that|who|where)\b)[^.;:,]){0,60}?"
                           r"\s(?:held\s+(?:its|the|a)\s+closing\s+(?:ceremony|session)|"
                           r"(?:ended|concluded|closed|wrapped\s+up|(?:came|drew)\s+to\s+a\s+close)(?!\s+(?:a|an|the)\s))",
                           re.IGNORECASE)
#: "signed in May 2015, during the visit by ...", "signed on 27/11/2020, witnessed by Singh and Lich during their
#: online talks": the happening the signing was part of has its date
_WHEN_AFTER = re.compile(r",?\s+(?:(?:witnessed\s+by|in\s+the\s+presence\s+of)\s+[^,;.]{3,120}?,?\s+)?"
                         # ("concluded on 21 December, on the sidelines of the virtual summit": the summit's day too)
                         r"(?:when|during|on\s+the\s+sidelines\s+of|in\s+the\s+margins\s+of)\b")
_AGREEMENT_DATE = re.compile(r"\b(?:signed|inked|adopted|concluded)\s+(?:in|on)\s+$|"
                             # "the memorandum of understanding signed between the two coast guards in 2015"
                             r"\b(?:signed|inked|concluded)\s+between\s+[^,;.]{1,60}?\s+(?:in|on)\s+$|"
                             # "the memorandum of understanding on defence cooperation signed by the two countries in
                             # November 2009": a document named, then who signed it and when (not "was signed by")
                             r"\b(?:memorand(?:um|a)|agreements?|mous?|accords?|pacts?|treat(?:y|ies)|protocols?|"
                             r"declarations?|statements?)(?:\s+of\s+understanding)?(?:\s+(?:on|for)\s+[^,;.]{1,60}?)?"
                             r"\s+(?:signed|inked|concluded)\s+by\s+[^,;.]{1,60}?\s+(?:in|on)\s+$|"
                             # "the memorandum ... that the two defense ministries signed last September"
                             r"\b(?:that|which)\s+[^,;.]{0,60}?\b(?:signed|inked|adopted)\s+$|"
                             # "the defense memorandum the two governments had signed in Washington the previous
                             # September", "the agreement concluded in": a document named, then its making, as the
                             # object of another verb (not "The agreement had been signed ... by X and Y", their own)
                             r"\b[a-z]+\s+(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?(?:memorand(?:um|a)|agreements?|mous?|accords?|pacts?|treat(?:y|ies)|protocols?|"
                             r"declarations?)(?:\s+of\s+understanding)?\s+(?:(?:the|both|two|its|their)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:had|have|has)\s+|had\s+been\s+|have\s+been\s+)?"
                             r"(?:signed|inked|adopted|concluded)\s+(?:in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?"
                             r"(?:in\s+|on\s+)?$|"
                             r"\b(?:memorandum|agreement|mou|"
                             r"statement|pact|treaty|protocol|declaration)\b[^,;.]{0,60}?\b(?:followed|came)\s+"
                             r"(?:in|on)\s+$", re.IGNORECASE)  # "a memorandum ... followed in November 2009"


_ENDED = re.compile(r"\b(?:(?:ended|ends|ending|closing|concluded|concludes|concluding|wrapped\s+up|wraps\s+up|"
                    r"wrapping\s+up|wound\s+up|closed|rounded\s+off|completed|completes|completing|finished|finishes|"
                    r"finishing|"
                    # "On Thursday, at the end of Chinh's three-day state visit": the day the visit closed
                    r"(?P<at_end>at\s+the\s+(?:end|close|conclusion)\s+of))|"
                    # "returned on Friday from a three-day official visit": home on its last day
                    r"(?:returned|returns|came\s+back|flew\s+back|arrived\s+back)(?:\s+home)?"
                    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|yesterday))?\s+from)\s+"
                    # ("finished a five-day search and rescue course": a course named by three words)
                    # ("completing a scheduled five-day port visit": the kind of visit before its days)
                    r"(?:(?:his|her|their|its|the|a|an)\s+|"
                    # (or its owner's name: "Vietnamese Prime Minister Pham Minh Chinh's three-day state visit")
                    r"(?:(?-i:[A-Z])[\w.-]*\s+){0,6}(?-i:[A-Z])[\w-]*['’]s\s+)?(?:(?:scheduled|routine|regular)\s+)?"
                    r"(?P<n>\w+)-day\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _since_elsewhere(text: str, e: DateExpr, offset: int, triggers: list[Trigger]) -> bool:
    """ "the first visit since 2021": a date in a since-clause of no happening of its own; but "50 years since
    India and Vietnam established diplomatic relations in January 1972" dates the happening the clause tells."""
    lo = max(0, e.start - 60)
    m = _SINCE.search(text[lo:e.start])
    if m is not None and e.kind in ("relative", "weekday") and not re.fullmatch(r"since\s+", m.group(0)):
        return False  # "set foot in Vietnam since the war on Monday": the main clause's day, after the since-clause
    # (nor "have been strategic partners since 2007": the since is the happening's own word)
    return m is not None and not any(lo + m.start() < offset + t.end and offset + t.start < e.start for t in triggers)


#: "his three-day official visit": the span's length, written just before the happening's word
_N_DAY = re.compile(r"\b(?P<n>\w+)-day\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_N_DAYS = re.compile(r"\b(?P<n>\w+)\s+days\b", re.IGNORECASE)
#: a stay's length told after its happening: "for a five-day stay that wraps up", "on a four-day visit ending"
_N_DAY_AFTER = re.compile(r"\b(?:for|on)\s+(?:a|an|its|his|her|their)\s+(?P<n>\w+)-day\b", re.IGNORECASE)
#: the span's end told right after its word: "The secretary's three-day trip ends Wednesday"
_ENDS_AFTER = re.compile(r"\s+(?:ends|ended|concludes|concluded|wraps\s+up|wrapped\s+up)\b", re.IGNORECASE)


def _from_its_end(stext: str, trig: Trigger, value: DateValue | None) -> DateValue | None:
    """ "ended his three-day visit ... on Friday", "the three-day trip ends Wednesday": the day is the last of N,
    so the span starts N-1 days before."""
    m = _ENDED.search(stext[max(0, trig.start - 110):trig.start])
    if m is not None and m.group("at_end") and trig.type != "visit":
        m = None  # ("at the close of two-day talks on 25 May": the day of the talks told, as round 21 reads it)
    if m is not None and _BEGAN_AFTER.match(stext, trig.end) and value is not None and value.precision == "day" \
            and not value.is_range and (n := number_value(m.group("n"))) and 2 <= n <= 366:
        # "concluding a four-day port visit that began March 5": the day told is the first of the N
        return DateValue(value.start, value.start + dt.timedelta(days=n - 1), "day", value.basis, True)
    if m is None and _ENDS_AFTER.match(stext, trig.end):
        m = _N_DAY.search(stext[max(0, trig.start - 40):trig.start])
    if m is None and (ending := _ENDING_WORD.match(trig.text)) is not None:
        # "finished a five-day search and rescue course ... last Friday": the trigger opens on the ending, the days of
        # what it ended after it
        m = _DAYS_OF_WHAT_ENDED.match(stext, trig.start + ending.end())
    return _back_from(value, number_value(m.group("n")) if m else None)


#: a trigger that is itself the ending of what it names ("finished", "completed", "wrapped up"), and the days of what
#: it ended, told right after it: " a five-day", " their two-week"
_ENDING_WORD = re.compile(r"(?:finished|finishes|completed|completes|concluded|concludes|wrapped\s+up|wraps\s+up)\b",
                          re.IGNORECASE)
_DAYS_OF_WHAT_ENDED = re.compile(r"\s+(?:a|an|the|its|his|her|their)\s+(?P<n>\w+)-day\b", re.IGNORECASE)


#: the span's start told right after its word: "a four-day port visit that began March 5", "which started on"
_BEGAN_AFTER = re.compile(r"(?:\s+(?:to|at|in)\s+[^,;.]{1,40}?)?"
                          r"(?:,\s+(?-i:[a-z]+\s+)?(?-i:[A-Z])[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
                          r",?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\b", re.IGNORECASE)


#: "on the final day of his three-day official visit", "the second day of a four-day port call": which day of a
#: stay of days the sentence's day is
_NTH_DAY_OF = re.compile(r"\b(?P<k>first|second|third|fourth|fifth|sixth|final|last|closing|concluding)\s+day\s+of\s+"
                         r"(?:his|her|their|its|a|an|the|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s?)\s+"
                         # (its length may go untold: "on the third day of a visit built around the dialogue")
                         r"(?:(?:[\w-]+\s+){0,2}?(?P<n>\w+)[- ]day\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:visit|trip|tour|stay|call)\b", re.IGNORECASE)
_LAST_DAY = ("final", "last", "closing", "concluding")


#: a plan told in the sentence
_A_PLAN = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|expected|slated|to)\b)", re.IGNORECASE)


def _day_of_the_stay(stext: str, value: DateValue | None) -> DateValue | None:
    """ "Singh on June 10 visited two colleges ... on the final day of his three-day visit": the stay of days the
    sentence's day is one of (June 8-10); ``value`` itself when the sentence tells no such day."""
    m = _NTH_DAY_OF.search(stext)
    if m is None or value is None or value.precision != "day" or value.is_range:
        return value
    if re.search(r"\b(?:is|are)\s+on\s+the\s+$", stext[:m.start()]):
        return value  # "Singh is on the second day of his three-day visit": dated from its start already (dates)
    n = number_value(m.group("n")) if m.group("n") else None
    if _BEGUN.match(stext, m.end()):
        # "on the last day of Dung's three-day state visit, which began on Wednesday": the day told is its first
        return (DateValue(value.start, value.start + dt.timedelta(days=n - 1), "day", value.basis, True)
                if n and 2 <= n <= 60 else value)
    if n is None and m.group("k").lower() not in _LAST_DAY:
        # "on the third day of a visit": it began two days before the day told, its end untold (not a plan's day:
        # "On the third day of his trip, on Friday, Singh is set to go to Da Nang")
        k = number_value(m.group("k"))
        if not k or not 2 <= k <= 60 or _A_PLAN.search(stext):
            return value
        return DateValue(value.start - dt.timedelta(days=k - 1), value.start, "day", value.basis, True)
    k = n if m.group("k").lower() in _LAST_DAY else number_value(m.group("k"))
    if not n or not k or not 1 <= k <= n <= 60:
        return value
    start = value.start - dt.timedelta(days=k - 1)
    return DateValue(start, start + dt.timedelta(days=n - 1), "day", value.basis, True)


def _day_of_a_stay_begun(stext: str, trig: Trigger, value: DateValue | None,
                         local: list[tuple[int, int, DateValue, str]]) -> DateValue | None:
    """ "held talks here on the last day of Dung's three-day state visit, which began on Wednesday": the happening is
    on that day of the stay, counted from the day it began (told after "began")."""
    m = _NTH_DAY_OF.search(stext, trig.end)
    begun = _BEGUN.match(stext, m.end()) if m is not None else None
    if m is None or begun is None:
        return value
    first = next((d[2] for d in local if begun.start() <= d[0] <= begun.end()), None)
    if first is None or first.precision != "day":
        return value
    n = number_value(m.group("n")) if m.group("n") else None
    k = n if m.group("k").lower() in _LAST_DAY else number_value(m.group("k"))
    if not k or (n is not None and not 1 <= k <= n <= 60) or (n is None and not 1 <= k <= 60):
        return value
    return day_value(first.start + dt.timedelta(days=k - 1), "relative")  # (from the stay's first day)


#: the stay's first day told after it: "..., which began on Wednesday", "that started on July 4"
_BEGUN = re.compile(r"[^.;]{0,40}?\b(?:which|that)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:on\s+)?",
                    re.IGNORECASE)


#: a team sent to train the other side, as the subject of its stay: "a US Coast Guard mobile training team spent two
#: weeks", "an Indian Army training team arrived in Hanoi", "two instructors from DLIELC travelled to", "a USCG mobile
#: training team had earlier spent" (not "met the training team", its object)
_TRAINING_TEAM = re.compile(r"\b(?:(?:mobile\s+)?training\s+teams?|MTTs?|instructors|trainers)\b"
                            r"(?:\s+(?:from|of)\s+[^,;.]{1,40}?)?(?:,\s+[^,;]{1,60},)?\s+(?:(?:had|has|have|also|then|later|earlier|"
                            r"already|previously|recently|first)\s+){0,2}$")
#: a team as the subject of a stay: "a small US Navy team had already spent", "the team of Indian instructors"
_A_TEAM_BEFORE = re.compile(r"\b(?:team|teams|instructors|trainers)\b[^.;,]{0,40}$", re.IGNORECASE)
#: what the team's stay was for, told after it: ", training Vietnamese naval medical staff", " to train Vietnamese
#: submariners", ", teaching Indian officers", " to begin two weeks of joint survey training"
_TRAINING_THEM_AFTER = re.compile(r"[^.;]{0,80}?(?:,\s+|\s+to\s+)(?:train|training|teach|teaching|instruct|instructing)"
                                  r"\s+(?:[\w-]+\s+)?(?:Vietnamese|Vietnam(?:'s|’s)?|Indian|India(?:'s|’s)?|American|"
                                  r"U\.?S\.?)\b|"
                                  # (or the training it came to give, told by its length: " to begin two weeks of joint
                                  # survey training", " to conduct a week of trauma-care training")
                                  r"[^.;]{0,80}?\s+to\s+(?:begin|start|conduct|run|give|deliver|hold|provide)\s+"
                                  r"(?:\w+\s+)?(?:days?|weeks?|months?|fortnight)\s+of\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:training|instruction)\b", re.IGNORECASE)
#: an arrival, and the stay of days it began told right after: "arrived at Fort William on Wednesday for a three-day
#: visit", "landed in Hanoi on Sunday on a two-day trip"
#: (a ship's arrival too: "berthed at Nha Rong port on Tuesday for a four-day goodwill visit", "docked", "anchored")
_ARRIVAL = re.compile(r"(?:arrived|arrives|landed|lands|reached|reaches|berthed|berths|docked|docks|anchored|"
                      r"anchors)\b", re.IGNORECASE)
#: (an abbreviated month between: "on Monday, Aug. 15, for a five-day visit")
_FOR_N_DAYS = re.compile(r"(?:[^.;]|\.(?=\s+\d)){0,60}?\b(?:for|on)\s+(?:a|an|his|her|their|its)\s+(?P<n>\w+)-day\s+"
                         r"(?:[\w-]+\s+){0,2}?"
                         r"(?:visit|trip|stay|tour|call|port\s+call|mission)\b(?!\s+(?:that|which)\s+(?:ends|ended|wraps|"
                         r"wrapped|concludes|concluded))", re.IGNORECASE)


def _arrived_for_days(stext: str, trig: Trigger, value: DateValue | None) -> DateValue | None:
    """ "arrived at Fort William on Wednesday for a three-day visit": the stay runs from the day of arrival for its
    days (so what the guest did on the next days is told within it); ``value`` itself otherwise."""
    if value is None or value.precision != "day" or value.is_range or not _ARRIVAL.match(trig.text):
        return value
    m = _FOR_N_DAYS.match(stext, trig.end)
    n = number_value(m.group("n")) if m else None
    if not n or not 2 <= n <= 30:
        return value
    return DateValue(value.start, value.start + dt.timedelta(days=n - 1), "day", value.basis, True)


#: the leaving told right after an arrival's day, by the same subject: " and sailed on", ", leaving on", " before
#: departing on" (not someone else's: "and the minister left for Paris on")
_THEN_SAILED = re.compile(r",?\s+(?:(?:and|before)\s+(?:then\s+)?(?:(?:he|she|they|it)\s+)?)?"
                          r"(?:left|departed|sailed|leaving|departing|sailing|cast\s+off|set\s+sail)\b"
                          r"(?:\s+(?:from\s+|for\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.'-]*\s+){1,3}|\s+(?:again|port)\s+)?"
                          r"\s*(?:on\s+)?", re.IGNORECASE)


def _to_its_leaving(stext: str, trig: Trigger, value: DateValue | None,
                    local: list[tuple[int, int, DateValue, str]]) -> DateValue | None:
    """ "arrived at Tien Sa port on Monday and sailed on Thursday": a stay told by the day of its arrival and the day
    it left, a fortnight or less apart, is the span of both; ``value`` itself otherwise."""
    if value is None or value.precision != "day" or value.is_range or not _ARRIVAL.match(trig.text):
        return value
    at = next((d for d in local if d[2] is value and d[0] >= trig.end), None)
    if at is None:
        return value
    told = next((d for d in local if d[0] > at[1] and _THEN_SAILED.fullmatch(stext, at[1], d[0])), None)
    left = told[2] if told is not None else None
    if left is None or left.precision != "day" or left.is_range:
        return value
    day = left.start
    if _BARE_WEEKDAY.search(stext, told[0], told[1]) and not re.search(r"\d", stext[told[0]:told[1]]):
        # ("arrived on April 1 and left on Friday": the first Friday after the arrival, not the last before the page)
        day = value.start + dt.timedelta(days=(day.weekday() - value.start.weekday()) % 7 or 7)
    if not 0 < (day - value.start).days <= 14:
        return value
    return DateValue(value.start, day, "day", value.basis, True)


#: what ends a happening, told just before its word: "concluded the third annual Naval Engagement Activity", "wrapped
#: up a port call"
_ENDED_BEFORE = re.compile(r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|ended|ends|completed|completes|"
                           r"finished|finishes|closed|closes|rounded\s+off)\s+(?:[\w'’()-]+\s+){0,6}$", re.IGNORECASE)
#: the first day, told after the last one: "..., following five days of exchanges that began April 23", ", after
#: arriving on Tuesday", ", having arrived on March 4"
_ITS_START_AFTER = re.compile(r"[^.;]{0,80}?\b(?:that|which)\s+(?:had\s+)?(?:began|started|opened)\s+(?:on\s+)?$|"
                              r",?\s+(?:after|having)\s+(?:arriving|arrived|docking|docked|berthing|berthed)\s+"
                              r"(?:(?:in|at)\s+[^,;.]{1,30}?\s+)?(?:on\s+)?$", re.IGNORECASE)


def _from_its_told_start(stext: str, trig: Trigger, value: DateValue | None,
                         local: list[tuple[int, int, DateValue, str]]) -> DateValue | None:
    """ "concluded the Naval Engagement Activity in Da Nang on Friday, April 27, following five days of exchanges that
    began April 23", "wrapped up a port call at Cam Ranh on Friday, March 7, after arriving on Tuesday": a stay told
    by its last day, then its first: the span of both (a weekday, the last such day before the end)."""
    if value is None or value.precision != "day" or value.is_range:
        return value
    if not (_ENDED_BEFORE.search(stext, max(0, trig.start - 70), trig.start) or _ENDING_WORD.match(trig.text)):
        return value
    at = next((d for d in local if d[2] is value and d[0] >= trig.end), None)
    if at is None:
        return value
    told = next((d for d in local if d[0] > at[1] and _ITS_START_AFTER.fullmatch(stext, at[1], d[0])), None)
    first = told[2] if told is not None else None
    if first is None or first.precision != "day" or first.is_range:
        return value
    day = first.start
    if _BARE_WEEKDAY.search(stext, told[0], told[1]) and not re.search(r"\d", stext[told[0]:told[1]]):
        # ("wrapped up ... on Friday, March 7, after arriving on Tuesday": the Tuesday before, not the page's last)
        day = value.start - dt.timedelta(days=(value.start.weekday() - day.weekday()) % 7 or 7)
    if not 0 < (value.start - day).days <= 60:
        return value
    return DateValue(day, value.start, "day", value.basis, True)


#: a stay's length written just before its word: "is on a four-day visit", "for a five-day port call"
_N_DAY_STAY_BEFORE = re.compile(r"\b(?:on|for)\s+(?:a|an|his|her|its|their)\s+(?P<n>\w+)-day\s+(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)


def _days_from_its_begun_day(stext: str, trig: Trigger, value: DateValue | None) -> DateValue | None:
    """ "ICGS Samar is on a four-day visit to Da Nang, central Vietnam, which began on Wednesday": the N days from the
    day it began."""
    if value is None or value.precision != "day" or value.is_range or not _BEGAN_AFTER.match(stext, trig.end):
        return value
    m = _N_DAY_STAY_BEFORE.search(stext, max(0, trig.start - 40), trig.start)
    n = number_value(m.group("n")) if m else None
    if not n or not 2 <= n <= 60:
        return value
    return DateValue(value.start, value.start + dt.timedelta(days=n - 1), "day", value.basis, True)


def _back_from(value: DateValue | None, n: int | None) -> DateValue | None:
    """The span of ``n`` days that ends on ``value``'s day (``value`` itself when no span fits)."""
    if value is None or not n or not 2 <= n <= 366 or value.precision != "day" or value.is_range:
        return value  # (a span of more than a year is no visit's)
    try:
        return DateValue(value.start - dt.timedelta(days=n - 1), value.start, "day", value.basis, True)
    except OverflowError:
        return value


def _names_qualifier(text: str, e: DateExpr, offset: int, triggers: list[Trigger]) -> bool:
    """ "the Comprehensive Strategic Partnership (2016)", "the Strategic Partnership of 2007": a date in brackets
    or after "of" following a name qualifies the name; it dates a happening only when a trigger ends right
    before it."""
    if e.kind in ("year", "month_year") and (m := _NAME_OF.search(text, max(0, e.start - 40), e.start)) is not None:
        # "the India-Vietnam Strategic Partnership of 2007": the year of the name, unless the name is the trigger
        return not any(offset + t.end == m.start() + len(m.group(1)) for t in triggers)
    if not (text[e.start - 1:e.start] == "(" and text[e.end:e.end + 1] == ")") or e.kind in ("range", "date"):
        return False  # ("... the visit of the Prime Minister (30 July-01 August)": the happening's own days)
    return not any(0 <= e.start - 1 - (offset + t.end) <= 1 for t in triggers)


#: "the Strategic Partnership of 2007", "the Protocol of 1994": a capitalised name, then "of" and its year (or its
#: month: "the Joint Vision Statement on ... Partnership towards 2030 of June 2022", a name ending on a horizon)
_NAME_OF = re.compile(r"\b((?-i:[A-Z])[\w-]*|(?<=\btowards\s)(?:20|19)\d\d)\s+of\s+$")


_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\)?\s+$")  # (a short name in brackets before it: "Exercise (VINBAX) 2023")


def _edition_year(stext: str, start: int, value: DateValue) -> bool:
    """A year that ends a name ("VINBAX 2024", "Pacific Partnership 2018", "(CARAT 2023)"): the name's
    edition, which dates a happening only where nothing else in the sentence does."""
    if value.precision != "year" or not stext[start:start + 4].isdigit():
        return False  # ("the Theodore Roosevelt two years later": a count after a name is no edition)
    m = _LAST_WORD.search(stext, max(0, start - 40), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    word = m.group(1).lower()
    return word not in common_words("function") and word not in MONTHS


def _looks_forward(text: str, e: DateExpr) -> str:
    """What dates what follows it: a count ("the 50th anniversary of", "thirty years after"), which dates
    only a relationship's happening, or a year used as an adjective ("the 2024 joint exercise"); else ""."""
    if e.kind in ("anniversary", "years_since"):
        return "count"
    before = text[max(0, e.start - 8):e.start]
    adjective = (e.kind == "year" and bool(re.search(r"\b(?:the|a|an|its|their)\s+$", before))
                 and bool(re.match(r"\s+[A-Za-z]", text[e.end:e.end + 3])))
    return "adjective" if adjective else ""


#: ", whose visit began ...": a relative clause opens; what comes before it is the earlier happening's
_CLAUSE_CUT = re.compile(r",\s+(?:whose|who|which|where)\b")
#: a sentence that opens on a happening as its frame: "After talks in Hanoi, ...", "On Sunday, following talks at"
_OPENING_FRAME = re.compile(r"(?:[^,]{0,40},\s+)?(?:after|following)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


#: a main clause whose subject is the pair named before it: ", and the two announced", ", and both leaders
#: witnessed", ", and they signed"
_BOTH_AS_SUBJECT = re.compile(r",\s+(?:and|while)\s+(?:then\s+|later\s+)?(?:the\s+two|both|they)"
                              r"(?:\s+(?:leaders|sides|men|women|ministers|heads|presidents|premiers|"
                              r"prime\s+ministers|countries|governments|chiefs|officials|delegations))?\s+"
                              r"(?!of\b|(?:are|were|is|will|would|have|had)\b)", re.IGNORECASE)


#: a guest's meeting told in a clause after the guest's name: ", whom he had hosted"
_WHOM_BEFORE = re.compile(r",\s+whom\s+\w+\s+(?:had\s+|has\s+)?$", re.IGNORECASE)


#: a later verb tied to the clause before by a preposition and its gerund: "before flying to", "after leaving for",
#: "prior to departing"
_GERUND_LINK = re.compile(r"\b(?:before|after|prior\s+to|upon)\s+(?:then\s+)?[a-z]+ing\b", re.IGNORECASE)


def _trigger_scopes(stext: str, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """Each trigger's stretch of the sentence, where its participants are looked for: cut halfway between
    two triggers, or at a relative clause between them (the clause's antecedent is the earlier one's)."""
    cuts = [0]
    for a, b in zip(triggers, triggers[1:], strict=False):
        clause = [m.start() for m in _CLAUSE_CUT.finditer(stext, a.end, b.start)]
        if not clause and _OPENING_FRAME.fullmatch(stext, 0, a.start) and "," in stext[a.end:b.start]:
            # "On Sunday evening, after talks at party headquarters, Biden and Trong announced ...": the opening
            # frame's people are the main clause's subject
            cuts.append(b.start)
            continue
        pair = _BETWEEN_PAIR.match(stext, a.end) if a.type in ("talks", "summit") else None
        if not clause and pair is not None and pair.end() <= b.start:
            # "talks between Prime Minister Dung and Indian Prime Minister Manmohan Singh on the last day of Dung's
            # state visit": both named after "between" are the talks' people, however near the next word
            cuts.append(pair.end())
            continue
        whom = _MET_WITH.match(stext, a.end) if a.type in ("talks", "summit") and b.type == "visit" else None
        if not clause and whom is not None and whom.end() <= b.start:
            # "held talks with his Vietnamese counterpart Nguyen Xuan Phuc on the first visit by ...": the one met
            # is the talks' person, however near the next word
            cuts.append(whom.end())
            continue
        same = AND_SAME_SUBJECT.search(stext, a.end, b.start) if not clause else None
        if same is not None and stext.count(",", a.end, same.start()) <= 2:
            # "held talks with ..., General Phung Quang Thanh, and later called on": the "and" ends the first one's
            # people, however long their titles
            cuts.append(same.start())
            continue
        if clause:
            cuts.append(clause[-1])
            continue
        both = [m.start() for m in _BOTH_AS_SUBJECT.finditer(stext, a.end, b.start)]
        if both:
            # "held talks with Communist Party General Secretary Nguyen Phu Trong, and the two announced ...": the
            # later clause's subject is the pair, so the people before it are the earlier verb's, however long
            # their titles
            cuts.append(both[-1])
            continue
        mid = (a.end + b.start) // 2
        gerund = [m for m in _GERUND_LINK.finditer(stext, a.end, b.end) if m.end() >= b.start]
        if gerund and a.type in ("talks", "summit"):
            # "met Thuong, Chinh and Chairman Hue in separate meetings on Monday before flying to Alaska": the people
            # before the link are the meeting's, however near the later verb (the link's subject is the meeting's)
            mid = gerund[0].start()
        own = _SUBJECT_PRONOUN_BEFORE.search(stext, a.end, b.start)
        if own is not None:
            # ("after the talks he was received by": the pronoun is the later verb's subject; and the people before
            # it are the earlier verb's, however far: "called on Trong and President Quang, and he met Ngan")
            mid = own.start()
        cuts.append(mid)
    cuts.append(len(stext))
    scopes = [(cuts[i], cuts[i + 1]) for i in range(len(triggers))]
    for i in range(1, len(triggers)):
        if _WHOM_BEFORE.search(stext, max(0, triggers[i].start - 30), triggers[i].start):
            # "met Trong, whom he had hosted at the White House last July, and Phuc": the clause's meeting is the
            # subject's and its antecedent's, and the people after the clause are the main verb's
            close = stext.find(",", triggers[i].end)
            close = len(stext) if close < 0 else close
            main = (scopes[i - 1][0], max(scopes[i - 1][1], scopes[i][1]))
            scopes[i - 1], scopes[i] = main, (scopes[i - 1][0], close)
    for i in range(1, len(triggers)):
        who = _VISITORS_CLAUSE.search(stext, 0, triggers[i].start) if triggers[i].type == "visit" else None
        if who is not None and who.start() >= triggers[i - 1].end and triggers[i - 1].cameo == SIGNING:
            # "signed in the presence of Fernandes, who is on a five-day tour of Vietnam, and his counterpart Tra":
            # the trip is the person's before "who"; the people on both sides of the clause are the signing's
            scopes[i - 1], scopes[i] = (scopes[i - 1][0], scopes[i][1]), (scopes[i - 1][0], who.start())
    for i in range(1, len(triggers)):
        who = _VISITORS_CLAUSE.search(stext, 0, triggers[i - 1].start) if triggers[i - 1].type == "visit" else None
        if (who is not None and triggers[i].type in ("talks", "summit")
                and "," in stext[triggers[i - 1].end:triggers[i].start]):
            # "Chinh, who had arrived on Tuesday for a three-day visit, held talks with Modi": the guest the clause
            # is about, named before it, holds the main clause's talks too
            lo = next((a for a, b in scopes if a <= who.start() < b), scopes[i - 1][0])
            scopes[i] = (min(lo, scopes[i][0]), scopes[i][1])
    for i in range(1, len(triggers)):
        if triggers[i].type in ("talks", "summit") and _AFTER_TALKS.search(stext, 0, triggers[i].start):
            # "Singh and Dung signed a joint declaration after delegation-level talks": the talks are those of the
            # people who then signed, named before them
            scopes[i] = (scopes[i - 1][0], scopes[i][1])
    return scopes


#: a subject pronoun just before a verb: "he was", "she also", "they then"
_SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:(?:also|then|later|was|were|had|has|again)\s+){0,2}$",
                                     re.IGNORECASE)


#: the two sides of talks "between A and B" (B a name of capitalised words, after a title)
_BETWEEN_PAIR = re.compile(r"\s+between\s+[^,;.]{3,100}?\s+and\s+(?:(?:his|her|their|the)\s+)?"
                           r"(?:(?-i:[A-Z])[\w.'’-]*\s*){1,7}")


#: the one a meeting was with, named after it: "talks with his Vietnamese counterpart Nguyen Xuan Phuc", "met with
#: Prime Minister Phuc" (a name of capitalised words, after a title or a counterpart)
_MET_WITH = re.compile(r"\s+with\s+(?:(?:his|her|their)\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?:counterparts?|host|"
                        r"opposite\s+number),?\s+)?(?:(?-i:[A-Z])[\w.'’-]*,?\s*){1,8}"
                       r"(?=(?:on|during|in|at|for|as|after|before|when|while)\b)")  # (the name ends its phrase)


#: talks named as what the act before them followed: "... after delegation-level talks", "at the end of talks"
_AFTER_TALKS = re.compile(r"\b(?:after|following|at\s+the\s+end\s+of)\s+(?:the\s+|their\s+|a\s+round\s+of\s+)?"
                          # (not a clause of its own after the frame: "after the talks he was received by")
                          r"(?:(?!(?:he|she|they|it|we)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)


#: a person named as the sender of what a participant brings, not a participant
#: (a title of three words before the name: "the greetings of Prime Minister Shri Narendra Modi"; or to whom the
#: greetings are to be carried: "asked him to convey their regards to Prime Minister Modi")
_ON_BEHALF = re.compile(r"\b(?:(?:greetings|regards|wishes|message|letter|invitation)\s+(?:of|from)|"
                        r"(?:greetings|regards|wishes)\s+to)\s+(?:[\w-]+\s+){0,3}$|"
                        r"\bon\s+behalf\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: an opening that sets people aside: "Besides Phuc,", "Apart from the prime minister,", "In addition to Giang,"
_BESIDES = re.compile(r"\s*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than)\s+[^,;.]{1,80},",
                      re.IGNORECASE)


def _arrivals_subject(stext: str, triggers: list[Trigger], trig: Trigger, bounds: list[tuple[int, int]],
                      hits: list[ActorHit], offset: int) -> list[ActorHit]:
    """The people named before an arrival or a meeting whose second verb is this meeting: "Biden arrived in Hanoi on
    Sunday and held talks with Trong", "Antony held talks with Thanh, and later called on Dung" (the "and" opens no
    subject of its own). Not for a meeting told by its month or year: "visited Washington in June and met Bush" is
    one happening, the visit, as coders code it."""
    i = _second_verb_of(stext, triggers, trig)
    if i is None:
        return []
    lo = bounds[i][0]
    return [h for h in hits if offset + lo <= h.start < offset + triggers[i].start]


def _second_verb_of(stext: str, triggers: list[Trigger], trig: Trigger) -> int | None:
    """The index of the arrival or meeting whose subject this meeting shares ("arrived ... and held talks")."""
    i = triggers.index(trig)
    if not i or trig.type not in ("talks", "summit") or triggers[i - 1].type not in ("visit", "talks", "summit") \
            or not AND_SAME_SUBJECT.search(stext, triggers[i - 1].end, trig.start):
        return None
    return i - 1


#: a clause's own subject named by office, in the plural: "the two countries' defence ministers", "both navies'
#: chiefs", "the two sides' officials"
_OFFICES_SUBJECT = re.compile(r"\b(?:the|both|their)\s+(?:[\w'’.-]+\s+){0,3}?(?:ministers|leaders|chiefs|secretaries|"
                              r"officials|counterparts|generals|admirals|commanders|delegations|heads\s+of\s+\w+)\s+"
                              r"(?:(?:also|then|later|had|have|has|first|last|again)\s+){0,2}$", re.IGNORECASE)


def _record(aid: str, s: Sentence, stext: str, trig: Trigger, value: DateValue | None,
            lo: int, hi: int, hits: list[ActorHit], places: list[PlaceHit],
            partner: str, subject: Sequence[ActorHit] = (), shared: Sequence[ActorHit] = ()) -> EventRecord:
    # (not whose greetings or letter a visitor conveyed: "who conveyed the greetings of Prime Minister Modi")
    hits = [h for h in hits if not _ON_BEHALF.search(stext, max(0, h.start - s.start - 40), max(0, h.start - s.start))]
    # (nor those a sentence opens by setting aside: "Besides Phuc, Modi held separate meetings with President Quang")
    aside = _BESIDES.match(stext)
    if aside is not None and aside.end() <= trig.start:
        hits = [h for h in hits if not s.start <= h.start < s.start + aside.end()]
    scope_hits = [h for h in hits if s.start + lo <= h.start < s.start + hi and h not in shared]
    own_subject = lo > 0 and _OFFICES_SUBJECT.search(stext, max(0, lo - 30), trig.start) is not None
    if len({h.actor_id for h in scope_hits}) == 0 and not own_subject:
        # (but not the people of another clause, when this one has a subject of its own, named by office: "Modi and
        # Phuc held a summit in December, and a month earlier the two countries' defence ministers had spoken by
        # telephone")
        scope_hits = [h for h in hits if h.sentence_id == s.sentence_id and h not in shared]
    scope_hits = list(shared) + scope_hits
    scope_hits = [h for h in list(subject) + scope_hits if h.country in (HOME, partner)]
    if value is not None:  # the offices held when it happened, not on the article's day
        scope_hits = [actors_mod.at_the_time(h, value.start + (value.end - value.start) / 2) for h in scope_hits]
    etype = trig.type
    if etype == "partnership_upgrade":
        scope_hits = [h for h in scope_hits if h.level == "summit"]
    # a pronoun's antecedent tells the happening's level, not a participant: the same visitor's two meetings of
    # one day ("Later that day he called on To Lam") stay two
    participants = tuple(dict.fromkeys(h.actor_id for h in scope_hits if h not in subject))
    scope = stext[lo:hi]
    summit_sides = {h.country for h in scope_hits if h.level == "summit"}
    # (the head of government a sentence opens on, its subject: "Vietnamese Prime Minister Chinh, during his state
    # visit to India, held talks with Prime Minister Modi" is a summit, however far the verb comes after him)
    opener = next((h for h in hits if h.sentence_id == s.sentence_id and h.kind == "person"
                   and h.country in (HOME, partner)), None)
    # (not when another person of his side is named before the verb: "Biden spoke with Trong in March, and
    # Secretary Blinken met Trong in April" opens on Biden, but Blinken is who met)
    if opener is not None and any(h.kind == "person" and h.country == opener.country and h.actor_id != opener.actor_id
                                  and opener.end <= h.start < s.start + trig.start for h in hits):
        opener = None
    if opener is not None and opener.start - s.start < lo and not _POSSESSIVE_AFTER.match(stext, opener.end - s.start):
        opener = actors_mod.at_the_time(opener, value.start) if value is not None else opener
        if opener.level == "summit":
            summit_sides = summit_sides | {opener.country}
    if etype == "talks" and _OPENS_ON_THE_TALKS.match(stext[:trig.start + 1]):
        # "In talks with Prime Minister Phuc in Hanoi on Saturday, 3 September, Modi agreed to raise ties": the
        # main clause's subject, just after the opening phrase, is the other party to the talks it opens on
        main = next((h for h in hits if h.sentence_id == s.sentence_id and h.kind == "person"
                     and h.start - s.start >= trig.end and h.country in (HOME, partner)
                     and _TITLES_AFTER_COMMA.fullmatch(stext, max(trig.end, h.start - s.start - 60),
                                                       h.start - s.start)), None)
        if main is not None:
            main = actors_mod.at_the_time(main, value.start) if value is not None else main
            if main.level == "summit":
                summit_sides = summit_sides | {main.country}
    if etype == "talks" and (summit_sides >= {HOME, partner}
                             or (summit_sides and _TWO_LEADERS.search(stext))
                             # "Modi announced the credit after talks with his Vietnamese counterpart": a head
                             # of government whose opposite number is not named met a head of government
                             or (len(summit_sides) == 1 and all(h.level == "summit" for h in scope_hits)
                                 and _COUNTERPART.search(scope))
                             # "Chinh made a state visit to New Delhi, where he and Modi held talks"
                             or (_HE_AND.search(stext, max(0, trig.start - 80), trig.start)
                                 and {h.country for h in hits if h.level == "summit"} >= {HOME, partner})
                             # "The two prime ministers held talks": the leaders named by their office only
                             or (not scope_hits and _TWO_HEADS.search(scope))
                             # "Trong had been received in the Oval Office": the seat of the other side's head
                             or (len(summit_sides) == 1 and bool(scope_hits)
                                 and all(h.level == "summit" for h in scope_hits)
                                 and _HEADS_SEAT.match(stext, trig.end) is not None)
                             # "The visiting president was received by President Kovind": a head of state or
                             # government named by his office alone, the guest or host of the other side's head
                             or (len(summit_sides) == 1 and bool(scope_hits)
                                 and all(h.level == "summit" for h in scope_hits)
                                 and (_HEAD_SUBJECT.search(stext, max(0, trig.start - 60), trig.start) is not None
                                      # ("the President was ushered into the party headquarters for talks with")
                                      or _HEAD_SUBJECT_CLAUSE.search(stext, max(0, trig.start - 100), trig.start)
                                      is not None))):
        etype = "summit"  # "during his talks with Prime Minister Modi ..., the two leaders adopted ..."
    upgrade = etype == "partnership_upgrade"
    lower = lower_in_place(stext)
    cue_levels = [lv for lv, p in LEVEL_CUES if p.search(lower[lo:hi])]
    level = "" if upgrade else max_level([h.level for h in scope_hits] + cue_levels)
    virtual = bool(VIRTUAL.search(lower))
    city = next((p.place for p in places if p.kind == "city" and s.start + lo <= p.start < s.start + hi), "")
    if upgrade:
        modality = "unknown"
    elif virtual:
        modality = "virtual"
    elif etype in ("visit", "ceremony", "exercise") or city or re.search(
            r"\b(?:met|hosted|called|received|in person|landed)\b", scope, re.IGNORECASE):
        modality = "in_person"
    else:
        modality = "unknown"
    location = "virtual" if modality == "virtual" else ("" if upgrade else city)
    ordinal = ordinal_before(stext, trig.start) if etype == "dialogue" else None
    return EventRecord(
        partner=partner, type=etype, date=value, modality=modality, level=level,
        location=location, participants=participants, ordinal=ordinal, domains=(),
        article_ids=(aid,), sentence_refs=((aid, s.sentence_id),), evidence=(s.text,),
        trigger=trig.text, cameo=cameo_for(etype, trig.cameo),
        trigger_spans=((aid, s.start + trig.start, s.start + trig.end),),
        apart=((aid, s.start + trig.start, s.start + trig.end),)
        if SAME_PERIOD.search(stext, max(0, min(lo, trig.start - 80)), hi) else (),
        subject=tuple(dict.fromkeys(h.actor_id for h in subject if h.actor_id not in participants)))


def _signed_together(trig: Trigger, triggers: list[Trigger], hits: list[ActorHit], partner: str,
                     stext: str = "", offset: int = 0) -> bool:
    """A signing is a meeting when someone of each side is named in its sentence ("Carter and Thanh signed a
    Joint Vision Statement in Hanoi") and the sentence tells no other happening ("during the visit, they
    signed" is the visit's), unless the other is told in a clause of its own, with its own subject ("Thanh
    and Carter signed a statement last June, and Vinh was in Washington in September")."""
    # two signings in a sentence ("the memorandum signed by the two ministries in 2009, and the statement signed
    # in 2015 by Thanh and Parrikar"): each has the people named between it and the other
    signings = [t for t in triggers if t.cameo == SIGNING]
    k = signings.index(trig)
    lo = signings[k - 1].end if k > 0 else 0
    hi = signings[k + 1].start if k + 1 < len(signings) else len(stext)
    if k + 1 < len(signings):
        # (up to the next signing's own clause: "The two ministries signed a memorandum in 2011; Carter and Thanh
        # signed a Joint Vision Statement in 2015": Carter and Thanh are the second signing's)
        cuts = [m.start() for m in re.finditer(r";|,\s+(?:and|while|but)\s", stext[trig.end:hi])]
        hi = trig.end + cuts[-1] if cuts else hi
    sides = {h.country for h in hits if lo <= h.start - offset < hi or h.start < offset}  # (or a pronoun's)
    return {HOME, partner} <= sides and all(t is trig or t.cameo == SIGNING or _own_clause(stext, trig, t, hits, offset)
                                            # ("in the presence of Fernandes, who is on a five-day tour of Vietnam,
                                            # and Tra": the visit tells who he is, not what the signing was part of)
                                            or (t.type == "visit" and _VISITORS_CLAUSE.search(stext, 0, t.start))
                                            for t in triggers)


def _signed_by_its_meeting(text: str, at: int, triggers: list[Trigger], hits: list[ActorHit], partner: str) -> bool:
    """Whether the signing a date is told of ("the statement that Carter and Thanh signed in May 2015") is a meeting
    of the two who signed: one of the sentence's kept signings, with someone of each side named in the clause that
    tells it. Then the date is the meeting's as well as the document's ("the memorandum ... that the two countries
    signed last year", beside talks of two generals, is the document's)."""
    told = _AGREEMENT_DATE.search(text, max(0, at - 100), at)
    if told is None or not any(t.cameo == SIGNING for t in triggers):
        return False
    verb = [m.start() for m in _SIGNED_WORD.finditer(text, told.start(), at)]
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, max(0, at - 200), verb[-1] if verb else at)]
    lo = opens[-1] if opens else max(0, at - 200)
    return {HOME, partner} <= {h.country for h in hits if h.kind == "person" and lo <= h.start < at}


#: a signing's verb, and where the clause that tells it opens ("the pact, which ...", "the statement that ...")
_SIGNED_WORD = re.compile(r"\b(?:signed|inked|adopted|concluded)\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"[,;:]|\b(?:that|which|whom)\b", re.IGNORECASE)


#: a who-clause that tells a participant's trip: ", who is on a five-day official tour of", ", who arrived on Monday"
_VISITORS_CLAUSE = re.compile(r",\s+who\s+[^,;]*$", re.IGNORECASE)


#: where a sentence's second main clause begins: "; " or ", and" / ", while" / ", but"
_MAIN_CLAUSE = re.compile(r";\s+|,\s+(?:and|while|but|whereas)\s+|"
                          # "..., a day after Carter toured the navy headquarters": another day's happening
                          r",\s+(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?)\s+)?(?:after|before)\s+")


#: a clause told as another day's, counted from the one before: ", a day after touring", ", two days before meeting"
_DAYS_APART = re.compile(r",\s+(?:a|one|two|three|four|five|six|several|\d+)\s+days?\s+(?:after|before)\s+",
                         re.IGNORECASE)


def _own_clause(stext: str, a: Trigger, b: Trigger, hits: list[ActorHit], offset: int) -> bool:
    """Two happenings told in two main clauses: a clause boundary between them, and a person named after it
    who is the later clause's subject."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if _DAYS_APART.search(stext, first.end, second.start):
        return True  # "signed ... in Hanoi, a day after touring a coastguard base": another day's happening
    cut = [m.end() for m in _MAIN_CLAUSE.finditer(stext, first.end, second.start)]
    # (or the later happening is the subject of a main clause of its own: "..., and ground-breaking for the project
    # followed in 2019"; not a participle after "before": "..., before meeting Thanh")
    return bool(cut) and (any(offset + cut[-1] <= h.start < offset + second.start for h in hits)
                          or _SUBJECT_HAPPENING.search(stext, first.end, second.start) is not None)


#: a main clause opening on the happening that is its subject: ", and ground-breaking", "; the handover"
_SUBJECT_HAPPENING = re.compile(r"(?:;|,\s+(?:and|while|but|whereas))\s+(?:(?:the|a|an|its|their)\s+)?$",
                                re.IGNORECASE)


#: "he and Vietnamese Defence Minister Giang signed", "The next day he met with President Thuong", "she also
#: held talks with", "Today, the president met ...": a happening whose subject is a pronoun or its office alone
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|the\s+(?:(?:visiting|guest|(?-i:[A-Z])[\w.]*)\s+){0,2}"
                              r"(?:president|prime\s+minister|premier|secretary|minister|admiral)|"
                              # ("the Vietnamese leader called on President Murmu": the head told before, of a side)
                              r"the\s+(?:(?:visiting|guest)\s+)?(?-i:Vietnamese|Indian|American|U\.S\.|US)\s+leader)\s+"
                              r"(?:(?:also|then|later|again|had|has|first|held|made|paid|was|were)\s+){0,2}"
                              # (the meeting's own words: "he held separate meetings with", "he had bilateral talks")
                              r"(?:(?:separate|bilateral|further|several|brief|private|official|a|an)\s+){0,2}$|"
                              # (an appositive may follow: "he and his counterpart, General Giang, signed")
                              r"\b(?:he|she)\s+and\s+[^,;.]{3,80}(?:,\s+[^,;]{3,60},)?\s*$", re.IGNORECASE)


#: a document named by its year, then its signing: "The 2015 Joint Vision Statement on Defense Relations, signed"
_DOCUMENT_YEAR = re.compile(r"\b[Tt]he\s+(?P<y>(?:19|20)\d\d)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|on|of|for|"
                            r"and))*\s*,?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?$")

#: a return home after a trip: "returned to Chennai on Wednesday after a five-day goodwill visit to", "sailed home
#: on Friday following its port call at"
#: (or home from the place where it was done: "returned this week from Vietnam, where it taught a five-day course")
_RETURNED_AFTER = re.compile(r"\b(?:returned|came\s+back|sailed\s+(?:home|back)|arrived\s+back|got\s+back|"
                             # ("left Vietnam on Monday evening after a whirlwind visit in which ... raised": the day
                             # is the leaving's, the visit's doings came before it)
                             r"headed\s+home|left\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\b[^.;]{0,80}?\b(?:(?:after|following)\s+(?:a|an|its|her|his|their|the)\s|"
                             r"from\s+[^.;,]{1,40},\s+where\s)",
                             re.IGNORECASE)


#: a second main clause of the sentence's subject: "left An Thoi on Sunday after a visit, ..., and carried out a drill
#: as they departed" (the drill is of the leaving's day)
_AND_CLAUSE = re.compile(r",\s+and\s")


#: a meeting told by its noun alone, opening its clause: "then the talks with", "; talks with", "and a meeting with"
_BARE_MEETING = re.compile(r"talks|meetings?|discussions", re.IGNORECASE)
_TOLD_BARE = re.compile(r"(?:^|[,;:]\s*|\bthen\s+|\band\s+)(?:(?:then|the|a|an|later)\s+){0,2}"
                        r"(?:(?:bilateral|official|formal|separate|private)\s+)?$", re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)

#: a meeting whose guest is a pronoun: "received him", "welcomed her"
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)


def _by_pronoun(stext: str, trig: Trigger, before: ActorHit | None, named: list[ActorHit],
                lo: int = 0, offset: int = 0) -> list[ActorHit]:
    """The antecedent of a pronoun that is the happening's subject ("The next day he met with President
    Thuong"), when it is of the side the sentence does not name (one side meets the other); or, when the
    pronoun opens a later clause, the person named before it of the side not named after it ("The city hosted
    President Trump last November; he went on to Hanoi, where he held talks with President Quang")."""
    if not stext[lo:trig.start].strip():
        # (a scope that opens on the verb, a frame before it: "After the talks, he called on President Murmu":
        # the subject stands between the frame's comma and the verb)
        lo = stext.rfind(",", 0, trig.start) + 1
    m = _PRONOUN_SUBJECT.search(stext, max(lo, trig.start - 90), trig.start)
    if (m is None and trig.type in ("talks", "summit") and _BARE_MEETING.fullmatch(trig.text)
            and _TOLD_BARE.search(stext, max(lo, trig.start - 40), trig.start) and _WITH_AFTER.match(stext, trig.end)):
        # "This morning there was a ceremony, then the talks with President Quang": the meeting's noun with no
        # subject, the guest told before
        return [before] if before is not None and not any(h.country == before.country for h in named) else []
    if m is None and _PRONOUN_OBJECT.match(stext, trig.end) and trig.type in ("talks", "summit"):
        # "Yesterday Prime Minister Modi received him in New Delhi": the guest told before, of the other side
        return [before] if before is not None and not any(h.country == before.country for h in named) else []
    if m is None:
        return []
    if _LATER_CLAUSE.search(stext, 0, m.start()):
        after = {h.country for h in named if h.start - offset >= m.start()}
        earlier = [h for h in named if h.kind == "person" and h.end - offset <= m.start() and h.country not in after]
        if after and earlier:
            return [earlier[-1]]
    if before is None or any(h.country == before.country for h in named):
        return []
    return [before]


#: a pronoun that opens a later clause of its sentence refers back inside it
_LATER_CLAUSE = re.compile(r"(?:;|,\s+(?:and|but|where|when)\b)[^;]*$", re.IGNORECASE)


#: "became the first Secretary to visit Vietnam, holding talks in Hanoi", "a state visit to New Delhi, where he
#: and Modi held talks": the visit's own talks, told in a clause that hangs on it
_VISITS_TALKS = re.compile(r",\s+(?:where|when|who|during\s+which|in\s+the\s+course\s+of\s+which|"
                           r"holding|meeting|to\s+hold)\b|\s+for\s+(?:\w+\s+)?$|"
                           # "traveled to Hanoi and held talks with Lich": the visit's own talks
                           r"\s+and\s+(?:also\s+)?(?:held|had)\s+(?:\w+\s+)?$|\s+and\s+(?:also\s+)?$|"
                           r"[;:]\s+$")  # "13-15 March 2000 - Cohen visits Hanoi; talks with Pham Van Tra"
#: a reception told as coming next: "was received shortly after by", "was later received by", "was then received by"
_RECEIVED_NEXT = re.compile(r"(?:was|were)\s+(?:(?:later|then|afterwards|subsequently|soon\s+after|"
                            r"shortly\s+after(?:wards)?)\s+received|received\s+(?:(?:soon|shortly)\s+after(?:wards)?|later|afterwards)\s+by)\b",
                            re.IGNORECASE)


#: an arrival's clause running on to where the traveller went next and met someone there: "... and went almost
#: directly to the headquarters of the Communist Party, where", "and drove straight to the Presidential Palace, where"
_WENT_ON_TO = re.compile(r"[^.;]{0,60}?\s+and\s+(?:then\s+)?(?:went|drove|headed|proceeded|was\s+(?:taken|driven|"
                         r"whisked|escorted))\s+(?:(?:almost|more\s+or\s+less)\s+)?(?:straight|directly|immediately)?"
                         r"\s*(?:on\s+)?to\s+[^.;]{3,90}?,\s+where\b")


#: the arrival's second verb, a meeting of its own: "arrived in Vinh on Monday and held talks with", "landed on
#: 12 May and then met", "reached New Delhi on Sunday and called on" (not "and was received by", "and spent three
#: days ..., meeting": the welcome and the stay are the visit's)
_THEN_MET = re.compile(r"[^,;]{0,60}?\s+and\s+(?:(?:then|later|also)\s+)?(?:(?:held|had)\s+(?:[\w-]+\s+)?talks|met|"
                       r"called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?)$", re.IGNORECASE)


def _arrival_then_meeting(stext: str, visit: EventRecord, trig: Trigger, offset: int) -> bool:
    """Whether talks told as an arrival's second verb are their own happening: the arrival's one day, then the
    meeting ("arrived in Hanoi on Monday and held talks with Thanh"), as coders code it beside the visit."""
    if not _ARRIVAL.match(visit.trigger) or visit.date is None or visit.date.precision != "day" \
            or visit.date.is_range:
        return False
    return _THEN_MET.fullmatch(stext, visit.trigger_spans[0][2] - offset, trig.end) is not None


def _visits_talks(stext: str, visit_end: int, trig: Trigger) -> bool:
    """Whether talks told after a visit's word are the visit's own: in a clause that hangs on it, or told by a
    participle after a comma ("became the first minister to visit Washington, meeting Rumsfeld")."""
    if _RECEIVED_NEXT.match(stext, trig.start):
        return False  # "landed on Tuesday afternoon and was received shortly after by Nhan": a reception of its own
    if _VISITS_TALKS.search(stext, visit_end, trig.start):
        return True
    participle = trig.text.lower().startswith(("meeting", "holding"))
    return participle and stext[visit_end:trig.start].rstrip().endswith(",")


#: a sentence that opens on talks, told in a phrase before its main clause: "In talks with", "During his talks with",
#: "After their talks in Hanoi"
_OPENS_ON_THE_TALKS = re.compile(r"^\W*(?:In|During|After|Following|At)\s+(?:(?:his|her|their|the)\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?[Tt]$")
#: what may stand between the opening phrase's last comma and the main clause's subject: titles ("..., Prime
#: Minister Modi agreed")
_TITLES_AFTER_COMMA = re.compile(r".*,\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.'-]*\s+){0,4}")
_HE_AND = re.compile(r"\b(?:he|she)\s+and\s+", re.IGNORECASE)
#: the same subject, its clause running on to the meeting's noun: "the President was ushered into the party
#: headquarters for talks with"
_HEAD_SUBJECT_CLAUSE = re.compile(r"\b[Tt]he\s+(?!(?:[Dd]eputy|[Vv]ice|[Ff]ormer)\b)"
                                  r"(?:(?:visiting|guest|(?-i:[A-Z])[\w.]*)\s+){0,2}(?:president|prime\s+minister|premier)"
                                  r"\s+(?:was|were|had|has|then|later|also)\s+[^,;:]{0,70}\b(?:for|to\s+hold|to)\s+$",
                                  re.IGNORECASE)
#: where a head of state or government receives a guest: "in the Oval Office", "at Rashtrapati Bhavan"
_HEADS_SEAT = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?:White\s+House|Oval\s+Office|Rashtrapati\s+Bhavan|"
                         r"Hyderabad\s+House)\b")
#: a head of state or government as the subject, named by office alone: "The visiting president", "the American
#: president was received", "the Indian prime minister also met" (not a deputy's office: "the Vice President")
_HEAD_SUBJECT = re.compile(r"\b[Tt]he\s+(?!(?:[Dd]eputy|[Vv]ice|[Ff]ormer)\b)"
                           r"(?:(?:visiting|guest|(?-i:[A-Z])[\w.]*)\s+){0,2}(?:president|prime\s+minister|premier)\s+(?:(?:also|then|later|was|were|had|has|"
                           r"first|again)\s+){0,2}$", re.IGNORECASE)
#: "when the two leaders spoke by phone", "a phone call between the two men": two people told before, one of each side
_TWO_OF_THEM = re.compile(rf"\b(?:the|both)\s+two\s+(?:leaders|men|women|{_HEADS})\b", re.IGNORECASE)


#: what may stand between "the two leaders" and the verb of their happening
_SUBJECT_GAP = re.compile(r"(?:\s+(?:then|later|also|again|first|had|have|has|held|made|paid|briefly))*\s+",
                          re.IGNORECASE)


def _the_two(stext: str, named: list[ActorHit], named_last: dict[str, ActorHit], partner: str,
             trig: Trigger | None = None, offset: int = 0) -> list[ActorHit]:
    """The last person named of each side, for a happening told of "the two leaders" with no one named beside it
    (they set the happening's level: two heads who spoke by phone held a summit). In a sentence that names someone,
    only "the two" right beside ``trig``'s word count: "a phone call between the two men in March and a visit by
    Blinken in April"."""
    two = _TWO_OF_THEM.search(stext)
    if trig is not None and named:
        # "the two leaders spoke by phone", "a call between the two men": right beside the happening's word
        two = next((m for m in _TWO_OF_THEM.finditer(stext)
                    if (m.end() <= trig.start and _SUBJECT_GAP.fullmatch(stext, m.end(), trig.start))
                    or 0 <= m.start() - trig.end <= 15), None)
    if two is None or HOME not in named_last or partner not in named_last:
        return []
    around = (min(two.start(), trig.start), max(two.end(), trig.end)) if trig and named else (0, len(stext))
    if any(around[0] <= h.start - offset < around[1] for h in named):
        return []
    return [named_last[HOME], named_last[partner]]


#: "talks with his Vietnamese counterpart", "After his talks with Prime Minister Narendra Modi": a head met by
#: someone the sentence names only by a pronoun or as a counterpart
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b|"
                          r"\b(?:his|her)\s+(?:\w+\s+)?(?:talks|meeting)\s+with\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


#: a sentence that is a heading, not prose: no closing stop ("U.S. Defense Secretary Austin in Vietnam – vaccine,
#: war dead and the South China Sea on the agenda", '"The era of mistrust is over"'), or a dateline alone ("Hanoi
#: (dpa/nw).")
_PROSE_END = re.compile(r"[.!?][\"”'’)\]]?\s*$")
_DATELINE_ALONE = re.compile(r"^\W*(?-i:[A-Z])[\w .'’/-]{0,40}\([^()]{1,30}\)\s*[.:–—-]?\s*$")


#: a lead that opens on its dateline: "HANOI – ...", "NEW DELHI, June 8 - ...", "Hanoi (dpa/nw). ..."
_DATELINE_OPENS = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z.'/-]+(?:\s+[A-Z][A-Z.'/-]+){0,3})(?:,[^–—\n]{0,30})?\s+[–—-]\s|"
                             r"(?-i:[A-Z])[\w.'’/-]*(?:\s+(?-i:[A-Z])[\w.'’/-]*){0,2}\s*\([^()]{1,30}\)\s*[.:–—-])")


def _heads_before_the_lead(sentences: list[Sentence]) -> int:
    """How many sentences open the text before its lead: a subheading, kicker or standfirst left in the text, a
    dateline alone. A lead that opens on its dateline ("HANOI – ...") is the lead, whatever stands before it."""
    opens = next((s for s in sentences[1:6] if _DATELINE_OPENS.match(s.text)), None)
    if opens is not None:  # (the lead's first sentence: after the dateline, when it stands alone, "Hanoi (dpa).")
        return opens.sentence_id + bool(_DATELINE_ALONE.match(opens.text) and opens.sentence_id + 1 < len(sentences))
    n = 0
    for s in sentences[:4]:
        if _PROSE_END.search(s.text) and not _DATELINE_ALONE.match(s.text):
            break
        n += 1
    return n if n < len(sentences) else 0


#: a sentence opening on its subject's arrival: "On arrival, the Fleet Commander called on", "Upon its arrival",
#: or counted in hours: "Within an hour of landing", "Hours after arriving", "Shortly after his arrival"
_ON_ARRIVAL_OPENS = re.compile(r"^\W*(?:(?:on|upon)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?"
                               r"(?:(?:his|her|its|their)\s+)?(?:arrival|arriving)\b"
                               # (not "On arrival on 10 November": a day of its own)
                               r"(?!\s+(?:on|in)\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d))|"
                               r"(?:(?:within|less\s+than)\s+an?\s+hour|(?:just\s+|only\s+|barely\s+)?"
                               r"(?:hours|minutes|an\s+hour)|shortly|soon|immediately|right)\s+"
                               # (a ship's too: "Hours after docking, the captain called on ...")
                               r"(?:of|after)\s+(?:his|her|their\s+|its\s+)?(?:landing|arriving|arrival|touching\s+down|"
                               r"docking|berthing|mooring|tying\s+up|coming\s+alongside)\b)",
                               re.IGNORECASE)
#: a call told as made on arrival at the sentence's end: "called on the commander of Region 3 on arrival."
_ON_ARRIVAL_ENDS = re.compile(r"\b(?:on|upon)\s+(?:(?:his|her|its|their)\s+)?arrival\W*$", re.IGNORECASE)


#: an arrival told as what came hours before: "hours after Mr Biden flew in", "shortly after the minister landed"
_HOURS_AFTER_ARRIVAL = re.compile(r"\b(?:hours|shortly|soon|just|minutes)\s+after\s+(?:[\w.'’-]+\s+){1,4}?"
                                  r"(?:flew\s+in|arrived|landed|touched\s+down)\b", re.IGNORECASE)


def _told_on_arrival(sentence: str) -> bool:
    """Whether a sentence tells its happening as made on its subject's arrival, at its opening or its end, or
    "hours after" it ("The two leaders met at the party headquarters hours after Mr Biden flew in")."""
    return bool(_ON_ARRIVAL_OPENS.match(sentence) or _ON_ARRIVAL_ENDS.search(sentence)
                or _HOURS_AFTER_ARRIVAL.search(sentence))


def _arrival_before(rec: EventRecord, sid: int, events: list[EventRecord]) -> EventRecord | None:
    """The visit of the partner told within two sentences before ``sid``, dated to a day: the arrival."""
    visits = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
              and e.date.precision == "day" and e.article_ids == rec.article_ids]
    arrivals = [e for e in visits if any(sid - 2 <= ref[1] <= sid for ref in e.sentence_refs)]
    if not arrivals:
        # ("HO CHI MINH CITY, Oct 14 - An Indian Coast Guard ship berthed ... today. [two sentences on the ship] Hours
        # after docking, Varadan called on ..."): the one visit dated to a day that the article told before it
        told = [e for e in visits if min(ref[1] for ref in e.sentence_refs) < sid]
        arrivals = told if len(told) == 1 else []
    # (the visit's first day: an arrival told again merges into the visit the lead told)
    return max(arrivals, key=lambda e: max(ref[1] for ref in e.sentence_refs if ref[1] <= sid), default=None)


def _redated_on_arrival(rec: EventRecord, events: list[EventRecord]) -> EventRecord:
    """A meeting told on arrival, dated by the day the lead tells rather than its own (a later one): the
    arrival's day."""
    if (rec.type not in ("talks", "summit") or rec.date is None or rec.date.basis != "relative"
            or not rec.evidence or not _told_on_arrival(rec.evidence[0])):
        return rec
    told = _arrival_before(rec, rec.sentence_refs[0][1], events)
    if told is None or told.date is None or told.date.start >= rec.date.start:
        return rec
    return replace(rec, date=day_value(told.date.start, "relative"))


def _on_arrival(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]) -> list[EventRecord]:
    """ "Cohen arrived at Noi Bai on Monday morning ... Within an hour of landing he was sitting opposite Defence
    Minister Tra": a meeting told as coming on the subject's arrival, with no date of its own, is of the day of the
    arrival told just before (within two sentences)."""
    out = []
    for sid, trig, rec in undated:
        if (trig.anaphoric or trig.future or rec.type not in ("talks", "summit")
                or not _told_on_arrival(rec.evidence[0])):
            continue
        told = _arrival_before(rec, sid, events)
        if told is not None and told.date is not None:
            out.append(replace(rec, date=day_value(told.date.start, "relative")))
    return out


def _dated_by_the_article(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                          day: dt.date | None, heads: int = 0) -> list[EventRecord]:
    """ "Secretary X hosted Minister Y at the Pentagon." opening a release dated Sept. 12, 2023: the lead's
    happening, told with no date of its own between named people, is dated by the release; so is a visit
    the text tells is under way ("who is on an official visit to Vietnam"), wherever it is told.

    Only when the article dates no happening of that kind with that partner (else it is that one, told again).
    """
    if day is None:
        return []
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        # the lead: the first two sentences, or the first one after headings left in the text
        in_lead = sid <= 1 or sid == heads
        ongoing = bool(_ONGOING.search(rec.evidence[0], 0, trig.start)) or _arrived_and_here(rec.evidence[0], trig)
        # (or an arrival of the lead's person told just after it: "... on Sunday raised relations ..." then "The
        # announcement came after talks ..., hours after Biden flew in from the G20 summit")
        arrival = (not ongoing and sid <= 3 and _HOURS_AFTER.search(rec.evidence[0], 0, trig.start) is not None
                   and _lead_day_of(rec, sid + 1, events, day, before=False) is not None)
        if ((not in_lead and not ongoing and not arrival) or trig.anaphoric or trig.future
                or trig.type == "partnership_upgrade"):
            continue  # only the lead: a release or readout opens with the happening it is dated for
        named = any(not actors_mod.is_office_id(p) for p in rec.participants)
        if ((not named and not (ongoing and not any(e.type == "visit" and e.partner == rec.partner
                                                    for e in events + out)
                                # (nor an arrival told beside it: "Rajnath, who is on a visit, reached Hanoi")
                                and sum(t.type == "visit" for t in find_triggers(rec.evidence[0])) == 1))
                or (_PERFECT.search(rec.evidence[0][:trig.start]) and not ongoing)):
            # named people, and a happening, not a habit ("have met only sporadically"); a visit under way needs no
            # name when it is the article's only visit ("The Indian minister, who is on a three-day visit")
            continue
        lead = (None if ongoing or sid in (0, heads)
                else _lead_day_of(rec, sid + arrival, events, day, before=not arrival))
        dated = replace(rec, date=month_value(day.year, day.month, "relative") if ongoing
                        # ("Biden and Trong agreed on Sunday to ..." then "Biden flew in to Hanoi from the G20": the
                        # arrival of one of the lead's people, told next with no day, is of the lead's day)
                        else lead if lead is not None
                        # ("has just ended a three-day state visit": the page's day is its last)
                        else _from_its_end(rec.evidence[0], trig, day_value(day, "relative")))
        if (rec.type == "visit" and not ongoing and lead is None and dated.date == day_value(day, "relative")
                and (met := _met_before_the_page(rec, events, day))):
            # ("Modi's brief stop in Hanoi ... was the first visit by an Indian prime minister in fifteen years" over
            # an explainer of 12 September that dates his talks in Hanoi to 3 September: the trip of those talks,
            # in their month, not on the page's day)
            dated = replace(rec, date=month_value(met.year, met.month, "relative"))
        if any((e.type == rec.type
                # (a headline's meeting, told as talks, is the summit the article dates: "Prime Ministers Modi and Phuc
                # meet by video link" over "held a virtual summit on Monday")
                or (rec.type == "talks" and e.type == "summit" and sid in (0, heads)))
               and e.partner == rec.partner
               # (not one recalled from long before: "after Bill Clinton, who came in November 2000")
               and (e.date is None or (day - e.date.end).days <= 92)
               # a visit under way is one begun within the month before the article ("began a visit on Thursday")
               and (not ongoing or (e.date is not None and e.date.start <= day
                                    and (day - e.date.start).days <= 31))
               # (but a head of state's reception that day is a meeting of its own: "On Monday he also met with
               # President Sang" does not tell the ministers' talks again)
               and (ongoing or rec.type != "talks" or e.date is None or e.date.start != day
                    or (e.level == "summit") == (dated.level == "summit"))
               # (nor a summit with other hosts: "talks with President Quang" in the lead, and "also held talks with
               # Prime Minister Phuc ... during the day")
               and not (rec.type == "summit" and _hosts_differ(rec.participants, e.participants))
               for e in events + out):
            continue
        if not ongoing and not arrival and any(ref in e.sentence_refs for e in events for ref in rec.sentence_refs):
            continue  # "visited India in 2023 and held talks with ...": a part of the dated happening beside it
        # (but "Fernandes, who is on a five-day official visit, called on the President yesterday": the call is
        # a part of the visit under way, which is no part of it)
        # a visit under way began on a day the text does not give: its month is what it tells
        out.append(dated)
    return out




def _met_before_the_page(rec: EventRecord, events: list[EventRecord], day: dt.date) -> dt.date | None:
    """The one day, within the month before the page's, of the meetings the article dates for a visit's people."""
    people = {p for p in rec.participants if not actors_mod.is_office_id(p)}
    days = {e.date.start for e in events if e.type in ("talks", "summit", "dialogue") and e.partner == rec.partner
            and e.date is not None and e.date.precision == "day" and people & set(e.participants + e.subject)
            and 0 < (day - e.date.start).days <= 31}
    return days.pop() if len(days) == 1 else None


def _hosts_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two meetings name Vietnamese people, and none in common: two meetings, not one told twice."""
    va = {p for p in a if actors_mod.is_vietnamese_id(p) and not actors_mod.is_office_id(p)}
    vb = {p for p in b if actors_mod.is_vietnamese_id(p) and not actors_mod.is_office_id(p)}
    return bool(va) and bool(vb) and not va & vb


#: an arrival told as what came just before: "hours after Biden flew in", "shortly after he landed"
_HOURS_AFTER = re.compile(r"\b(?:hours|shortly|soon|just|minutes)\s+after\s+(?:[\w.'’-]+\s+){1,4}$", re.IGNORECASE)


#: a sentence opening on the day of a happening it names: "On the same day as the summit,", "The same day as the
#: talks,"
_SAME_DAY_AS = re.compile(r"^\W*(?:On\s+)?the\s+same\s+day\s+as\s+the\s+(?:(?:[\w'’-]+\s+){0,2}?)"
                          r"(?P<kind>summit|talks|meeting|visit|dialogue|call|ceremony)\b", re.IGNORECASE)
_KIND_TYPES = {"summit": ("summit",), "talks": ("talks", "summit"), "meeting": ("talks", "summit"),
               "visit": ("visit",), "dialogue": ("dialogue",), "call": ("talks", "summit"), "ceremony": ("ceremony",)}


def _same_day_as(events: list[EventRecord]) -> list[EventRecord]:
    """ "On the same day as the summit, the 14th Defence Policy Dialogue was held in New Delhi": the day of the
    happening the sentence names (the last of that kind told before it, dated to a day), not the last day told."""
    out = []
    for e in events:
        m = _SAME_DAY_AS.match(e.evidence[0]) if e.evidence else None
        if m is None or e.date is None:
            out.append(e)
            continue
        sid = e.sentence_refs[0][1]
        named = [x for x in events if x is not e and x.type in _KIND_TYPES[m.group("kind").lower()]
                 and x.partner == e.partner and x.date is not None and x.date.precision == "day"
                 and not x.date.is_range and x.article_ids == e.article_ids and x.sentence_refs[0][1] < sid]
        days = {x.date.start for x in named if x.date is not None}
        if len(days) > 1:
            # (of several meetings that day and before, "the talks" of a visit are its leaders')
            days = {x.date.start for x in named if x.date is not None and x.level == "summit"}
        if len(days) == 1 and e.date.start not in days:
            out.append(replace(e, date=day_value(days.pop(), "relative")))
        else:
            out.append(e)
    return out


#: a happening told by its end: "finished a six-week course on 5 June", "wrapped up ... on Friday"
_TOLD_ENDED = re.compile(r"\b(?:finished|ended|concluded|completed|wrapped\s+up|wound\s+up|closed|graduated)\b",
                         re.IGNORECASE)
#: the next sentence naming it again, then its days: "The course, which began on 24 April,", "The five-day event,
#: April 23-27,", "The exercise, held from 4 to 8 March,"
_NAMED_AGAIN_WITH_ITS_DAYS = re.compile(
    r"\s*(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,3}?(?P<noun>course|exercise|training|event|programme|program|"
    r"drill|exchange|workshop|activity|seminar|visit|call|deployment|mission)s?\s*,\s*"
    r"(?P<how>(?:which|that)\s+(?:had\s+)?(?:began|begun|started|opened|commenced|ran|was\s+held)\s+|"
    r"(?:held|run|conducted|running|lasting)\s+)?(?:on\s+|from\s+)?$", re.IGNORECASE)


#: what the noun that names a happening again tells of its kind (others, "event", "programme", may be any)
_NOUN_TYPES = {**dict.fromkeys(("course", "exercise", "training", "drill", "workshop", "seminar"), "exercise"),
               **dict.fromkeys(("visit", "call", "deployment", "mission"), "visit")}


def _begun_as_told_next(events: list[EventRecord], dated: list[tuple[DateExpr, DateValue | None, str]],
                        sentences: list[Sentence]) -> list[EventRecord]:
    """ "... finished a six-week course on 5 June. The course, which began on 24 April, ...": a course or exercise
    told by the day it ended, then named again at the opening of the next sentence with the day it began (or its
    span, "The five-day event, April 23-27,"), ran from that day to its end."""
    out = []
    for e in events:
        aid, sid = e.sentence_refs[0]
        d = e.date
        if (e.type not in ("exercise", "visit") or d is None or d.precision != "day" or d.is_range
                or sid + 1 >= len(sentences) or not e.trigger_spans):
            out.append(e)
            continue
        # (its own ending: "completed a course on Tuesday, and a delegation arrived on Thursday" ends no visit)
        lo, hi = e.trigger_spans[0][1] - sentences[sid].start, e.trigger_spans[0][2] - sentences[sid].start
        nxt = sentences[sid + 1]
        first = next(((x, v) for x, v, _n in dated if v is not None and nxt.start <= x.start < nxt.end), None)
        m = _NAMED_AGAIN_WITH_ITS_DAYS.fullmatch(nxt.text, 0, first[0].start - nxt.start) if first else None
        start = None
        if (first is not None and m is not None and first[1].precision == "day"
                and _TOLD_ENDED.search(e.evidence[0], max(0, lo - 60), hi)
                and _NOUN_TYPES.get(m.group("noun").lower(), e.type) == e.type):
            v = first[1]
            if v.is_range and v.end == d.start:
                # "The five-day event, April 23-27,", "The activity, running from April 7 to 11,": the span that ends
                # on the day told
                start = v.start
            elif not v.is_range and m.group("how") and 0 < (d.start - v.start).days <= 120:
                start = v.start  # "The course, which began on 24 April,": its first day
        out.append(e if start is None else replace(e, date=DateValue(start, d.start, "day", d.basis, True)))
    return out


#: the next sentence naming the happening again, then its day: "The call, on 11 August,", "The talks, held on
#: Monday,", "It ran one day, on Thursday the 12th"
_NAMED_AGAIN_ON_ITS_DAY = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?P<noun>call|talks|meeting|session|dialogue|round|visit|trip|"
    r"exercise|drill|course|ceremony|handover)\s*,\s*(?:(?:which\s+was\s+)?held\s+)?|"
    r"It\s+(?:ran|was\s+held|took\s+place|lasted)\b[^.;,]{0,30}?,?\s+)(?:on\s+)?$", re.IGNORECASE)
#: the kinds of happening each noun may name again ("It" may name any)
_AGAIN_TYPES = {**dict.fromkeys(("call",), ("talks", "visit")),
                **dict.fromkeys(("talks", "meeting", "session", "dialogue", "round"), ("talks", "dialogue")),
                **dict.fromkeys(("visit", "trip"), ("visit",)),
                **dict.fromkeys(("exercise", "drill", "course"), ("exercise",)),
                **dict.fromkeys(("ceremony", "handover"), ("ceremony",))}


def _dated_as_told_next(events: list[EventRecord], dated: list[tuple[DateExpr, DateValue | None, str]],
                        sentences: list[Sentence]) -> list[EventRecord]:
    """ "... held online talks last Thursday ... The call, on 11 August, ...", "a round of the dialogue two weeks
    ago ... It ran one day, on Thursday the 12th": a happening dated by a week or a weekday, named again at the
    opening of the next sentence with its day, took place that day: a day within the week told, or the weekday
    told one week off (a "last Thursday" that was the week before's)."""
    out = []
    for e in events:
        d = e.date
        sid = e.sentence_refs[0][1]
        if d is None or sid + 1 >= len(sentences) or (d.precision == "day" and d.is_range) \
                or d.precision not in ("day", "week"):
            out.append(e)
            continue
        nxt = sentences[sid + 1]
        first = next(((x, v) for x, v, _n in dated if v is not None and nxt.start <= x.start < nxt.end), None)
        m = _NAMED_AGAIN_ON_ITS_DAY.fullmatch(nxt.text, 0, first[0].start - nxt.start) if first else None
        v = first[1] if first is not None else None
        if m is None or v is None or v.precision != "day" or v.is_range \
                or (m.group("noun") and e.type not in _AGAIN_TYPES[m.group("noun").lower()]):
            out.append(e)
            continue
        within = d.precision == "week" and d.contains(v)
        week_off = d.precision == "day" and abs((v.start - d.start).days) == 7
        out.append(replace(e, date=DateValue(v.start, v.start, "day", v.basis)) if within or week_off else e)
    return out


def _side_by_side(stext: str, local: list) -> list:
    """A date told twice, coarse then fine ("Three years ago, in July 2013,"): one date, spanning both, at the
    finer value (so that it still opens the sentence, and dates every clause the opening dates)."""
    out = []
    skip: set[int] = set()
    for k, d in enumerate(local):
        if k in skip:
            continue
        fine = next((j for j, x in enumerate(local) if j != k and d[2].contains(x[2])
                     and 0 <= x[0] - d[1] <= 6 and stext[d[1]:x[0]].strip(" ,") == "in"), None)
        again = next((j for j, x in enumerate(local) if j != k and d[2].basis == "derived"
                      and x[2].basis == "year_inferred" and d[2].precision == x[2].precision == "day"
                      and (d[2].start.month, d[2].start.day) == (x[2].start.month, x[2].start.day)
                      and 0 <= x[0] - d[1] <= 6 and stext[d[1]:x[0]].strip(" ,") in ("on", "")), None)
        if again is not None:
            # "Three days earlier, on May 22,": the day counted from the date told before, whose year the count
            # keeps (a day written without its year would take the article's)
            skip.add(again)
            x = local[again]
            out.append((d[0], x[1], d[2], x[3]))
            continue
        if fine is None:
            out.append(d)
            continue
        skip.add(fine)
        x = local[fine]
        out.append((d[0], x[1], x[2], x[3]))
    return out


def _lead_day_of(rec: EventRecord, sid: int, events: list[EventRecord], day: dt.date, before: bool = True
                 ) -> DateValue | None:
    """The one day of the happening the lead told, before this sentence, of a person this happening names, when it
    is before the article's day: a visit told next without a day of its own is of that day, not the page's."""
    people = {p for p in rec.participants + rec.subject if not actors_mod.is_office_id(p)}
    # (so are the meetings its person held, told next: "Austin on Thursday became the first ... to visit Vietnam. In
    # Hanoi he held separate meetings with ...")
    if rec.type not in ("visit", "talks", "summit") or not people:
        return None
    days = {e.date for e in events if e.date is not None and e.partner == rec.partner and e.date.precision == "day"
            and not e.date.is_range and (e.date.start < day or not before) and min(r[1] for r in e.sentence_refs) < sid
            and people & set(e.participants + e.subject)}
    return replace(next(iter(days)), basis="relative") if len(days) == 1 else None


#: a day told from the article's own ("Today", "Yesterday", "On Monday", "This morning"), not counted from a
#: happening ("Nine days later"): what a scene is set on
_DEICTIC_DAY = re.compile(r"(?:on\s+|this\s+|last\s+)?(?:today|yesterday|tonight|morning|afternoon|evening|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)",
                          re.IGNORECASE)
_SCENE_WORDS = 15  # a sentence that sets a scene is short: "Today in Hanoi, the mood was more formal."

#: a document of the sentence before, named again as signed at a meeting: "The agreement was concluded during the
#: fifteenth round of the Defence Policy Dialogue", "The documents were signed at talks between ..."
_SIGNED_AT = re.compile(r"\W*(?:The|This|That|These|Those|Both)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|"
                        r"mous?|pacts?|accords?|deals?|documents?|letters?\s+of\s+intent|protocols?|declarations?)\s+"
                        r"(?:was|were)\s+(?:concluded|signed|inked|adopted|exchanged|reached)\s+(?:during|at|on\s+the\s+"
                        r"sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the|a|an|their)\s+(?:[\w-]+,?\s+){0,6}",
                        re.IGNORECASE)
_SIGNED_BEFORE = re.compile(r"\b(?:signed|inked|concluded|exchanged|adopted)\b", re.IGNORECASE)


def _where_it_was_signed(undated: list[tuple[int, Trigger, EventRecord]],
                         dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence]
                         ) -> list[EventRecord]:
    """ "India and Vietnam signed an agreement ... on Monday." then "The agreement was concluded during the fifteenth
    round of the Defence Policy Dialogue": the meeting a document was signed at is on the day it was signed."""
    days: dict[int, list[DateValue]] = {}
    for e, v, _n in dated:
        k = sentence_at(sentences, e.start)
        if v is not None and not inside_relative_clause(sentences[k].text, e.start - sentences[k].start):
            days.setdefault(k, []).append(v)
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if (trig.future or rec.type not in ("dialogue", "talks", "summit") or sid == 0 or sid in days
                or not _SIGNED_AT.fullmatch(rec.evidence[0], 0, trig.start)):
            continue
        before = days.get(sid - 1, [])
        if (len(before) == 1 and before[0].precision == "day" and _SIGNED_BEFORE.search(sentences[sid - 1].text)
                and not any(o.sentence_refs == rec.sentence_refs for o in out)):  # ("the second round of the dialogue")
            out.append(replace(rec, date=replace(before[0], basis="relative")))
    return out


#: a transcript's speaker before the words: "CORRESPONDENT: ", "HOST (MARGARET OLSEN): "
_SPEAKER = re.compile(r"\s*(?-i:[A-Z])[A-Z .'-]{1,40}(?:\s*\([^()]{1,60}\))?:\s*")


def _dated_by_a_scene(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                      dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence]
                      ) -> list[EventRecord]:
    """ "Today in Hanoi, the mood was more formal." (or "The formal business came on Nov. 20.") then "Panetta held
    talks with General Thanh": a short sentence that opens on a day, or names one, and tells no happening sets the
    scene, and the meeting told next, with no date of its own, is
    on that day."""
    opening: dict[int, list[DateValue]] = {}
    any_day: dict[int, list[DateValue]] = {}  # (of a sentence of any length, for a meeting told next with "then")
    has_date: set[int] = set()
    for e, v, _n in dated:
        k = sentence_at(sentences, e.start)
        own = not inside_relative_clause(sentences[k].text, e.start - sentences[k].start)
        if v is not None and v.precision == "day" and own:
            has_date.add(k)  # (a sentence's own day is its happening's, if any: "On Monday Panetta traveled to")
        if (v is not None and len(sentences[k].text.split()) <= _SCENE_WORDS
                and (((e.start - sentences[k].start <= 3
                       # (after a transcript's speaker: "CORRESPONDENT: Today was the round of calls.")
                       or _SPEAKER.fullmatch(sentences[k].text[:e.start - sentences[k].start]))
                      and _DEICTIC_DAY.fullmatch(e.text))
                     # ("The formal business came on Nov. 20.": a day the text names, wherever in the sentence)
                     or v.basis in ("stated", "year_inferred"))):
            opening.setdefault(k, []).append(v)
        if v is not None and own:
            # (not a day of a clause of its own: "Austin, who arrived on Wednesday evening, was received ...")
            any_day.setdefault(k, []).append(v)
    told = {ref[1] for e in events for ref in e.sentence_refs} | {sid for sid, _t, _r in undated}
    # (a visit's short heading sets the scene too: "Sept 3/16: Modi visit." then "Modi holds talks with Phuc")
    # ("On Thursday the guest travelled on to Haiphong." then "At the shipyard he handed over twelve boats": a
    # journey within the stay sets the scene of what is done there)
    undated_recs = [r for _s, _t, r in undated]
    visited = {ref[1] for e in events + undated_recs if e.type == "visit" for ref in e.sentence_refs}
    only_visits = visited - {ref[1] for e in events + undated_recs if e.type != "visit" for ref in e.sentence_refs}
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if rec.type == "ceremony" and _AT_THE_CLOSE.search(rec.evidence[0], 0, trig.start):
            # ("The team had arrived on 20 November." then "At the closing session, they donated ...": the close's)
            continue
        after_told = False
        days = opening.get(sid - 1, [])
        named = _AFTER_TOLD_OPENS.search(rec.evidence[0])
        doing = _AFTER_DOING_OPENS.search(rec.evidence[0]) if named is None else None
        if (doing is not None and not days and rec.type in ("talks", "summit")
                and not any(v.precision == "day" for v in any_day.get(sid - 1, []))):
            # (a day the sentence before tells comes first: "The main business was done on Wednesday in Hanoi.")
            # "On the 17th Mattis visited Bien Hoa air base. ... After returning to the city, Mattis held talks with
            # Lich": the next thing he did, on the day of the happening told last (within six sentences)
            told = [e for e in events if e.partner == rec.partner and e.date is not None and e.date.precision == "day"
                    and not e.date.is_range and sid - 6 <= e.sentence_refs[0][1] < sid]
            if told:
                days = [max(told, key=lambda e: e.sentence_refs[0][1]).date]  # type: ignore[list-item]
                after_told = True
        if named is not None:
            # ("Singh and Giang held talks on Wednesday. The two also adopted a vision statement. After the talks
            # Singh was received by ...": the talks told last, a sentence or two back, and their day; "Immediately
            # after the ceremony, Kumar and Vinh held the 13th Defence Policy Dialogue": the last ceremony told,
            # however far back, whatever scene a sentence between sets)
            noun = named.group(0).split()[-1].lower()
            kinds = ("ceremony",) if noun == "ceremony" else ("talks", "summit", "dialogue", "ceremony")
            # (the meeting may be some sentences back, past what was agreed and signed at it: "Two documents were
            # signed at the dialogue. The first, ... The second, ... After the session, Singh called on ...")
            back = sid if noun == "ceremony" else 8
            met = [e for e in events if e.type in kinds
                   and e.partner == rec.partner and e.date is not None and sid - back <= e.sentence_refs[0][1] < sid]
            if met:
                days = [max(met, key=lambda e: e.sentence_refs[0][1]).date]  # type: ignore[list-item]
                after_told = True
        # "Singh began his programme in Hanoi on 8 June by paying respects at the Mausoleum of Ho Chi Minh. He then
        # held bilateral talks with ...": the next thing he did, that day; so too a meeting after its subject's
        # arrival told in a clause of its own ("Chinh, who arrived on Tuesday evening, held talks with Modi" after a
        # lead of Thursday's: the lead's day, not the arrival's), and one told after the happening just told ("After
        # the talks the Indian defence secretary called on ...", "Singh later called on")
        if not days and (_THEN_OPENS.search(rec.evidence[0]) or _THEN_IN_CLAUSE.search(rec.evidence[0][:trig.start])

                         or _ARRIVED_BEFORE.search(rec.evidence[0][:trig.start])
                         or (after_told := bool(named or _LATER.search(rec.evidence[0][:trig.start])))):
            days = any_day.get(sid - 1, [])
            # ("On Wednesday morning, he travelled to Bien Hoa. There, General Chung walked him through maps. Mattis
            # then returned to the city for talks": the day told last in the paragraph, a sentence or two back)
            k = sid - 2
            while not days and k >= max(0, sid - 3) and sentences[k].paragraph == sentences[sid].paragraph:
                days = any_day.get(k, [])
                k -= 1
        # (a sentence that tells a happening sets no scene, unless the next one goes on from it: "After the talks")
        scene_told = sid - 1 in told and sid - 1 not in only_visits and not after_told
        if (len(days) != 1 or days[0].precision != "day" or days[0].is_range or scene_told or sid in has_date
                or trig.anaphoric or trig.future or rec.type not in ("talks", "summit", "ceremony", "dialogue")
                or (rec.type not in ("ceremony", "dialogue")
                    and not any(not actors_mod.is_office_id(p) for p in rec.participants))
                or _PERFECT.search(rec.evidence[0][:trig.start])):
            continue
        on = replace(days[0], basis="relative")
        if any(e.type == rec.type and e.partner == rec.partner and e.date == on
               # (not another host met after it: "After the talks Singh was received by Prime Minister Chinh")
               and (not after_told or set(rec.participants) <= set(e.participants)) for e in events + out):
            continue  # (the meeting of that day, told again)
        if rec.type == "ceremony" and any(e.type == "ceremony" and e.partner == rec.partner for e in events + out):
            continue  # ("The ship was transferred through the EDA program": the handover told before, told again)
        out.append(replace(rec, date=on))
    return out

#: "Admiral Kumar, who is on an official visit to Vietnam", "is currently on a tour of", "who is here on", "is in
#: Vietnam on", "who is paying an official visit": under way on the article's day, wherever the article tells it
#: an arrival told in the present perfect: "has arrived in Hanoi", "has come to Vietnam for the first time since
#: 1971" (a guest who is there now: a visit under way); not a habit ("has come to Hanoi three times")
_HAS_JUST = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+)?$", re.IGNORECASE)
_ARRIVAL_WORD = re.compile(r"(?:arriv|come|landed|touched)", re.IGNORECASE)
_HABIT_AFTER = re.compile(r"[^.;]{0,60}\b(?:twice|times|often|repeatedly|regularly|frequently|ever|several|many)\b",
                          re.IGNORECASE)


def _arrived_and_here(stext: str, trig: Trigger) -> bool:
    return (trig.type == "visit" and bool(_ARRIVAL_WORD.match(trig.text))
            and bool(_HAS_JUST.search(stext, 0, trig.start)) and not _HABIT_AFTER.match(stext, trig.end))


_ONGOING = re.compile(r"\b(?:(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:(?:here|in\s+(?-i:[A-Z])[\w-]+"
                      r"(?:\s+(?-i:[A-Z])[\w-]+)?)\s+)?on|(?:is|are)\s+(?:currently\s+)?paying)\s+"
                      r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: "Panetta later met Prime Minister Dung", "The Defence Secretary later called on ...": after what was just told
_LATER = re.compile(r"\b(?:later|afterwards|subsequently)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: a sentence opening on "Later," before its clause: "Later, Mr Modi paid a courtesy call on", "Afterwards the
#: minister called on" (not "Later that day", a date of its own)
#: (and "Later in the afternoon", "Later that evening": a time of the same day; not "Later that year", "later in
#: June", another happening's time)
_LATER_OPENS = re.compile(r"\W*(?:later|afterwards|subsequently)\b,?\s+(?:(?:in\s+the|that|this)\s+"
                          r"(?:morning|afternoon|evening|day)\b,?\s+|(?!(?:that|this|in|on|the\s+same)\b))"
                          r"[^,;]{0,60}$", re.IGNORECASE)


#: a sentence opening on a later time of the same day: "Later in the afternoon", "Later that evening"
_SAME_DAY_LATER = re.compile(r"\W*later\s+(?:in\s+the|that)\s+(?:morning|afternoon|evening|day)\b", re.IGNORECASE)


def _told_later(sentence: str, start: int) -> bool:
    """Whether the happening at ``start`` is told as coming later: "He later called on", "Later, Modi met"."""
    return bool(_LATER.search(sentence[:start][-30:]) or _LATER_OPENS.fullmatch(sentence, 0, start))


#: "Esper then called on", "After that, he met" (not "the then minister", an office once held)
_THEN = re.compile(r"(?:(?<!\bthe\s)\bthen|\bafter\s+that,?)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: the sentence opens on its sequence: "Esper then", "He was then", "After that,"
_THEN_OPENS = re.compile(r"^\W*(?:after\s+that\b|(?:[\w.'-]+\s+){1,3}?(?:was\s+|were\s+)?then\b)", re.IGNORECASE)
#: a sentence opening on the happening just told: "After the talks", "Following the meeting,"
#: a sentence opening on what its subject did just before: "After returning to the city,", "Upon arriving in Hanoi,"
_AFTER_DOING_OPENS = re.compile(r"^\W*(?:After|Following|Upon|On)\s+(?:his|her|their\s+)?[a-z]+ing\b")
_AFTER_TOLD_OPENS = re.compile(r"^\W*(?:(?:And|But|Then)\s+)?(?:(?:Immediately|Shortly|Soon|Right|Just|Directly)\s+)?"
                               # ("Hours before the signing, Fernandes was received by": that day too)
                               r"(?:(?:(?:Just\s+|A\s+few\s+)?(?:hours|minutes)|Shortly)\s+(?:before|after)|After|Following)\s+"
                               r"(?:the|their|these|that|this)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:talks|meeting|meetings|ceremony|dialogue|session|signing|summit)\b", re.IGNORECASE)
#: the subject's arrival in a relative clause just before the happening: "Austin, who arrived on Wednesday evening
#: from Singapore, was received with a guard of honour and held talks"
_ARRIVED_BEFORE = re.compile(r"^[^,;]{0,60},\s+who\s+(?:had\s+)?(?:arrived|landed|flew\s+in)\b[^,;]{0,80},"
                             r"\s*[^,;]{0,120}$", re.IGNORECASE)
#: the sequence told within the sentence, just before its happening: "Tra welcomed him at the ministry, and the two
#: then held talks", "Defence Minister Pham Van Tra then received him" (not "since then", "by then", "the then")
_THEN_IN_CLAUSE = re.compile(r"(?:^\W*(?:[\w.'-]+\s+){4,6}?|,\s+and\s+(?:the\s+two|they|he|she|both)\s+)then\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)
#: "Esper was then received by": the passive's "then" inside the trigger's words
#: "Mr Austin also met", "was also received by": one more meeting of the same trip
_ALSO = re.compile(r"\balso\s+(?:(?:was|were|had|held)\s+)?"
                   r"(?:(?:separate|detailed|further|brief|bilateral|lengthy|wide-ranging)\s+)?$", re.IGNORECASE)
_LATER_WITHIN = re.compile(r"\b(?:later|then|subsequently)\s+received\b", re.IGNORECASE)


#: a sentence opening on the happening just told, named again with its day: "The talks in Washington on Monday and
#: Tuesday were co-chaired by ...", "The meeting, held on Monday, ..."
_ANAPHOR_OPENS = re.compile(r"^\W*The\s+(?:two-day\s+|one-day\s+|latest\s+|annual\s+)?"
                            r"(?P<noun>talks|meeting|dialogue|session|round|consultations)\b", re.IGNORECASE)


def _dated_by_its_anaphor(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                          dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence]
                          ) -> list[EventRecord]:
    """ "Vietnam and the United States have held their fourth defence policy dialogue. The talks in Washington on
    Monday and Tuesday were co-chaired by ...": a dialogue or meeting told with no day, then named again at the
    opening of the next sentence with its days, is on those days; the second naming is no happening of its own."""
    out = list(events)
    for sid, trig, rec in undated:
        if (trig.anaphoric or trig.future or rec.type not in ("dialogue", "talks", "summit")
                or sid + 1 >= len(sentences)):
            continue
        nxt = sentences[sid + 1]
        if _ANAPHOR_OPENS.match(nxt.text) is None:
            continue
        # (not a day the plan it tells looks to: "... and is expected to close on Friday")
        days = sorted((v for e, v, _n in dated if v is not None and v.precision == "day" and not v.is_range
                       and sentence_at(sentences, e.start) == sid + 1
                       and not inside_relative_clause(nxt.text, e.start - nxt.start)
                       and not FUTURE_BEFORE.search(nxt.text, 0, e.start - nxt.start)), key=lambda v: v.start)
        if not days or (days[-1].start - days[0].start).days > 6:
            continue
        # (and what the next sentences say the two discussed that day: "The two sides discussed maritime security")
        told_again = [e for e in out if e.type in ("talks", "summit", "dialogue") and e.partner == rec.partner
                      and ((rec.article_ids[0], sid + 1) in e.sentence_refs
                           or (e.type == "talks" and e.date is not None and e.date.start == days[0].start
                               and e.sentence_refs[0][1] in (sid + 2, sid + 3)
                               and e.sentence_refs[0][0] == rec.article_ids[0]))]
        if any(e.type == rec.type and e.partner == rec.partner and e.date is not None
               and e.date.start == days[0].start and e not in told_again for e in out):
            continue  # (dated otherwise)
        if any(e.type == "dialogue" != rec.type for e in told_again):
            continue  # ("officers met in Hanoi. The dialogue started on Monday": the next one names it, dated)
        value = (DateValue(days[0].start, days[-1].start, "day", "relative", True) if len(days) > 1
                 else replace(days[0], basis="relative"))
        people = tuple(dict.fromkeys(rec.participants + tuple(p for e in told_again for p in e.participants)))
        out = [e for e in out if e not in told_again] + [replace(rec, date=value, participants=people)]
    return out


#: a course named again at the opening of the next sentence, told as run: "The course ran for three weeks from 30
#: September", "The training, held from 4 July to 30 September,", "This course lasted from", "The course, conducted at
#: the college's language wing from October 5 to November 16,", "The training, organised by the Indian Navy from"
_COURSE_AGAIN = re.compile(r"^\W*(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,3}?(?:course|training|programme|program|"
                           r"exchange)\b"
                           r"[^.;]{0,40}?\b(?:ran|run|lasted|was\s+held|held|took\s+place|(?:was\s+)?conducted|"
                           r"(?:was\s+)?organi[sz]ed)\b",
                           re.IGNORECASE)


def _course_told_again_with_its_days(events: list[EventRecord], dated: list[tuple[DateExpr, DateValue | None, str]],
                                     sentences: list[Sentence]) -> list[EventRecord]:
    """ "... finished a UN staff officers' course in New Delhi on 18 October. The course ran for three weeks from 30
    September": a course dated by its last day, named again in the next sentence with the days it ran, ran on those
    days (docs/codebook.md, Courses and expert exchanges: dated by the days the course ran)."""
    out = []
    for e in events:
        d = e.date
        if e.type != "exercise" or d is None or d.precision != "day" or d.is_range or not e.sentence_refs:
            out.append(e)
            continue
        sid = e.sentence_refs[-1][1]
        nxt = sentences[sid + 1] if sid + 1 < len(sentences) else None
        if nxt is None or _COURSE_AGAIN.match(nxt.text) is None:
            out.append(e)
            continue
        told = [(x, v) for x, v, _n in dated if v is not None and v.precision == "day"
                and sentence_at(sentences, x.start) == sid + 1]
        span = next((v for _x, v in told if v.is_range and v.start <= d.start <= v.end + dt.timedelta(days=1)
                     or v.is_range and v.end == d.start), None)
        if span is None and len(told) == 1 and not told[0][1].is_range and told[0][1].start < d.start \
                and (d.start - told[0][1].start).days <= 200 \
                and re.search(r"\bfrom\s*$", nxt.text[:told[0][0].start - nxt.start]):
            # ("ran for three weeks from 30 September": its first day, and the last the text told before)
            span = DateValue(told[0][1].start, d.start, "day", told[0][1].basis, True)
        out.append(replace(e, date=span) if span is not None else e)
    return out


def _undated_course_told_again(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                               dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence]
                               ) -> list[EventRecord]:
    """ "Ten officers ... have completed the Hydrographic Survey Course at NIHO, Goa. The course, which was conducted
    from 15 September to 28 November 2014, covered ...": a course told with no day, named again in the next sentence
    with the days it ran, ran on those days (its which-clause tells the course's own days)."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if rec.type != "exercise" or trig.anaphoric or trig.future or sid + 1 >= len(sentences):
            continue
        nxt = sentences[sid + 1]
        if _COURSE_AGAIN.match(nxt.text) is None or FUTURE_BEFORE.search(nxt.text):
            continue  # (not "The next course will run from ...": a plan)
        spans = [v for x, v, _n in dated if v is not None and v.precision == "day" and v.is_range
                 and sentence_at(sentences, x.start) == sid + 1]
        if len(spans) != 1 or any(e.type == "exercise" and e.partner == rec.partner and e.date is not None
                                  and e.date.contains(spans[0]) for e in events + out):
            continue
        out.append(replace(rec, date=replace(spans[0], basis=spans[0].basis)))
    return out


#: how many sentences back the meeting of one who "also" met a host may be told (a readout tells the talks' substance
#: between: "Secretary Austin met today with ... [a dozen sentences] ... Secretary Austin also called on President")
_ALSO_REACH = 16


def _dated_later(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]) -> list[EventRecord]:
    """ "Panetta arrived at Cam Ranh Bay on June 3 ... Panetta later met Prime Minister Dung": a meeting told
    as coming later (or "then"), with no date of its own, falls in the month of the happening told last before it
    (within four sentences); the day is not known."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if trig.anaphoric or trig.future:
            continue
        then = _THEN.search(rec.evidence[0][:trig.start][-30:]) or _LATER_WITHIN.search(trig.text)
        also = rec.type in ("talks", "summit") and _ALSO.search(rec.evidence[0][:trig.start][-30:])
        later = _told_later(rec.evidence[0], trig.start)
        opened = _AFTER_THE_TALKS.match(rec.evidence[0])
        if (rec.type in ("talks", "summit") and opened is not None and opened.end() <= trig.start
                and not any(ref in e.sentence_refs for e in events for ref in rec.sentence_refs)):
            # "... agreed on Saturday to raise ties ... After the talks Mr. Modi called on Trong": the day of the
            # talks the sentence opens on, which the day of the upgrade the two agreed tells (not an arrival's)
            agreed = [e.date for e in events if e.type == "partnership_upgrade" and e.partner == rec.partner
                      and e.date is not None and e.date.precision == "day" and not e.date.is_range
                      and e.sentence_refs[0][1] <= sid]
            if agreed:
                out.append(replace(rec, date=replace(agreed[-1], basis="relative")))
                continue
            # "Austin met with Giang at the Ministry ... Following the meeting, the Secretary called on President
            # Phuc": the day of the meeting told last before it, the visitor of that meeting the one who called
            met = [e for e in events if e.type in ("talks", "summit", "dialogue") and e.partner == rec.partner
                   and e.date is not None and e.date.precision == "day" and not e.date.is_range
                   and sid - _ALSO_REACH <= e.sentence_refs[0][1] < sid]
            if met:
                last = max(met, key=lambda e: e.sentence_refs[0][1])
                # (a host not at that meeting, all of one side; the caller, of the other side, was)
                hosts = [p for p in rec.participants if not actors_mod.is_office_id(p) and p not in last.participants]
                sides = {actors_mod.is_vietnamese_id(p) for p in hosts}
                visitor = tuple(p for p in last.participants + last.subject if not actors_mod.is_office_id(p)
                                and actors_mod.is_vietnamese_id(p) not in sides)
                if len(sides) == 1 and visitor:
                    out.append(replace(rec, date=replace(last.date, basis="relative"),  # type: ignore[arg-type]
                                       participants=tuple(dict.fromkeys(visitor + rec.participants))))
                    continue
        if not (later or then or also):
            continue
        if any(ref in e.sentence_refs for e in events for ref in rec.sentence_refs):
            continue  # dated otherwise, or a part of a dated happening beside it
        before = [e for e in events if e.date is not None and e.partner == rec.partner
                  and sid - 4 <= e.sentence_refs[0][1] <= sid]
        # (the happening of the one who met "later": "Gen Singh later sat down with ..." follows Singh's visit,
        # not the visit of a predecessor recalled in between)
        people = {p for p in rec.participants if not actors_mod.is_office_id(p)}
        if also and not then and not later:
            # "Austin held talks with Giang on Thursday. ... Mr Austin also met President Phuc": the one who met
            # "also" met another host on the trip of the meeting told just before, which he was at; its day when
            # nothing told before happened later, else its month
            own = {p for p in people | set(rec.subject) if not actors_mod.is_office_id(p)}
            # (or named as its subject, whom the trigger's clause left out: "On the first day of his visit, Obama
            # also met ...")
            lead_in = rec.evidence[0][:trig.start][-40:].lower()
            own |= {p for e in before for p in e.participants
                    if not actors_mod.is_office_id(p) and re.search(rf"\b{re.escape(p.split('-')[-1])}\b", lead_in)}
            if _DURING_THE_STAY.search(rec.evidence[0]):
                continue  # "also called on ... during his stay in the capital": a part of the visit, its day not told
            if _OFFICE_SUBJECT_ALSO.search(lead_in):
                # "The Army Chief also met ...": the guest named by his office, whose visit was told before
                own |= {p for e in before if e.type == "visit" for p in e.participants
                        if not actors_mod.is_office_id(p)}
            # (his meeting may be told some way back, a readout's substance between: sixteen sentences)
            met = [e for e in events if e.date is not None and e.partner == rec.partner
                   and sid - _ALSO_REACH <= e.sentence_refs[0][1] <= sid
                   and e.type in ("talks", "summit", "dialogue") and own & set(e.participants + e.subject)
                   and not (set(rec.participants) <= set(e.participants))]
            if not met or any(e.type == rec.type and set(e.participants) == set(rec.participants) for e in events):
                continue
            told_before = [e for e in events if e.date is not None and e.partner == rec.partner
                           and e.sentence_refs[0][1] <= sid]
            day = _day_of_the_meetings(met, told_before)
            if day is not None:
                visitor = tuple(p for e in met for p in e.participants + e.subject if p in own)
                out.append(replace(rec, date=replace(day, basis="relative"),
                                   participants=tuple(dict.fromkeys(visitor + rec.participants))))
            continue
        if not before:
            continue
        told = max(before, key=lambda e: (e.sentence_refs[0][1], e.date.start))  # type: ignore[union-attr]
        mine = [e for e in events if e.date is not None and e.partner == rec.partner
                and e.sentence_refs[0][1] <= sid and people & set(e.participants)]
        years = {e.date.start.year for e in mine}  # type: ignore[union-attr]
        if mine and told.date.start.year not in years:  # type: ignore[union-attr]
            # (a year none of its person's happenings is in: another's, recalled in between; the happenings of his
            # year told before stay, his meeting told by "the two leaders" too)
            before = [e for e in events if e.date is not None and e.partner == rec.partner
                      and e.sentence_refs[0][1] <= sid and e.date.start.year in years]
            told = max(before, key=lambda e: (e.sentence_refs[0][1], e.date.start))  # type: ignore[union-attr]
        d = told.date
        told_before = [e for e in events if e.date is not None and e.partner == rec.partner
                       and e.sentence_refs[0][1] <= sid]
        day = _day_of_the_meetings(before, told_before) if rec.type in ("talks", "summit") else None
        days = [e for e in before if e.date is not None and e.date.precision == "day" and not e.date.is_range]
        if rec.type in ("talks", "summit") and _SAME_DAY_LATER.match(rec.evidence[0]):
            if not days:
                continue  # (a later time of a day the story does not give: the visit's, its day unknown)
            # "Later in the afternoon the minister called on ...": the day of the last happening told of a day (an
            # aside's month between, "the memorandum signed last September", does not move it)
            day = max(days, key=lambda e: e.sentence_refs[0][1]).date
        if then and (rec.type not in ("talks", "summit") or day is None or day.precision != "day"
                     or _THEN_OPENS.search(rec.evidence[0]) is None):
            # ("Esper then called on ...": the next meeting of a day told just before; not "..., then sat down
            # with their delegations" after a clause of its own, nor "Since then the visits have gone both ways")
            continue
        if day is not None:
            # "Antony held talks with Thanh on Wednesday. ... Antony later called on Prime Minister Dung": a
            # visitor's day of meetings goes on; the next host, met "later", is met that day
            out.append(replace(rec, date=replace(day, basis="relative")))
            continue
        value = (month_value(d.start.year, d.start.month, "relative") if d.precision in ("day", "week", "month")
                 else year_value(d.start.year, "relative"))
        out.append(replace(rec, date=value))
    return out


#: an arrival told in a clause of the subject, up to its verb: "Biden, who flew in from the G20 summit, ..."
_WHO_JUST_BEFORE = re.compile(r",\s+who\s+(?:just\s+)?$", re.IGNORECASE)
_ARRIVED_IN_CLAUSE = re.compile(r"\b(?:arriv\w*|flew|flown|landed|touched)\b", re.IGNORECASE)


def _arrived_in_the_subjects_clause(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                                    ) -> list[EventRecord]:
    """ "President Joe Biden, who flew in from the G20 summit in New Delhi, held talks with Trong on Sunday", "The
    two leaders met at the party headquarters hours after Mr Biden flew in": the visitor's arrival, told in his
    clause (or a clause of the hours after it) with no day of its own, is his visit, on the day of the happening its
    sentence dates him at, when the text tells his visit nowhere else (not "who had flown in": an arrival before
    that day)."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if (rec.type != "visit" or trig.anaphoric or trig.future or not _ARRIVED_IN_CLAUSE.search(trig.text)
                # (or in a clause of time tied to the meeting: "The two leaders met ... hours after Mr Biden flew in")
                or not (_WHO_JUST_BEFORE.search(rec.evidence[0], 0, trig.start)
                        or _HOURS_AFTER.search(rec.evidence[0], 0, trig.start))
                # (not one told by what he came for: "who flew in for the closing", "who arrived in the province for
                # a new phase of field activities": a part of that happening)
                or re.search(r"\bfor\b", rec.evidence[0][trig.end:].split(",")[0])):
            continue
        people = set(rec.participants)
        main = [e for e in events if e.partner == rec.partner and e.date is not None and e.date.precision == "day"
                and not e.date.is_range and e.type in ("talks", "summit", "partnership_upgrade", "ceremony")
                and any(ref == (rec.article_ids[0], sid) for ref in e.sentence_refs)
                and people & set(e.participants + e.subject)]
        if len({e.date for e in main}) != 1:
            continue
        day = main[0].date
        if any(e.type == "visit" and e.partner == rec.partner and e.date is not None
               and (people & set(e.participants) or e.date.start <= day.start <= e.date.end + dt.timedelta(days=6))
               for e in events + out):
            continue  # (the visit told otherwise: its arrival, its days)
        out.append(replace(rec, date=replace(day, basis="relative")))
    return out


#: a sentence opening on the talks just told: "After the talks", "Following their talks,", "After his meeting with
#: Phuc"
_AFTER_THE_TALKS = re.compile(r"^\W*(?:After|Following)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+)?"
                              r"(?:talks|meeting|summit)\b[^.;]{0,80}?(?:,|\s(?=(?-i:[A-Z])))", re.IGNORECASE)

#: a meeting framed by the stay it was part of: "during his stay in the capital", "While in Hanoi"
_DURING_THE_STAY = re.compile(r"\b(?:(?:during|throughout|in\s+the\s+course\s+of)\s+(?:his|her|their|the)\s+"
                              r"(?:[\w-]+\s+)?(?:stay|visit|trip|tour)\b|while\s+in\b)", re.IGNORECASE)
#: a guest named by his office as the subject of "also": "The Army Chief also met", "The minister also called on"
_OFFICE_SUBJECT_ALSO = re.compile(r"(?:^|[.;]\s+|^\W*)the\s+(?:[\w-]+\s+){0,2}(?:chief|minister|secretary|general|"
                                  r"admiral|"
                                  r"commander|commandant|chairman|envoy|visitor|guest)\s+also\s+(?:[\w-]+\s+){0,2}$",
                                  re.IGNORECASE)


#: a sentence opening on the people of the meeting just told: "The two leaders also announced", "Both sides agreed"
_THE_TWO_OPEN = re.compile(r"^\W*(?:(?:And|Then)\s+)?"
                           # ("And at the end of that meeting the two men announced": the meeting told just before)
                           r"(?:(?:at|by)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:that|the|their)\s+"
                           r"(?:meeting|talks|summit),?\s+)?"
                           r"(?:[Tt]he\s+two\s+(?:leaders|prime\s+ministers|presidents|men|"
                           r"heads\s+of\s+(?:state|government)|sides|ministers|defen[cs]e\s+ministers)|"
                           # ("The two agreed to raise relations ...": the pair alone, before its verb)
                           r"[Tt]he\s+two(?=\s+(?:agreed|announced|decided|declared|raised|elevated|upgraded|also|"
                           r"then|jointly|formally)\b)|"
                           r"They|they|Both\s+(?:leaders|sides|men)|both\s+(?:leaders|sides|men))\b", re.IGNORECASE)


_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: (not a partnership's age: "welcomed the development of the partnership since it was established in 2016")
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*$", re.IGNORECASE)


_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _raised_after_the_meeting(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                              ) -> list[EventRecord]:
    """ "He then held talks with Singh, after which the two signed a declaration establishing a strategic
    partnership": a relationship raised, with no date of its own, after a meeting its sentence tells first and the
    article dates to a day, is raised that day."""
    out: list[EventRecord] = []
    # the meetings dated to a day, by the sentences that tell them (looked up, not rescanned for each: quadratic)
    meetings_at: dict[tuple[str, int], list[EventRecord]] = {}
    for e in events:
        if e.type in ("talks", "summit") and e.date is not None and e.date.precision == "day":
            for ref in dict.fromkeys(e.sentence_refs):
                meetings_at.setdefault(ref, []).append(e)
    for sid, trig, rec in undated:
        if (rec.type != "partnership_upgrade" or trig.anaphoric
or trig.future
                or _in_quotation(rec.evidence[0], trig.start)
                or _SINCE_JUST_BEFORE.search(rec.evidence[0], max(0, trig.start - 60), trig.start)):
            continue  # (not words quoted: 'Obama said it ended "a lengthy process of moving towards normalisation"';
            # nor a since-clause's: "the first such meeting since ties were normalised")
        met = [e for e in meetings_at.get((rec.article_ids[0], sid), ()) if e.partner == rec.partner
               and any(sp[0] == rec.article_ids[0] and sp[2] <= rec.trigger_spans[0][1] for sp in e.trigger_spans)]
        if (not met and _THE_TWO_OPEN.match(rec.evidence[0]) and not _ANY_YEAR.search(rec.evidence[0])
                and not _SINCE_BEFORE.search(rec.evidence[0], 0, trig.start)):
            # "... held talks with Phuc yesterday. The two leaders also announced that relations had been raised":
            # the meeting's people, told next, raised them at it
            # (whatever country the sentence names besides: "..., which until now only China and Russia had
            # enjoyed" is not whom the two leaders raised their relations with)
            met = [e for e in meetings_at.get((rec.article_ids[0], sid - 1), ()) if not e.date.is_range]  # type: ignore
            if len({e.partner for e in met}) == 1 and met[0].partner != rec.partner:
                rec = replace(rec, partner=met[0].partner)
        if len({e.date.start for e in met if e.date is not None}) == 1 and not any(
                e.type == rec.type and e.partner == rec.partner and e.date is not None
                and e.date.contains(met[0].date) for e in events):  # type: ignore[arg-type]
            # (whom the sentence names by "the two men": the meeting's people)
            people = rec.participants or tuple(dict.fromkeys(p for e in met for p in e.participants))
            out.append(replace(rec, date=replace(met[0].date, basis="relative"),  # type: ignore[arg-type]
                               participants=people))
    return out


#: a clause framing what is told by the visit it was part of: "Before the Indian ship sailed,", "During its
#: four-day call,", "While in port,"
_FRAMED_BY_THE_CALL = re.compile(r"^\W*(?:before\s+(?:the|its|her)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|frigate|"
                                 r"corvette|destroyer|cutter|ships|vessels)\s+(?:sailed|left|departed|set\s+sail)|"
                                 r"during\s+(?:its|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|call|port\s+call)|"
                                 r"while\s+(?:in\s+port|alongside))\b", re.IGNORECASE)


def _exchange_of_the_stay(events: list[EventRecord]) -> list[EventRecord]:
    """ "arrived in Can Tho on March 9 ... ended a five-day professional exchange at Military Hospital 121": an
    exchange told with the days of a stay the same article reports is what the visit was made for, part of the visit
    (docs/codebook.md, Courses and expert exchanges); the visit takes the exchange's days when it told only one."""
    out = list(events)
    for ex in events:
        # (not a subject matter expert exchange: the US forces' own format, coded as the exercise it is)
        if ex.type != "exercise" or "exchange" not in ex.trigger.lower() or "expert" in ex.trigger.lower() \
                or ex.date is None or ex.date.precision != "day":
            continue
        k = next((i for i, v in enumerate(out) if v.type == "visit" and v.partner == ex.partner
                  and v.date is not None and v.date.precision == "day" and set(v.article_ids) & set(ex.article_ids)
                  # (the stay's own days: it began the day the exchange did, or both ended on one day; not a guest
                  # who "visited the academy April 17" during it)
                  and (v.date.start == ex.date.start or (v.date.is_range and v.date.end == ex.date.end))), None)
        if k is None:
            continue
        v = out[k]
        assert v.date is not None
        date = ex.date if ex.date.is_range and not v.date.is_range else v.date
        out[k] = replace(v, date=date, participants=tuple(dict.fromkeys(v.participants + ex.participants)),
                         sentence_refs=tuple(dict.fromkeys(v.sentence_refs + ex.sentence_refs)),
                         evidence=tuple(dict.fromkeys(v.evidence + ex.evidence)),
                         location=v.location or ex.location)
        out = [e for e in out if e is not ex]
    return out


#: a weekday told bare ("On Wednesday, officers held a table-top exercise"), not one placed by "last", "next", "this"
_BARE_WEEKDAY = re.compile(r"(?<!last )(?<!next )(?<!this )(?<!past )(?<!Last )(?<!Next )(?<!This )"
                           r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_A_WEEK = dt.timedelta(days=7)
_CAME_AFTER = re.compile(r"\b(?:followed|follows|after\s+(?:the|its|their|that))\b", re.IGNORECASE)


def _ended_from_its_arrival(events: list[EventRecord], sentences: list[Sentence]) -> list[EventRecord]:
    """ "A U.S. Coast Guard cutter wrapped up a port call at Da Nang on Thursday ... The cutter arrived at Tien Sa port
    on April 14": a visit told only by the day it ended, and the one arrival of the article's partner told for a day
    up to two weeks before it, are one stay, from the arrival to the end."""
    arrivals = [a for a in events if a.type == "visit" and a.date is not None and a.date.precision == "day"
                and not a.date.is_range and _ARRIVAL.match(a.trigger)]
    if not arrivals:
        return events
    out, joined = [], set()
    for e in events:
        d = e.date
        if (e.type != "visit" or d is None or d.precision != "day" or d.is_range or not e.trigger_spans
                or not e.evidence or _ARRIVAL.match(e.trigger)):
            out.append(e)
            continue
        sid = e.sentence_refs[0][1]
        lo = e.trigger_spans[0][1] - sentences[sid].start
        if not _TOLD_ENDED.search(e.evidence[0], max(0, lo - 40), max(0, lo)):
            out.append(e)
            continue
        # (another sentence's arrival, of the same people if both name theirs: "Vietnamese officers arrived in Hawaii
        # on Monday, while Esper concluded his visit to Vietnam Thursday" are two visits)
        found = [a for a in arrivals if a.partner == e.partner and set(a.article_ids) & set(e.article_ids)
                 and a.date is not None and 1 <= (d.start - a.date.start).days <= 14
                 and not set(a.sentence_refs) & set(e.sentence_refs)
                 and (not a.participants or not e.participants or set(a.participants) & set(e.participants))
                 and (not a.location or not e.location or a.location == e.location)]
        if len(found) != 1:
            out.append(e)
            continue
        a = found[0]
        assert a.date is not None
        joined.add(id(a))
        out.append(replace(e, date=DateValue(a.date.start, d.start, "day", d.basis, True),
                           location=e.location or a.location, sentence_refs=e.sentence_refs + a.sentence_refs,
                           evidence=e.evidence + a.evidence, trigger_spans=e.trigger_spans + a.trigger_spans))
    return [e for e in out if id(e) not in joined]


def _weekday_of_the_stay(events: list[EventRecord]) -> list[EventRecord]:
    """ "berthed on Tuesday for a four-day goodwill visit ... On Wednesday, officers of the two sides held a
    table-top exercise": a happening told by a bare weekday after a stay of days the article told before it is
    of the stay's week, the weekday that falls within the stay (not the one a week before it, or after it)."""
    stays = [v for v in events if v.type == "visit" and v.date is not None and v.date.precision == "day"
             and v.date.is_range and 2 <= (v.date.end - v.date.start).days <= 13]
    if not stays:
        return events
    out = []
    for e in events:
        d = e.date
        # (not a dialogue's round: a mechanism's session is told in its own right, not as a happening of a stay)
        if d is None or d.precision != "day" or d.is_range or d.basis != "relative" or not e.evidence \
                or e.type == "dialogue" \
                or d.start.weekday() not in {_WEEKDAY_INDEX[w] for w in _BARE_WEEKDAY.findall(e.evidence[0])}:
            out.append(e)
            continue
        sid = min(ref[1] for ref in e.sentence_refs)
        for v in stays:
            assert v.date is not None
            if v is e or v.partner != e.partner or not set(v.article_ids) & set(e.article_ids) \
                    or min(ref[1] for ref in v.sentence_refs) >= sid or v.date.contains(d):
                continue
            # (only a week on: a happening after the stay's last day may have followed it, "The exchanges were
            # followed in Hanoi on Tuesday by the first Defense Policy Dialogue")
            # (a week back only for a happening of the stay, not one told as coming after it: "The exchanges were
            # followed in Hanoi on Tuesday by the first Defense Policy Dialogue")
            if d.start > v.date.end and _CAME_AFTER.search(e.evidence[0]):
                continue
            moved = d.start + _A_WEEK if d.start < v.date.start else d.start - _A_WEEK
            if v.date.start <= moved <= v.date.end:
                e = replace(e, date=DateValue(moved, moved, "day", d.basis, False))
                break
        out.append(e)
    return out


_WEEKDAY_INDEX = {w: i for i, w in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                               "Sunday"))}


#: the close of a course, exchange or stay, told as where a handover took place: "At the closing ceremony,", "On the
#: final day,", "the course closed with a ceremony", "at the end of the exchange"
_AT_THE_CLOSE = re.compile(r"\b(?:at|during)\s+(?:the|its|a)\s+(?:closing|valedictory|graduation|concluding|"
                           r"farewell)\s+(?:ceremony|function|session|event)\b|\bon\s+(?:the|its)\s+(?:final|last|closing)\s+day\b|"
                           r"\bat\s+the\s+(?:end|close)\s+of\s+the\s+(?:course|exchange|training|visit|programme|program|"
                           r"exercise|workshop|stay)\b|\b(?:closed|ended|concluded|wrapped\s+up)\s+with\s+a\s+"
                           r"(?:\w+\s+)?ceremony\b", re.IGNORECASE)


def _handed_over_at_the_close(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                              sentences: list[Sentence]) -> list[EventRecord]:
    """ "At the closing ceremony, the U.S. side handed over a language laboratory": a handover with no day of its
    own, told at the close of the course, exchange or stay the text dated to the day before it (in its sentence or
    the one before, of its paragraph), took place on that span's last day."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        # (a gift or a handover; not the closing ceremony itself, nor the certificates handed to the trainees, the
        # course's own close)
        given = [g for g in _GIVEN.finditer(rec.evidence[0]) if not _CERTIFICATES.match(rec.evidence[0], g.end())
                 ] if rec.type == "ceremony" else []
        if not given or trig.anaphoric or trig.future:
            continue
        prev = sentences[sid - 1] if sid > 0 and sentences[sid - 1].paragraph == sentences[sid].paragraph else None
        if not (_AT_THE_CLOSE.search(rec.evidence[0]) or (prev is not None and _AT_THE_CLOSE.search(prev.text))):
            continue
        # (a day that began it is not its close: "ended a week-long exchange on Friday" is, though an arrival
        # "on 20 November" is told after it)
        spans = [e for e in events if e.type in ("exercise", "visit") and e.partner == rec.partner
                 and e.date is not None and e.date.precision == "day" and e.sentence_refs[0][1] < sid
                 and (e.date.is_range or e.date.end != e.date.start or _FINISHED_WORD.search(e.evidence[0]))]
        if not spans:
            continue
        span = max(spans, key=lambda e: e.sentence_refs[0][1])
        assert span.date is not None
        day = day_value(span.date.end, "relative")
        if not any(e.type == "ceremony" and e.partner == rec.partner and e.date == day for e in events + out):
            out.append(replace(rec, date=day))
    return out


#: a gift or a handover told in the sentence, and what was given when it is the course's own papers
_GIVEN = re.compile(r"\b(?:handed|hands|handing|gifted|donated|presented|delivered|turned|gave)\b(?:\s+over)?",
                    re.IGNORECASE)
_CERTIFICATES = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:certificates?|diplomas?|medals?|badges?)\b", re.IGNORECASE)
_FINISHED_WORD = re.compile(r"\b(?:complet|finish|conclud|clos|end)(?:ed|es|s)\b", re.IGNORECASE)


#: a happening told as held when the guests left: "On departure, the ships held a passage exercise", "On leaving port,
#: the Indian ships carried out ...", "On the day of departure the two navies held ...", "Before leaving, ..."
_ON_DEPARTURE_OPENS = re.compile(r"^\W*(?:(?:on|upon)\s+(?:(?:its|their|his|her)\s+)?(?:departure|leaving"
                                 r"(?:\s+(?:the\s+)?(?:port|harbour|harbor))?)|"
                                 r"on\s+the\s+day\s+of\s+(?:(?:its|their|his|her)\s+)?departure|before\s+leaving|"
                                 r"as\s+(?:they|it|the\s+(?:ships?|vessels?|cutters?))\s+left|"
                                 # ("On her way out she exercised with a Vietnamese frigate": the leaving's)
                                 r"on\s+(?:her|his|its|their|the)\s+way\s+out|"
                                 # ("On the final day, Vajra and CSB 8003 carried out a drill", "On the final
                                 # morning": the stay's, not a course's or exercise's own last day)
                                 r"on\s+(?:the|its|their)\s+(?:final|last|closing)\s+(?:day|morning)"
                                 r"(?:\s+of\s+(?:the|its|their|his|"
                                 r"her)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|call|trip|tour))?(?!\s+of\b))\b",
                                 re.IGNORECASE)
#: the same, closing the sentence: "held a passage exercise with a Vietnamese frigate on departure", "... on the day of
#: departure", "... as they left", "... on its way out"
_ON_DEPARTURE_ENDS = re.compile(r"\b(?:(?:on|upon)\s+(?:(?:its|their|his|her)\s+)?departure|on\s+the\s+day\s+of\s+"
                                r"(?:(?:its|their|his|her)\s+)?departure|before\s+leaving(?:\s+port)?|"
                                r"as\s+(?:they|it|she|the\s+(?:ships?|vessels?|cutters?))\s+left(?:\s+port)?|"
                                r"on\s+(?:her|his|its|their|the)\s+way\s+out(?:\s+to\s+sea)?|"
                                # ("the two navies held a search-and-rescue exercise off Vung Tau on the final day")
                                r"on\s+(?:the|its|their)\s+(?:final|last|closing)\s+day(?:\s+of\s+(?:the|its|their|his|"
                                r"her)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|call|trip|tour))?)\W*$", re.IGNORECASE)
#: the verb of a leaving, just before the day it tells: "left Ho Chi Minh City on Monday", "departed on 23 May"
_LEFT_BEFORE = re.compile(r"\b(?:left|leaves|departed|departs|sailed\s+(?:from|out\s+of)|set\s+sail\s+from)\b"
                          r"[^.;]{0,60}?$", re.IGNORECASE)


def _on_departure(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                  dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence]) -> list[EventRecord]:
    """ "Two Indian Navy ships left Ho Chi Minh City on Monday after a four-day visit. On leaving port, the ships
    carried out a passage exercise": a happening told as held on the guests' departure, with no day of its own, is of
    the day of the last leaving the article told before it (or, told by none, the last day of the one stay of days
    told in the two sentences before it)."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if trig.anaphoric or trig.future or not (_ON_DEPARTURE_OPENS.match(rec.evidence[0])
                                                 or _ON_DEPARTURE_ENDS.search(rec.evidence[0])):
            continue
        if _A_PLAN.search(rec.evidence[0]):
            continue  # ("On departure, the ships are to conduct a passage exercise": still to come)
        lo = 0  # (the leaving may be the lead's, told paragraphs before: "... left Ho Chi Minh City on Monday")
        hi = sentences[sid].start
        if any(v is not None and hi <= x.start < sentences[sid].end for x, v, _n in dated):
            continue  # (its own day told in its sentence: "On leaving Cam Ranh, ... carried out a PASSEX on 22 Feb")
        left = [v for x, v, _n in dated if v is not None and lo <= x.start < hi and v.precision == "day"
                and not v.is_range and _LEFT_BEFORE.search(sentences[sentence_at(sentences, x.start)].text, 0,
                                                           x.start - sentences[sentence_at(sentences, x.start)].start)]
        if left:
            day = left[-1].start
        else:
            stays = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
                     and e.date.precision == "day" and e.date.is_range and e.article_ids == rec.article_ids
                     and any(sid - 2 <= ref[1] < sid for ref in e.sentence_refs)]
            if not stays:
                # ("On the final day, ...", "On leaving harbour, ..." paragraphs after the stay: the one stay of days
                # the article told before)
                stays = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
                         and e.date.precision == "day" and e.date.is_range and e.article_ids == rec.article_ids
                         and min(ref[1] for ref in e.sentence_refs) < sid]
            if len(stays) != 1 or stays[0].date is None:
                continue
            day = stays[0].date.end
        if any(sid in {ref[1] for ref in o.sentence_refs} and o.type == rec.type for o in out):
            continue  # ("she exercised with a frigate in a brief passage exercise": one exercise, told twice)
        if any(e.type == rec.type and e.partner == rec.partner and e.article_ids == rec.article_ids
               and (any(ref[1] == sid + 1 for ref in e.sentence_refs) or (
                   e.date is not None and e.date.precision == "day" and e.date.start <= day <= e.date.end))
               for e in events):
            # ("What was less usual was the passage exercise on departure. On 8 June the two ... conducted a PASSEX":
            # the one told with its day, there or in the next sentence)
            continue
        out.append(replace(rec, date=day_value(day, "relative")))
    return out


def _exercise_of_the_call(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                          ) -> list[EventRecord]:
    """ "Before the Indian ship sailed, it exercised at sea with the patrol ship CSB 8005": an exercise with no day
    of its own, framed by the ship's call, is in the month of the one ship visit of that partner the text dates to
    the day."""
    out: list[EventRecord] = []
    for _sid, trig, rec in undated:
        if (rec.type != "exercise" or trig.anaphoric or trig.future
                or not _FRAMED_BY_THE_CALL.search(rec.evidence[0][:trig.start])):
            continue
        calls = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
                 and e.date.precision == "day"]
        if len({(e.date.start.year, e.date.start.month) for e in calls if e.date is not None}) != 1:
            continue  # (which call is not told)
        d = calls[0].date
        assert d is not None
        if not any(e.type == "exercise" and e.partner == rec.partner and e.date is not None
                   and e.date.start.year == d.start.year and e.date.start.month == d.start.month for e in events):
            out.append(replace(rec, date=month_value(d.start.year, d.start.month, "relative")))
    return out


#: talks a sentence opens on as the frame of what it tells: "In talks with Prime Minister Phuc, the two leaders agreed",
#: "During talks with his counterpart ...", "After talks with Phuc, Modi announced ..."
_FRAME_TALKS = re.compile(r"^\W*(?:In|During|After|Following|At)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
                          r"(?:talks|meeting|summit)\s+with\b")


_ARRIVAL_TRIGGER = re.compile(r"(?:arriv|land|flew|fly|flies|reach|touch|came|come|got|dock|berth|pull|ent)",
                              re.IGNORECASE)


def _framed_by_talks_on_the_visits_day(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                                       ) -> list[EventRecord]:
    """ "Modi's stop in Hanoi on 3 September ... In talks with Prime Minister Phuc the two leaders agreed to upgrade
    ties": talks a sentence opens on, with no day of their own, told just after a visit of one day the text dates
    (a stop, not a stay of days), are of that day."""
    out: list[EventRecord] = []
    for sid, trig, rec in undated:
        if (trig.anaphoric or trig.future or rec.type not in ("talks", "summit") or not rec.evidence
                or not _FRAME_TALKS.match(rec.evidence[0])):
            continue
        before = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
                  and e.date.precision == "day" and not e.date.is_range
                  and e.article_ids == rec.article_ids and e.sentence_refs[0][1] == sid - 1
                  # (a stop or visit told as such, not an arrival: "who arrived on Friday night" met his hosts the
                  # next day)
                  and not _ARRIVAL_TRIGGER.match(e.trigger or "")]
        if len(before) != 1 or before[0].date is None:
            continue
        value = replace(before[0].date, basis="relative")
        if not _met_already(rec, value, events + out):
            out.append(replace(rec, date=value))
    return out


def _dated_by_the_visit(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                        ) -> list[EventRecord]:
    """ "Obama also held talks with Prime Minister Phuc and, separately, with General Secretary Trong": meetings
    the text tells apart, with no day of their own, are the visitor's during the visit told with them (their own
    happenings, not the visit's protocol): in the visit's month, or on its day when it lasted one day."""
    out: list[EventRecord] = []
    for _sid, trig, rec in undated:
        if (trig.anaphoric or trig.future or rec.type not in ("talks", "summit")
                or not _TOLD_APART.search(rec.evidence[0])):
            continue
        # (the one a pronoun stands for is the visitor too: "He was received separately by To Lam and by Luong Cuong";
        # but a host must be named: "He met members of the Solidarity Committee separately" is no official's meeting)
        if not any(not actors_mod.is_office_id(p) for p in rec.participants):
            continue
        people = {p for p in rec.participants + rec.subject if not actors_mod.is_office_id(p)}
        visits = [e for e in events if e.type == "visit" and e.partner == rec.partner and e.date is not None
                  and people & set(e.participants) and e.date.precision in ("day", "month")]
        if not visits:
            # (no visit told: "Obama held talks with Quang in Hanoi on Monday ... Obama also held separate meetings
            # with Phuc and with Trong" are of the trip of his dated meeting, in its month)
            met = [e for e in events if e.type in ("talks", "summit") and e.partner == rec.partner
                   and e.date is not None and people & set(e.participants) and e.date.precision in ("day", "month")
                   # (told before it, in a sentence of its own: not "Trong, whom he had hosted last July")
                   and e.sentence_refs[0][1] < _sid]
            if len({(e.date.start.year, e.date.start.month) for e in met if e.date is not None}) == 1:
                d = met[0].date
                assert d is not None
                value = month_value(d.start.year, d.start.month, "relative")
                if not _met_already(rec, value, events + out):
                    out.append(replace(rec, date=value))
                continue
        if len(visits) > 1:
            # (a visit of an earlier year is recalled, "the partnership set up in July 2007, when Dung visited
            # Delhi": the meetings are of the visit the story is about)
            latest = max(e.date.start.year for e in visits if e.date is not None)
            visits = [e for e in visits if e.date is not None and e.date.start.year == latest]
        if len(visits) != 1:
            continue  # (which of two visits is not told)
        d = visits[0].date
        assert d is not None
        one_day = d.precision == "day" and d.end == d.start and _ONE_DAY.search(" ".join(visits[0].evidence))
        # (a visit of days whose guest met his hosts on one day the text tells before: "Modi held talks with Phuc on
        # Saturday ... He later held separate meetings with Trong, Quang and Ngan" are of that day)
        met_days = {e.date.start for e in events if e.type in ("talks", "summit") and e.partner == rec.partner
                    and e.date is not None and e.date.precision == "day" and not e.date.is_range
                    # (a visit told by its arrival alone ran on: "landed on Tuesday night. On Wednesday he held talks
                    # with Giang. He was later received separately by ...")
                    and d.start <= e.date.start <= (d.end if d.end > d.start else d.start + dt.timedelta(days=6))
                    # (the visitor's meeting, he named, or told by his pronoun or his office with no one else of his
                    # side named)
                    and ((people | set(visits[0].participants)) & set(e.participants + e.subject)
                         or not _others_of_the_side(e, visits[0]))
                    and e.sentence_refs[0][1] < _sid}
        value = (replace(d, basis="relative") if one_day
                 else day_value(met_days.pop(), "relative") if len(met_days) == 1 and d.precision == "day"
                 else month_value(d.start.year, d.start.month, "relative"))
        if _met_already(rec, value, events + out):
            continue
        out.append(replace(rec, date=value))
    return out


def _met_already(rec: EventRecord, value: DateValue, events: list[EventRecord]) -> bool:
    """Whether the hosts of a meeting told with no day of its own are already met in a meeting of that time (one
    the article dates, whose people take in the hosts named: "The prime minister also met Trong, Quang and Ngan in
    separate meetings", each already dated to the day of the talks, is not three meetings more in the month)."""
    hosts = {p for p in rec.participants if not actors_mod.is_office_id(p)}
    return any(e.type == rec.type and e.partner == rec.partner and e.date is not None
               and (set(e.participants) == set(rec.participants)
                    or (hosts and hosts <= set(e.participants) and value.start <= e.date.start <= value.end))
               for e in events)


def _others_of_the_side(meeting: EventRecord, visit: EventRecord) -> bool:
    """Whether a meeting names a person of the visitor's side (offices aside) other than the visit's own people."""
    sides = {actors_mod.is_vietnamese_id(p) for p in visit.participants if not actors_mod.is_office_id(p)}
    if len(sides) != 1:
        return True
    side = sides.pop()
    return any(not actors_mod.is_office_id(p) and actors_mod.is_vietnamese_id(p) == side and p not in visit.participants
               for p in meeting.participants + meeting.subject)


#: a stay of one day: "a one-day visit", "the day-long stop"
_ONE_DAY = re.compile(r"\b(?:one|1)[- ]day\b|\bday-long\b|\bsingle[- ]day\b", re.IGNORECASE)


def _day_of_the_meetings(near: list[EventRecord], told_before: list[EventRecord]) -> DateValue | None:
    """The one day of the latest meeting told shortly before a meeting told as "later", when nothing the story
    told before it happened on a later day (an arrival the evening before, an aside about last year do not move
    it; a handover the lead dates the next day leaves only the month)."""
    days = [e.date for e in near if e.type in ("talks", "summit", "dialogue") and e.date is not None
            and e.date.precision == "day" and not e.date.is_range]
    if not days:
        return None
    day = max(days, key=lambda v: v.start)
    if any(e.date is not None and e.date.start > day.start for e in told_before):
        return month_value(day.start.year, day.start.month, "relative")  # the day is ambiguous, not the month
    return day


#: "The two leaders met", "the two men held talks": the two people the lead named, as the subject
#: the two told after the meeting's word: "talks between the two leaders", "a meeting of the two ministers"
_BETWEEN_THE_TWO = re.compile(r"\s+(?:between|of)\s+(?:the|both)\s+(?:two\s+)?(?:leaders|men|women|ministers|"
                              r"officials|chiefs|counterparts|generals|secretaries|presidents|prime\s+ministers)\b",
                              re.IGNORECASE)
_THE_TWO = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|men|women|ministers|officials|chiefs|counterparts|"
                      r"generals|secretaries|defen[cs]e\s+chiefs)\s+(?:(?:also|then|later|first|had|have|held)\s+){0,2}$",
                      re.IGNORECASE)


_ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’')\]]*\s*$")



def _next_hosts(events: list[EventRecord], undated: list[tuple[int, Trigger, EventRecord]],
                sentences: list[Sentence], hits: list[ActorHit]
                ) -> tuple[list[EventRecord], list[tuple[int, Trigger, EventRecord]]]:
    """The calls told after a dated meeting in its sentence, on its day (:func:`sameday.next_host_that_day`),
    each host's its own; the events with them, and the mentions still undated."""
    next_hosts, told = next_host_that_day(events, undated, sentences)
    for sid, trig, rec in next_hosts:  # ("before calling on President Phuc and Prime Minister Chinh": two calls)
        s = sentences[sid]
        events = events + _each_call(s.text, trig, rec, [h for h in hits if s.start <= h.start < s.end], s.start)
    return events, [u for u in undated if id(u[2]) not in told]

#: a sentence that opens on the meeting it goes on from: "After the talks at the Government Office, ...", "Following
#: the meeting, "
_AFTER_THE = re.compile(r"\W*(?:after|following|at\s+the\s+end\s+of)\s+(?:the|their)\s+", re.IGNORECASE)


def _dated_by_the_lead(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord],
                       dated: list[tuple[DateExpr, DateValue | None, str]], sentences: list[Sentence],
                       hits: list[ActorHit]) -> list[EventRecord]:
    """ "Austin and Giang on Thursday signed a memorandum ..." then "Austin and Giang held talks at the
    Ministry": the same two people, later in the story, meet on the lead's one day.

    Only for a meeting between two or more named people who are all in the lead (the first sentence with
    a day), when the lead tells one day, and no meeting of theirs is dated already; a meeting told with no one
    named ("The two leaders met", or talks in the very next sentence) is the lead's two people's.
    """
    # (a standfirst is no lead: "Singh and Giang held talks in Hanoi; handover of 12 boats on Thursday" tells the
    # day of its last clause, and ends on no full stop)
    # (a day a stay of days begins on is one day too: "arrived in Hanoi on 19 June for a three-day visit")
    lead = next((k for e, v, _n in dated
                 if v is not None and v.precision == "day" and (not v.is_range or e.duration_days)
                 and v.basis != "derived"
                 and _ENDS_A_SENTENCE.search(sentences[k := sentence_at(sentences, e.start)].text)), None)
    if lead is None or lead > 4:  # a lead comes first, after at most a headline, a standfirst, a byline and a date line
        return []
    days = {v.start for e, v, _n in dated if v is not None and v.precision == "day"
            and sentence_at(sentences, e.start) == lead}
    if len(days) != 1:
        return []
    day = days.pop()
    in_lead = {h.actor_id for h in hits if h.sentence_id == lead and not actors_mod.is_office_id(h.actor_id)}
    country = {h.actor_id: h.country for h in hits}
    out: list[EventRecord] = []
    visitors: dict[int, set[str]] = {}  # the visitors of each sentence's undated arrivals
    for sid, _t, r in undated:
        if r.type == "visit":
            visitors.setdefault(sid, set()).update(r.participants + r.subject)
    for sid, trig, rec in undated:
        if (trig.anaphoric and sid == lead + 1 and rec.type in ("talks", "summit")
                and _AFTER_THE.fullmatch(rec.evidence[0], 0, trig.start)
                and {country.get(p) for p in in_lead} >= {HOME, rec.partner}
                and not any(e.type in ("talks", "summit") and e.partner == rec.partner and e.date is not None
                            and e.date.start <= day <= e.date.end for e in events + out)):
            # "Modi and Phuc agreed on Saturday to raise relations ..." then "After the talks at the Government
            # Office, Modi announced ...": the talks the lead's agreement came from, held by the two it names
            lead_hits = [h for h in hits if h.actor_id in in_lead and h.country in (HOME, rec.partner)]
            heads = {h.country for h in lead_hits if h.level == "summit"} >= {HOME, rec.partner}
            etype = "summit" if heads else "talks"
            out.append(replace(rec, participants=tuple(dict.fromkeys(h.actor_id for h in lead_hits)), type=etype,
                               cameo=cameo_for(etype, trig.cameo), level=max_level([h.level for h in lead_hits]),
                               date=day_value(day, "relative")))
            continue
        people = {p for p in rec.participants if not actors_mod.is_office_id(p)}
        told_next = sid == lead + 1 and rec.type in ("talks", "summit") and not trig.anaphoric
        # ("The announcement came after talks between the two leaders, hours after Biden flew in": the two, one of
        # them named again)
        two = (_THE_TWO.search(rec.evidence[0], 0, trig.start)
               or (rec.type in ("talks", "summit") and _BETWEEN_THE_TWO.match(rec.evidence[0], trig.end)))
        if ((not people or (two and people <= in_lead)) and sid <= lead + 2 and (two or told_next)
                and {country.get(p) for p in in_lead} >= {HOME, rec.partner}):
            # "The two leaders met for about an hour", or "... Thanh told Panetta on Monday." then "The announcement
            # came during talks at the Ministry": the two the lead names, one of each side
            lead_hits = [h for h in hits if h.actor_id in in_lead and h.country in (HOME, rec.partner)]
            lead_people = tuple(dict.fromkeys(h.actor_id for h in lead_hits))
            heads = {h.country for h in lead_hits if h.level == "summit"} >= {HOME, rec.partner}
            etype = "summit" if rec.type == "talks" and heads else rec.type
            rec = replace(rec, participants=lead_people, type=etype, cameo=cameo_for(etype, trig.cameo),
                          level=max_level([h.level for h in lead_hits]))
            people = set(lead_people)
        if (len(people) == 1 and sid <= lead + 4 and rec.type in ("talks", "summit")
                and _PRONOUN_SUBJECT.search(rec.evidence[0], max(0, trig.start - 90), trig.start)):
            # "Blinken visited Hanoi on Saturday." then "He met General Secretary To Lam.": the pronoun is the one
            # person the lead names of the other side (who stays out of the participants, see _record)
            other = {p for p in in_lead if country.get(p) in (HOME, rec.partner)
                     and country.get(p) != country.get(next(iter(people)))}
            if len(other) == 1:
                people = people | other
        # ("Biden, who flew in from the G20 summit, held talks with Trong": the visitor of the arrival the sentence
        # tells holds the talks)
        people |= {p for p in visitors.get(sid, ()) if p in in_lead}
        if (sid <= lead or trig.anaphoric or trig.future or rec.type not in ("talks", "summit")
                or len(people) < 2 or _PERFECT.search(rec.evidence[0][:trig.start])):
            continue
        # "India and Vietnam on Friday elevated ..." then "The declaration was issued after talks between Singh
        # and his counterpart Dung": the sentence after the lead tells how the lead's happening came about
        # (but not one whose own sentence tells another day: "Its 10th round was held on March 1, 2017, when Vinh
        # and Kumar co-chaired the talks"; a day of a clause of its own, "Modi, who landed on Friday night, held
        # talks", is no other day of the talks)
        follows = (sid == lead + 1 and {country.get(p) for p in people} >= {HOME, rec.partner}
                   and not any(v is not None and v.precision == "day" and v.start != day
                               and sentence_at(sentences, e.start) == sid
                               and not inside_relative_clause(sentences[sid].text, e.start - sentences[sid].start)
                               for e, v, _n in dated))
        if not (people <= in_lead or follows):
            continue
        if any(e.type == rec.type and e.partner == rec.partner and people & set(e.participants)
               and not _other_hosts(people, set(e.participants), country)
               # (not a call of theirs told later, in March: "In late March, Biden and Trong held a telephone
               # conversation"; but "In 2019 Esper and Lich held talks; Esper and Lich met again later" is told again)
               and (e.date is None or e.date.start <= day <= e.date.end
                    or ({e.modality, rec.modality} != {"virtual", "in_person"}
                        and e.trigger_spans[0][1] < rec.trigger_spans[0][1]))
               for e in events + out):
            continue  # (the same meeting told again; but one visitor with another host is another meeting)
        out.append(replace(rec, date=day_value(day, "relative")))
    return out


def _other_hosts(a: set[str], b: set[str], country: dict[str, str]) -> bool:
    """Whether two meetings share a guest but not the host ("Thanh told Panetta ..." and "Later Monday, Prime
    Minister Dung received Panetta"): the people only in one and only in the other are of one same country."""
    only_a, only_b = a - b, b - a
    sides = {country.get(p) for p in only_a | only_b}
    return bool(only_a) and bool(only_b) and len(sides) == 1 and None not in sides and "" not in sides


def _domains(text: str, sentences: list[Sentence]) -> list[DomainHit]:
    out = []
    for start, end, domain, term in find_domains(text):
        sid = sentence_at(sentences, start)
        out.append(DomainHit(sid, start, end, domain, term))
    return out


def _attach(events: list[EventRecord], undated: list[tuple[int, Trigger, EventRecord]],
            domain_hits: list[DomainHit], sentences: list[Sentence]
            ) -> list[EventRecord]:
    """Give each event the domains of its paragraph, and the detail of undated mentions."""

    para = {s.sentence_id: s.paragraph for s in sentences}
    first_sid = {id(e): e.sentence_refs[0][1] for e in events}
    starts = sorted({first_sid[id(e)] for e in events})
    # looked up by sentence and by paragraph, not scanned whole for every event (quadratic)
    domains_at = group(domain_hits, lambda d: d.sentence_id)
    # (a meeting told as coming "later" is another meeting, not more people of this one: "Rumsfeld held talks
    # with Tra on Monday. He later called on Prime Minister Khai")
    # (nor "He then held talks with Prime Minister Singh", after a call on the President: the next meeting)
    split = Counter((u[0], u[1].start) for u in undated)
    undated_at = group([u for u in undated if not _told_later(u[2].evidence[0], u[1].start)
                        # (nor one told as after it: "After the talks Singh was received by Prime Minister Chinh")
                        and not (u[2].type in ("talks", "summit") and not u[1].anaphoric
                                 and _AFTER_TOLD_OPENS.search(u[2].evidence[0]))
                        and not (u[2].type in ("talks", "summit") and _THEN.search(u[2].evidence[0][:u[1].start][-30:])
                                 and u[2].participants)
                        # (nor one told as coming after what its subject did: "After returning to the city, Mattis
                        # held talks with Lich")
                        and not (u[2].type in ("talks", "summit") and _AFTER_DOING_OPENS.search(u[2].evidence[0]))
                        # (nor one told as another's: "Modi held talks with Phuc on Saturday. Modi also met General
                        # Secretary Trong", a meeting of its own, see _dated_later)
                        and not (u[2].type in ("talks", "summit") and u[2].participants
                                 and _ALSO.search(u[2].evidence[0][:u[1].start][-30:]))
                        # (nor one told as separate: "Singh also held separate talks with his counterpart, Loi")
                        and not (u[2].type in ("talks", "summit") and u[2].participants
                                 and _SEPARATE_JUST_BEFORE.search(u[2].evidence[0], 0, u[1].start))
                        # (nor one of several calls told apart: "was also received by President Phuc and, separately,
                        # by ...", one record each from one trigger)
                        and split[(u[0], u[1].start)] == 1],
                       lambda u: (para.get(u[0]), u[2].type, u[2].partner))
    # per paragraph, type and partner: the participants of its undated mentions, and their first place
    added = {key: (tuple(dict.fromkeys(p for _u, _t, r in rs for p in r.participants)),
                   next((r.location for _u, _t, r in rs if r.location), ""))
             for key, rs in undated_at.items()}
    # the happening named again as the subject opening a sentence: "The dialogue was co-chaired by ..."
    sentences_by_id = {s.sentence_id: s for s in sentences}
    opened_by = group([u for u in undated if u[0] in sentences_by_id
                       and (m := _ANAPHOR_OPENS.match(sentences_by_id[u[0]].text)) is not None
                       and m.start("noun") == u[1].start], lambda u: u[0])
    out = []
    for e in events:
        sid = first_sid[id(e)]
        k = bisect_right(starts, sid)
        nxt = starts[k] if k < len(starts) else 10**9
        own: set[str] = set()
        x = sid
        while x < nxt and para.get(x) == para.get(sid):  # a paragraph is a run of sentences
            if x in domains_at and speaks_of_cooperation(sentences[x].text):
                own.update(d.domain for d in domains_at[x])
            x += 1
        extra_participants, extra_location = added.get((para.get(sid), e.type, e.partner), ((), ""))
        if x < nxt and x in sentences_by_id:
            # "... on Monday held the 15th round of their Defence Policy Dialogue." then, as the next paragraph,
            # "The dialogue was co-chaired by Rajesh Kumar Singh and Hoang Xuan Chien": its people (a wire's
            # paragraphs are one sentence each)
            # (a dialogue named again as "the talks" is that dialogue)
            extra_participants += tuple(p for _u, t, r in opened_by.get(x, ())
                                        if r.type == e.type or {r.type, e.type} == {"talks", "dialogue"}
                                        and r.partner == e.partner and t.anaphoric for p in r.participants)
        out.append(replace(e, domains=tuple(sorted(own)),
                           participants=tuple(dict.fromkeys(e.participants + extra_participants)),
                           location=e.location or extra_location))
    return out


# ------------------------------------------------------------------------ agreements


def _agreements(aid: str, text: str, spans: list, dated: list[tuple[DateExpr, DateValue | None, str]],
                events: list[EventRecord], sentence_partner: dict[int, str],
                in_names: list[tuple[int, int]]) -> list[AgreementRecord]:
    out = []
    # the dates of each sentence that names an agreement, and each partner's events in sentence
    # order (a stable sort keeps the first event of a sentence first): no scan of all per agreement
    named_in = sorted({s.sentence_id: s for s, _a in spans}.values(), key=lambda s: s.start)
    dated_in = group(dated, lambda d: sentence_at(named_in, d[0].start))
    in_name = within(in_names)
    by_partner = {p: sorted(evs, key=_first_sentence) for p, evs in group(events, lambda e: e.partner).items()}
    for s, a in spans:
        astart, aend = s.start + a.start, s.start + a.end
        partner = sentence_partner.get(s.sentence_id, "")
        if not partner or _names_a_third_country(text, astart, aend, partner):
            continue
        date: DateValue | None = None
        if a.status != "planned":
            inside = [(e, v) for e, v, _ in dated_in.get(s.sentence_id, ())
                      if v is not None and s.start <= e.start < s.end and not in_name(e.start)]
            following = [(e, v) for e, v in inside if e.start >= aend]
            preceding = [(e, v) for e, v in inside if e.start < astart]
            if a.year:
                # "the 2011 Memorandum": the name's year, or a date of that year in the sentence
                same_year = [v for _e, v in following + preceding if v.start.year == a.year]
                date = same_year[0] if same_year else year_value(a.year, "stated")
            elif following:
                date = following[0][1]
            elif preceding:
                date = preceding[-1][1]
            elif a.status == "signed":
                # the partner's event of the latest sentence before this one (the first such event)
                mine = by_partner.get(partner, [])
                k = bisect_left(mine, s.sentence_id, key=_first_sentence)
                if k:
                    date = mine[bisect_left(mine, _first_sentence(mine[k - 1]), key=_first_sentence)].date
        out.append(AgreementRecord(partner, a.name, date, a.status, (aid,),
                                   ((aid, s.sentence_id),), (s.text,)))
    return out


def _names_a_third_country(text: str, start: int, end: int, partner: str) -> bool:
    """ "the Philippines-US Visiting Forces Agreement", "its Mutual Defense Treaty with the Philippines": an
    agreement whose name, or the words just around it, names a third country and not Vietnam."""
    with_whom = _WITH_WHOM.match(text, end)
    around = text[max(0, start - 25):with_whom.end() if with_whom else end]
    found = {code for _s, _e, code in actors_mod.find_countries(around)}
    return HOME not in found and bool(found - {partner, "*", ""})


def _met_a_third_country(here: list[ActorHit], lo: int, hi: int, partner: str) -> bool:
    """A meeting whose people, in its stretch of the sentence, are a third country's official and no Vietnamese."""
    people = [h for h in here if lo <= h.start < hi and h.kind == "person"]
    return any(_is_third(h.country, partner) for h in people) and not any(h.country == HOME for h in people)


#: Vietnam's own force as the subject that opens a clause: "Vietnam's navy", "the Vietnam People's Navy", "Vietnam's
#: own Coast Guard", "Separately, Vietnamese border guards"
_VIETNAMS_FORCE_OPENS = re.compile(r"(?:^[-•*]?|^\W*(?:[\w'’-]+\s+){0,3}[\w'’-]+,|[;:]|,\s+(?:and|while|but)|"
                                   r"\b(?:separately|meanwhile|elsewhere|also|domestically|at\s+home),)\s*(?:the\s+)?(?:Vietnam(?:'s|’s)?|Viet\s+Nam(?:'s|’s)?|"
                                   r"Vietnamese)\s+(?:own\s+)?(?:People's\s+|People’s\s+)?(?:navy|army|air\s+force|"
                                   r"coast\s+guard|border\s+guards?|marine\s+police|military|armed\s+forces|"
                                   r"naval\s+forces?|defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e)\b",
                                   re.IGNORECASE)
#: what tells another side took part: "with", "joint", "the visiting ship", "both navies", "bilateral"
#: ("received its first cutter at a handover in Honolulu": a thing given by another side)
_ANOTHER_SIDE = re.compile(r"\b(?:with|joint|jointly|together|both|two|bilateral|visiting|visitors?|guests?|"
                           r"partners?|counterparts?|foreign|international|multinational|observers?|from|receiv\w*|"
                           r"deliver\w*|handover|handed|gift\w*|donat\w*|transferr?\w*|supplied|provided)\b",
                           re.IGNORECASE)
#: words that tell no other side took part: "with its own fisheries surveillance forces", "with no foreign
#: participation", "without foreign observers"
_NO_OTHER_SIDE = re.compile(r"\bwith\s+(?:its|their)\s+own\b|\b(?:with\s+no|without(?:\s+any)?)\s+foreign\s+[\w-]+",
                            re.IGNORECASE)
#: a happening told again by its definite article: the course or drill the story told before
_TOLD_AGAIN = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:course|exercise|drill|exchange|workshop|training|"
                         r"programme|program|handover|ceremony)\b", re.IGNORECASE)


def _vietnams_own(stext: str, trig: Trigger, hits: list[ActorHit], offset: int) -> bool:
    """ "Vietnam's navy held a live-fire drill off Khanh Hoa on Thursday", "The Vietnam People's Navy on Monday
    commissioned a landing ship at a ceremony in Hai Phong": Vietnam's own force is the clause's subject and nothing
    in the sentence names another side, so the happening is one side's own, not a cooperation."""
    opened = [m for m in _VIETNAMS_FORCE_OPENS.finditer(stext, 0, trig.start)]
    # ("held a drill with its own fisheries surveillance forces", "with no foreign participation": no other side)
    plain = _NO_OTHER_SIDE.sub(" ", stext)
    if not opened or _ANOTHER_SIDE.search(plain) or _TOLD_AGAIN.search(stext):
        return False
    if any(code != HOME for _s, _e, code in actors_mod.find_countries(stext)):
        return False  # ("Vietnam's navy and India's held a drill"): a country named beside it
    return not any(offset <= h.start < offset + len(stext) and h.country not in (HOME, "*", "") for h in hits)


def _with_a_third_country(stext: str, trig: Trigger, partner: str) -> bool:
    """ "joint drills with Cambodia", "talks with the Philippines": the other side named right after the
    happening's word is a third country; or the two sides it was held between are the partner and a third
    country ("the exercise JIMEX held between the Indian Navy and the Maritime Self-Defense Force")."""
    m = _WITH_WHOM.match(stext, trig.end)
    if m is None:
        pair = _HELD_BETWEEN.match(stext, trig.end)
        if pair is None:
            return False
        # (read in the whole sentence: "the South China Sea" is a sea, however the pair's span ends)
        found = {code for s, e, code in actors_mod.find_countries(stext)
                 if pair.start("pair") <= s and e <= pair.end("pair")}
        return HOME not in found and any(_is_third(c, partner) for c in found)
    found = {code for _s, _e, code in actors_mod.find_countries(m.group(0))}
    return bool(found) and all(_is_third(c, partner) for c in found)


#: a name (a country, or its capital for its government) and a relative clause it is the subject of, up to a word:
#: "For Canberra, which upgraded", "Japan, which raised its ties"
_SUBJECT_OF_CLAUSE = re.compile(r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),\s+(?:which|who)\s+"
                                r"[^,;:]{0,80}$")


def _third_country_subject(stext: str, trig: Trigger, partner: str) -> bool:
    """ "For Canberra, which upgraded its own relationship with Vietnam to a strategic partnership in March last
    year": a happening told in a relative clause whose subject is a third country, or its capital, is another
    dyad's."""
    m = _SUBJECT_OF_CLAUSE.search(stext, max(0, trig.start - 160), trig.start)
    if m is None:
        return False
    who = m.group("who")
    found = [c for _s, _e, c in actors_mod.find_countries(who)] or [p.country for p in find_places(who)]
    return bool(found) and all(_is_third(c, partner) for c in found)


def _to_a_third_country(stext: str, trig: Trigger, partner: str) -> bool:
    """ "handed over a patrol vessel and a landing craft to the Maldives", "gifted two boats to Sri Lanka's
    navy": the receiver named in the handover's clause is a third country."""
    m = _TO_WHOM.match(stext, trig.end)
    if m is None:
        return False
    found = [code for _s, _e, code in actors_mod.find_countries(m.group("to"))]
    return bool(found) and _is_third(found[0], partner)


#: the handover's object, then its receiver: " a fast patrol vessel, commissioned ..., to the Maldives"
_TO_WHOM = re.compile(r"[^;:]{0,120}?\bto\s+(?P<to>(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})")
#: the two sides a happening was held between, named a few words after it: " JIMEX held between the Indian Navy and
#: the Maritime Self-Defense Force", " conducted between the Indian and Australian navies"
_HELD_BETWEEN = re.compile(r"[^.;:,—–]{0,40}?\bbetween\s+(?P<pair>[^.;:,—–]{0,80}?\band\s+(?:the\s+)?"
                           r"[^.;:,—–]{0,40})", re.IGNORECASE)
_WITH_WHOM = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?", re.IGNORECASE)


def _first_sentence(e: EventRecord) -> int:
    return e.sentence_refs[0][1]


# -------------------------------------------------------------------------- mentions


def _mentions(aid: str, text: str, sentences: list[Sentence], dated, hits: list[ActorHit],
              domain_hits, agreement_spans, places) -> list[Mention]:
    out: list[Mention] = []
    for e, v, note in dated:
        value = v.iso_start() if v else ""
        detail = f"{v.precision}; {v.basis}; {note}" if v else f"unresolved; {note}"
        if v is not None and v.is_range:
            value = f"{v.iso_start()}/{v.iso_end()}"
        out.append(Mention(aid, sentence_at(sentences, e.start), "date", e.start, e.end, e.text, value, detail))
    for h in hits:
        out.append(Mention(aid, h.sentence_id, h.kind if h.kind == "office" else "actor", h.start, h.end,
                           text[h.start:h.end], h.actor_id, h.role))
    for d in domain_hits:
        sid, start, end, domain, term = d.sentence_id, d.start, d.end, d.domain, d.term
        out.append(Mention(aid, sid, "domain", start, end, text[start:end], domain, term))
    for s, a in agreement_spans:
        out.append(Mention(aid, s.sentence_id, "agreement", s.start + a.start, s.start + a.end, a.name,
                           a.name, a.status))
    for p in places:
        start, end, place, country = p.start, p.end, p.place, p.country
        out.append(Mention(aid, sentence_at(sentences, start), "place", start, end, text[start:end], place,
                           country))
    out.sort(key=lambda m: (m.start, m.kind))
    return out


def _header_flags(dropped: tuple) -> list[str]:
    return [f"bad date header: '{f.text}' names no day; the date was inferred from the text"
            for f in dropped if f.reason == "bad date header"]


def _flags(text: str, hits: list[ActorHit], partner_chars: list[tuple[str, int]],
           places: list[PlaceHit], country_hits: list[tuple[int, int, str]]) -> list[str]:
    flags = []
    if not text.strip():
        return ["no article text: every line was page furniture"]
    words = len(text.split())
    sample = text[:3000].lower()  # enough to tell the language
    if words >= 20 and len(_ENGLISH.findall(sample)) / max(1, len(sample.split())) < 0.04:
        flags.append("does not look like English: parsed, but rules are written for English")
    has_home = (any(c == HOME for _a, _b, c in country_hits)
                or any(h.country == HOME for h in hits) or any(p.country == HOME for p in places))
    if not has_home:
        flags.append("no mention of Vietnam: nothing to code")
    elif not partner_chars:
        flags.append("no partner country named besides Vietnam: parsed; events need a partner")
    return flags
