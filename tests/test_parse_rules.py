"""Rules laid on the parse itself, on sentences we write."""

from __future__ import annotations

from tui_reader.analyze import analyze, nlp
from tui_reader.extract.text import extract_text


def _speakers_by_first_word(body: str) -> dict[str, str | None]:
    """Each quote's speaker, keyed by the quote's first word."""
    return {q.text.split()[0]: q.speaker for q in analyze(extract_text(body, "t.txt")).quotes}


def test_a_line_break_always_ends_a_sentence():
    text = "Harbour Board Report\n\nThe pilots said the channel was clear\nFerries resumed at noon."
    (chunk,) = nlp.parse(text)
    assert chunk.doc.text == text
    starts = {s.start_char for s in chunk.doc.sents}
    assert text.index("The pilots") in starts
    assert text.index("Ferries") in starts


def test_someones_contact_is_named_by_the_description_beside_them():
    body = (
        "Harbour Notes\n\n"
        "A Gazette reporter Tamsin Vell's contact at the quay, a retired pilot who asked not "
        'to be named, said the claim was "simply wrong."'
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = [q for q in a.quotes if "simply wrong" in q.text]
    assert "retired pilot" in (q.speaker or "")


def test_a_speaker_is_the_head_of_a_name_led_by_a_place_and_a_title():
    body = (
        "Harbour Notes\n\n"
        "Cornwall Harbour Board Chairwoman Morwenna Tregear said the pier would reopen. "
        '"We are ready for the summer," Cornwall Harbour Board Chairwoman Morwenna Tregear said.'
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = [q for q in a.quotes if "ready for the summer" in q.text]
    assert q.speaker_id is not None
    assert a.entity(q.speaker_id).type == "PERSON", a.entity(q.speaker_id)
    assert "Tregear" in q.speaker


def test_a_straight_mark_closed_by_a_curly_one_is_one_quote_with_its_speaker():
    body = (
        "Harbour Notes\n\n"
        "“The dredging is late,” said Jory Pascoe, the harbourmaster. "
        '"We will be ready by June,” said Lowenna Carne, a spokeswoman for the board.'
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = [q for q in a.quotes if "ready by June" in q.text]
    assert q.text == "We will be ready by June,"
    assert "Carne" in (q.speaker or "")


def test_an_interviewer_presses_and_a_guest_answers():
    body = (
        "Harbour Notes\n\n"
        "“Will the pier reopen this year?” Tamsin Vell pressed.\n\n"
        "“I would say this,” Jory Pascoe answered. “The pier opens in May.”"
    )
    a = analyze(extract_text(body, "t.txt"))
    speakers = {q.text[:12]: q.speaker for q in a.quotes}
    assert "Vell" in (speakers["Will the pie"] or "")
    assert "Pascoe" in (speakers["I would say "] or "")


def test_a_few_words_quoted_after_a_verb_of_judging_or_promising_are_the_subjects():
    body = (
        "Harbour Notes\n\n"
        "Jory Pascoe mocked the board for “sleeping at the wheel” on Tuesday. "
        "Lowenna Carne is vowing to “fight for every berth” this summer. "
        "The rock anthem “Harbour Lights” played as the ferry left."
    )
    a = analyze(extract_text(body, "t.txt"))
    by_text = {q.text: q.speaker for q in a.quotes}
    assert "Pascoe" in (by_text.get("sleeping at the wheel") or "")
    assert "Carne" in (by_text.get("fight for every berth") or "")
    assert "Harbour Lights" not in by_text  # a title, not anyone's words


def test_regular_verbs_inflect():
    from tui_reader.analyze.quotes.cues import inflections

    assert inflections("decry") == {"decry", "decries", "decried", "decrying"}
    assert inflections("pledge") == {"pledge", "pledges", "pledged", "pledging"}
    assert inflections("quip*") == {"quip", "quips", "quipped", "quipping"}
    assert inflections("vow") == {"vow", "vows", "vowed", "vowing"}


def test_a_sentence_before_the_quote_can_introduce_it():
    body = (
        "Harbour Notes\n\n"
        "Jory Pascoe said the pier would open in May.\n\n"
        "Lowenna Carne agreed. “The timber is already on the quay.”\n\n"
        "Tamsin Vell continued:\n\n"
        "“We owe the divers a great deal.”\n\n"
        "Here are the notes from the meeting:\n\n"
        "“Dredging before pier work”"
    )
    a = analyze(extract_text(body, "t.txt"))
    by_text = {q.text: q.speaker for q in a.quotes}
    assert "Carne" in (by_text["The timber is already on the quay."] or "")
    assert "Vell" in (by_text["We owe the divers a great deal."] or "")
    assert "notes" not in (by_text.get("Dredging before pier work") or "")


def test_he_is_the_subject_who_just_spoke_not_the_last_speaker():
    body = (
        "Harbour Notes\n\n"
        "“In breaking news,” Penrose posted last January, “the board agrees with itself,” "
        "after board spokesman Kenver Hocking praised the plan online.\n\n"
        "Hocking fired back: “As the keeper of the harbour,” he wrote, “I know you are "
        "rooting for the plan too.”"
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = [q for q in a.quotes if q.text.startswith("As the keeper")]
    assert "Hocking" in (q.speaker or "")


def test_an_inverted_cue_whose_speaker_the_parser_took_for_its_object():
    from tui_reader.analyze.quotes.speaker import inverted_subject

    doc = nlp.load()("“Imagine a pier that long,” mused Harbour co-host Jory Pascoe.")
    verb = next(t for t in doc if t.text == "mused")
    subj = inverted_subject(verb)
    assert subj is not None and subj.text == "Pascoe"


def test_a_long_sentence_that_only_says_who_spoke_introduces_the_quote():
    body = (
        "Harbour Notes\n\n"
        "Lowenna Carne, the communications director for the Harbour Rowing Association, "
        "said in a statement. “There are no timbers left to recount.”"
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = a.quotes
    assert "Carne" in (q.speaker or "")


def _parsed(words, heads, deps, pos, ents):
    from spacy.tokens import Doc

    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_cue_the_parser_left_without_a_subject_takes_the_name_before_it():
    from tui_reader.analyze.quotes.speaker import subject

    # "Sen. Tamsin Vell (D-CO) said it was reckless.", parsed as the small model parses
    # such sentences: the name hung on an earlier noun, "said" with no subject
    words = ["Sen.", "Tamsin", "Vell", "(", "D", "-", "CO", ")", "said", "it", "was", "reckless"]
    heads = [2, 2, 8, 2, 6, 6, 2, 2, 8, 10, 8, 10]
    deps = [
        "compound",
        "compound",
        "npadvmod",
        "punct",
        "compound",
        "punct",
        "appos",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "acomp",
    ]
    pos = [
        "PROPN",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "VERB",
        "PRON",
        "AUX",
        "ADJ",
    ]
    doc = _parsed(words, heads, deps, pos, ["O", "B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert subject(doc[8]).text == "Vell"
    # a cue with nothing named before it stays without a speaker
    words = ["Yesterday", "said", "it", "was", "reckless"]
    doc = _parsed(
        words,
        [1, 1, 3, 1, 3],
        ["npadvmod", "ROOT", "nsubj", "ccomp", "acomp"],
        ["NOUN", "VERB", "PRON", "AUX", "ADJ"],
        ["O"] * 5,
    )
    assert subject(doc[1]) is None


def test_a_person_named_after_an_organisation_and_a_title_speaks_not_the_organisation():
    body = (
        "Harbour Notes\n\n"
        '"We had to give way on the pier," said United Auto Workers Secretary-Treasurer '
        "Carew Pengelly.\n"
    )
    a = analyze(extract_text(body, "t.txt"))
    (q,) = a.quotes
    assert q.speaker == "Carew Pengelly"
    assert ("Carew Pengelly", "PERSON") in {(e.name, e.type) for e in a.entities}


def test_a_cue_after_a_phrase_between_commas_takes_the_name_that_opens_it():
    from tui_reader.analyze.quotes.speaker import subject

    # "Jory Pascoe, wearing a hat, said it was wrong", the name not parsed as the subject
    words = ["Jory", "Pascoe", ",", "wearing", "a", "hat", ",", "said", "it", "was", "wrong"]
    heads = [1, 7, 7, 7, 5, 3, 7, 7, 9, 7, 9]
    deps = [
        "compound",
        "npadvmod",
        "punct",
        "advcl",
        "det",
        "dobj",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "acomp",
    ]
    pos = ["PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ"]
    doc = _parsed(words, heads, deps, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert subject(doc[7]).text == "Pascoe"
    # the same words where the cue hangs on a noun of a list ("asked about X, called ..."):
    # no speaker is guessed
    deps[7], heads[7] = "acl", 1
    heads[1] = 1
    deps[1] = "ROOT"
    doc = _parsed(words, heads, deps, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert subject(doc[7]) is None


def test_a_report_and_an_assurance_are_cues():
    body = (
        "Harbour Notes\n\n"
        "The Harbour Gazette reported on Thursday that “the pier will close for a month while "
        "the pilings are replaced.”\n\n"
        "Mayor Tamsin Vell assured residents that the ferry would keep “every sailing.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["the"] == "Harbour Gazette"
    assert speakers["every"] == "Tamsin Vell"


def test_a_quote_after_a_colon_belongs_to_the_subject_before_it():
    body = (
        "Harbour Notes\n\n"
        "Jory Pascoe waved the crowd quiet, then leaned into the microphone and boomed: "
        "“We open the pier in May.”\n\n"
        "The harbour plan has three stages: “dredging, piling and decking.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["We"] == "Jory Pascoe"
    assert speakers.get("dredging,") is None


def test_a_quote_opening_the_paragraph_after_reported_speech_is_that_speakers():
    body = (
        "Harbour Notes\n\n"
        "Jory Pascoe was quick to add that the divers had saved the council a fortune.\n\n"
        "“Without them the pier would still be a ruin.”\n\n"
        "The ferry timetable changes in May.\n\n"
        "“Sailings every hour, weather permitting.”\n"
    )
    a = analyze(extract_text(body, "t.txt"))
    by_text = {q.text.split()[0]: q for q in a.quotes}
    assert by_text["the"].kind == "indirect" and by_text["the"].speaker == "Jory Pascoe"
    assert by_text["Without"].speaker == "Jory Pascoe"
    assert by_text["Sailings"].speaker is None


def test_a_writing_speaks_for_whoever_issued_it():
    body = (
        "Harbour Notes\n\n"
        "The Harbour Gazette has long backed the pier.\n\n"
        "“There are limpets with more backbone than this council,” reads a Wednesday "
        "editorial in The Harbour Gazette.\n\n"
        "“The pier will open in May,” said a statement from Penwith Council.\n\n"
        "“Nothing will change,” Kernow Ferries’s statement said.\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["There"] == "Harbour Gazette"
    assert speakers["The"] == "Penwith Council"
    assert speakers["Nothing"] == "Kernow Ferries"


def test_the_person_at_the_end_of_a_run_of_titles_speaks():
    body = (
        "Harbour Notes\n\n"
        "“The pier is about turnout,” said former Cornwall Gov. and Harbour Board Chairman "
        "Jory Pascoe.\n\n"
        "“We sailed at dawn,” said Royal Navy 1st Lt. Tamsin Vell.\n\n"
        "Or maybe the ferry, harbour consultant Lowenna Carne says. “Ferries carry more "
        "people than the pier ever will.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["The"] == "Jory Pascoe"
    assert speakers["We"] == "Tamsin Vell"
    assert speakers["Ferries"] == "Lowenna Carne"


def test_a_quote_with_no_cue_goes_on_in_the_voice_of_the_sentence_before():
    body = (
        "Harbour Notes\n\n"
        "“The ferry is late again,” said Jory Pascoe.\n\n"
        "The council will not pay, but Tamsin Vell wants the trust to step in. “We need a "
        "pier that lasts a hundred years.”\n\n"
        "Lowenna Carne via Harbour Images.\n\n"
        "“Storms will come every winter.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["We"] == "Tamsin Vell"
    assert speakers["Storms"] != "Lowenna Carne"  # a photo credit has no clause


def test_any_verb_right_after_a_quote_closed_by_a_comma_reports_it():
    body = (
        "Harbour Notes\n\n"
        "“The ferry is late again,” Jory Pascoe started.\n\n"
        "“The harbour is full,”Tamsin Vell said.\n"
    )
    a = analyze(extract_text(body, "t.txt"))
    speakers = {q.text.split()[1]: (q.speaker, q.cue) for q in a.quotes}
    assert speakers["ferry"] == ("Jory Pascoe", "started")
    assert [q.speaker for q in a.quotes if q.text.startswith("The harbour")] == ["Tamsin Vell"]


def test_a_closing_mark_glued_to_the_next_word_is_its_own_token():
    doc = nlp.load()("It was paranoia,”Clinton said.")
    assert [t.text for t in doc][3:6] == [",", "”", "Clinton"]


def test_a_writing_named_before_a_colon_gives_its_owner_as_speaker():
    body = (
        "Harbour Notes\n\n"
        "Aides say the mayor plans to back the pier. From Tamsin Vell’s Facebook post: “We "
        "must finish what we started.”\n\n"
        "Jory Pascoe’s letter makes a plain case: “The ferry cannot wait another winter.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["We"] == "Tamsin Vell"
    assert speakers["The"] == "Jory Pascoe"


def test_a_cue_after_a_quote_that_opens_the_next_quote_is_the_next_ones():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "Tamsin Vell responds to Jory Pascoe with, “Why now? That was on my way to "
        "Penzance?” Pascoe then writes back, “You look tired.”\n\n"
        "“We sail at dawn,” Vell said, “and not before.”\n\n"
        "Lowenna Carne proclaimed at the quay, “The ferry is saved.”\n"
    )
    assert speakers["Why"] == "Tamsin Vell"
    assert speakers["You"] == "Jory Pascoe"
    assert speakers["We"] == speakers["and"] == "Tamsin Vell"
    assert speakers["The"] == "Lowenna Carne"


def test_a_cue_with_an_object_before_a_quote_introduces_it():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "“The ferry is late again,” said Jory Pascoe.\n\n"
        "Tamsin Vell touted her record as the founder of the harbour trust. “We need a pier "
        "that lasts a hundred years.”\n"
    )
    assert speakers["We"] == "Tamsin Vell"


def test_a_quote_set_off_by_dashes_belongs_to_the_subject_before_it():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "“The ferry is late again,” said Lowenna Carne.\n\n"
        "When Jory Pascoe finally wrapped up — “We will rebuild this pier!” — the crowd "
        "cheered.\n"
    )
    assert speakers["We"] == "Jory Pascoe"


def test_after_a_cue_that_follows_the_quote_the_subject_after_it_speaks():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "The plans went on show at the quay.\n\n"
        '"Meh," wrote a pier supporter who saw the plans.\n\n'
        "“We sail at dawn,” said the coxswain, Elowen Penrose.\n"
    )
    assert speakers["Meh,"] == "a pier supporter"
    assert speakers["We"] == "Elowen Penrose"


def test_several_quoted_words_in_a_persons_clause_are_theirs_whatever_the_verb():
    body = (
        "Harbour Notes\n\n"
        'Morwenna Tregear backs "fair and regular dredging contracts" for the quay. '
        'She rejects "anything that leaves the pilots guessing" and wants a vote soon. '
        'The board watched "Harbour Lights Tonight" on Friday. '
        'Tregear liked the "quiet" mood.'
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["fair"] == "Morwenna Tregear"
    assert speakers["anything"] == "Morwenna Tregear"
    assert "Harbour" not in speakers  # a title: its words are capitalised
    assert "quiet" not in speakers  # one word is a scare quote, not a quote


def test_according_to_a_source_speaks_for_words_no_person_in_the_clause_said():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        'According to the harbour board, the pilots would call the plan a "reckless gamble" '
        "if it went ahead. "
        "The pier shut because, according to Morwenna Tregear, the papers would call it a "
        '"death trap" if it stayed open. '
        'According to the Gazette, the crews wore shirts that read "Ferries First" at the rally. '
        'According to Tamsin Vell, it appears the "done" was about a post Ruth Penrose wrote.'
    )
    assert speakers["reckless"] == "the harbour board"
    assert speakers["death"] == "Morwenna Tregear"
    assert speakers["Ferries"] == "Gazette"
    assert speakers["done"] == "Tamsin Vell"


def test_according_to_a_source_leaves_a_persons_own_words_theirs():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        'According to the Gazette, Morwenna Tregear praised her "wonderful crew" at dinner.'
    )
    assert speakers["wonderful"] == "Morwenna Tregear"


def test_people_named_between_commas_after_a_description_are_who_speaks():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "The harbour history has two authors. Its authors, Ruth and Tamsin Penrose, wrote "
        'that the pier "was built in haste and mended at leisure" by the board.\n\n'
        "The quay has a new keeper. Her deputies, Alan Pascoe and others, said the pier was "
        '"quite safe" in summer.'
    )
    assert speakers["was"] == "Tamsin Penrose"
    assert speakers["quite"] == "Alan Pascoe"  # the one named of the group


def test_a_group_speaks_through_the_person_it_names_as_its_example():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        "The plan drew fire from the islands. Leading harbour pilots like Morwenna Tregear "
        'countered that "every crossing will be late" in winter.\n\n'
        'Critics such as Alan Pascoe said the plan was "simply reckless" for the islands.\n\n'
        'Harbour officials including the deputy master said the timetable was "fine".'
    )
    assert speakers["every"] == "Morwenna Tregear"
    assert speakers["simply"] == "Alan Pascoe"
    assert speakers["fine"] == "Harbour officials"  # the example is no name


def test_a_possessed_description_takes_the_name_the_story_ties_to_it_later():
    speakers = _speakers_by_first_word(
        "Harbour Notes\n\n"
        'Cornwall\'s harbour master warned that the ferries "will not sail" if the storm '
        "grows worse.\n\nCornwall's harbour master Morwenna Tregear said the board had met."
        '\n\nTregear\'s office said the notice was "final" on Monday.'
    )
    assert speakers["will"] == "Morwenna Tregear"
    assert speakers["final"] == "Tregear's office"  # an office is its holder's, not a name


def test_a_description_that_says_whose_it_is_is_not_the_last_unnamed_speaker():
    a = analyze(
        extract_text(
            "Harbour Notes\n\n"
            "Ferry delays have doubled in a decade, according to a study.\n\n"
            "The authors of the research argued that the timetable brought "
            '"real benefits for the islands" at a cost.',
            "t.txt",
        )
    )
    (q,) = [q for q in a.quotes if "real benefits" in q.text]
    assert (q.speaker or "").startswith("The authors of the research")


def test_the_statement_speaks_for_whoever_issued_it():
    body = (
        "Harbour Notes\n\n"
        "A pilot who asked not to be named said the dredging had been botched. "
        "Tregear Shipping said in a statement on Monday that it would appeal the ruling. "
        '"We strongly disagree with the decision and will say so in court," the statement said.'
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["We"] == "Tregear Shipping"


def test_a_survey_keeps_its_own_voice():
    body = (
        "Harbour Notes\n\n"
        "Morwenna Tregear said on Monday that the pier would reopen in June. "
        "A survey of harbour users was published the same day. "
        '"Most users want the pier open all year and at night," the survey said.'
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["Most"] == "the survey"


def test_a_question_put_to_someone_is_answered_by_them():
    body = (
        "Harbour Notes\n\n"
        '"The pier will not open this summer," Morwenna Tregear said on Monday. '
        '"Not even in August?" a reporter asked. "Not even then."'
    )
    speakers = {q.text: q.speaker for q in analyze(extract_text(body, "t.txt")).quotes}
    assert speakers["Not even in August?"] == "a reporter"
    assert "Tregear" in (speakers["Not even then."] or "")


def test_a_second_question_stays_with_the_one_asking():
    body = (
        "Harbour Notes\n\n"
        '"The pier will not open this summer," Morwenna Tregear said on Monday.\n\n'
        '"Is the money gone?" Jory Pascoe pressed. "Has the board spent it all?"'
    )
    speakers = _speakers_by_first_word(body)
    assert "Pascoe" in (speakers["Has"] or "")


def test_the_sentence_after_a_quote_can_say_whose_words_they_were():
    body = (
        "Harbour Notes\n\n"
        "A pilot who asked not to be named said the dredging had been botched.\n\n"
        '"The decision is final and it will not be revisited." The words came from '
        "Morwenna Tregear, the chairwoman of the board, on Monday."
    )
    speakers = _speakers_by_first_word(body)
    assert "Tregear" in (speakers["The"] or "")


def test_less_common_verbs_of_saying_are_cues():
    body = (
        "Harbour Notes\n\n"
        '"Ferries must run all winter," opined the Kelsby Gazette.\n\n'
        'As the crowd cheered, his wife whispered to Morwenna Tregear: "They are still with you."'
    )
    speakers = _speakers_by_first_word(body)
    assert "Gazette" in (speakers["Ferries"] or "")
    assert speakers["They"] == "his wife"


def test_a_group_noun_whose_qualifier_names_another_body_is_not_the_last_company():
    body = (
        "Harbour Notes\n\n"
        "Kelsby Ferries defended its record on Monday. "
        '"We have never cancelled a sailing without cause," the company said.\n\n'
        'The harbour board said: "We will review every complaint."'
    )
    quotes = {q.text[:10]: q.speaker for q in analyze(extract_text(body, "t.txt")).quotes}
    assert quotes["We have ne"] == "Kelsby Ferries"  # "the company" is the one just named
    assert quotes["We will re"] == "The harbour board"


def test_words_quoted_in_what_a_named_persons_announcement_says_are_theirs():
    body = (
        "Harbour Notes\n\n"
        "Despite Morwenna Tregear’s announcement that the board had reached a “historic” "
        "deal with the ferry crews, nothing has been signed.\n\n"
        "Jory Pascoe said that Tregear’s “reckless” remarks had hurt the talks."
    )
    quotes = {q.text: q.speaker for q in analyze(extract_text(body, "t.txt")).quotes}
    assert "Tregear" in (quotes["historic"] or "")
    # a word for her remarks is not hers: it is the one who calls them so
    assert "Pascoe" in (quotes["reckless"] or "")


def test_a_quote_after_a_paraphrase_by_any_verb_of_saying_is_the_paraphrasers():
    body = (
        "Harbour Notes\n\n"
        "Jory Pascoe elaborated in a column for the Gazette that ferries now moored at the "
        "quay, even those that sailed before the storm began, may sail again.\n\n"
        "“A winter ferry would pay for itself within three years, and the council knows it.”\n\n"
        "Morwenna Tregear mentioned that the pier should close.\n\n"
        "“Nobody walks there in January, not even the dogs.”\n\n"
        "Lowenna Carne thinks the pier should stay.\n\n"
        "“Children fish from it every summer holiday, whatever the weather.”\n"
    )
    a = analyze(extract_text(body, "t.txt"))
    speakers = {q.text.split()[0]: q.speaker for q in a.quotes}
    assert speakers["A"] == "Jory Pascoe"
    assert speakers["Nobody"] == "Morwenna Tregear"
    assert speakers["Children"] is None  # an opinion, not a statement
    assert all(q.kind != "indirect" for q in a.quotes)  # the paraphrases stay paraphrases


def test_a_name_right_before_a_second_verb_is_its_speaker():
    body = (
        "Harbour Notes\n\n"
        "If you doubt the council, the Harbour Gazette will brand you a liar and Kernow "
        "Radio will accuse you of spreading a “wild rumour.”\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["wild"] == "Kernow Radio"


def test_the_ministry_is_an_organisation_with_ministry_in_its_name():
    body = (
        "Harbour Notes\n\n"
        "The Harbour Forum opened in Penzance on Friday, and Kernow Ferries sent a delegate.\n\n"
        "“Outsiders should keep their promises,” the ministry said in a statement.\n\n"
        "The Fisheries Ministry was not at the forum. “We will study the plan,” the "
        "ministry said later.\n"
    )
    speakers = _speakers_by_first_word(body)
    assert speakers["Outsiders"] == "the ministry"  # not the forum named last
    assert speakers["We"] == "Fisheries Ministry"
