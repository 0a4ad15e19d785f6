"""A name inside a sentence stays in it, whatever its class says; only the box it opens on
hover goes, and text for screen readers only is still dropped."""

from lxml import html as lxml_html

from tui_reader.extract.html import extract_html, preclean

STORY = (
    "The harbour board met on Tuesday and voted to rebuild the pier before the summer, "
    "after a winter of storms had left it closed to boats and walkers alike."
)


def _cleaned(paragraph: str) -> str:
    doc = lxml_html.fromstring(f"<html><body><article><p>{paragraph}</p></article></body></html>")
    preclean(doc)
    return " ".join(doc.find(".//p").text_content().split())


def test_a_linked_company_name_stays_even_with_a_widget_after_it() -> None:
    said = _cleaned(
        "OSLO: <a href='/q/ACME' class='companyRollover'>Acme</a> <span data-w='ticker'></span>"
        " Ltd. said it would buy <a href='/q/BOLT' class='companyRollover'>Bolt</a>"
        "  <span class='ticker-widget'></span> Inc. next year."
    )
    assert said == "OSLO: Acme Ltd. said it would buy Bolt Inc. next year."


def test_a_name_that_opens_a_card_keeps_its_name_and_loses_the_card() -> None:
    card = (
        "<span class='rollover-people'><a class='rollover-people-link' href='/p/ana'>Ana Reis"
        "</a><span class='rollover-block'><a href='/a/1'>Mayor wins second term</a>"
        "<a class='more' href='/p/ana'>MORE</a></span></span>"
    )
    assert _cleaned(f"Harbour Mayor {card} (Ind.) opened the pier.") == (
        "Harbour Mayor Ana Reis (Ind.) opened the pier."
    )
    tooltip = "<span class='tooltip'>the levy<span class='tip'>A tax on boats</span></span>"
    assert _cleaned(f"They raised {tooltip} by a tenth.") == "They raised the levy by a tenth."


def test_what_is_not_a_name_in_a_sentence_still_goes() -> None:
    assert _cleaned("Read on <span class='visually-hidden'>(opens in a new tab)</span> here.") == (
        "Read on here."
    )
    ending = _cleaned("The pier reopens in May. <a class='rollover' href='/x'>More on it</a>")
    assert ending == "The pier reopens in May."  # nothing after it: a link of its own
    long_promo = (
        "<span class='promo'>our free morning newsletter with all the harbour news in it</span>"
    )
    assert _cleaned(f"Read {long_promo} every day.") == "Read every day."


def test_the_whole_page_keeps_the_name() -> None:
    page = (
        "<html><body><article>"
        f"<p>Harbour Mayor <span class='rollover-people'><a href='/p/ana'>Ana Reis</a>"
        "<span class='rollover-block'>Mayor since 2019. MORE</span></span> opened it.</p>"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )
    text = extract_html(page, "pier.html").text
    assert "Harbour Mayor Ana Reis opened it." in text and "Mayor since" not in text


def test_empty_boxes_in_a_line_are_each_looked_past_a_bounded_number_of_times(
    monkeypatch,
) -> None:
    import tui_reader.extract.inline as inline

    looks = 0
    empty = inline._empty

    def counted(el) -> bool:
        nonlocal looks
        looks += 1
        return empty(el)

    monkeypatch.setattr(inline, "_empty", counted)
    boxes = 2_000
    _cleaned("A line " + "<span class='ad'></span>" * boxes + " ends here.")
    # each box looks past at most two empty neighbours on each side: the old walk over
    # every empty neighbour took 30 s for 5,000 boxes
    assert looks <= 2 * inline.SKIPPED_WIDGETS * boxes


def test_a_name_styled_inside_its_link_keeps_every_word() -> None:
    said = _cleaned(
        "Shares of <a href='/q/A' class='companyRollover'>Acme <b>Holdings</b></a> fell, "
        "said <span class='rollover'><a href='/p/ana'>Ana <em>Reis</em></a>"
        "<span class='card'>Mayor since 2019</span></span> today."
    )
    assert said == "Shares of Acme Holdings fell, said Ana Reis today."
