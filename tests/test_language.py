"""The analysis reads English only: other languages are told apart and skipped."""

from __future__ import annotations

from tui_reader.analyze.language import foreign_language, not_analysed_note
from tui_reader.model import Article

ENGLISH = (
    "The council voted on Tuesday to close the old bridge for repairs that engineers say "
    "will take most of the summer, and the mayor said it was the right thing to do."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, "
    "die nach Angaben der Ingenieure den größten Teil des Sommers dauern werden, und das ist "
    "nicht die erste Sperrung."
)
SPANISH = (
    "El consejo votó el martes para cerrar el viejo puente por reparaciones que, según los "
    "ingenieros, durarán la mayor parte del verano, y el alcalde dijo que es lo correcto."
)
MENU = " ".join(
    "Home News Sport Weather Contact Login Register Classifieds Jobs Cars Homes Obituaries "
    "Archives Subscribe Advertise Events Photos Videos Podcasts Newsletters".split()
)


def test_english_prose_is_english_whatever_the_page_declares() -> None:
    assert foreign_language(Article("x", ENGLISH)) is None
    assert foreign_language(Article("x", ENGLISH, language="de")) is None


def test_other_languages_are_told_by_their_words_not_by_the_declaration() -> None:
    assert foreign_language(Article("x", GERMAN)) == ""  # a German page saying lang="en"
    assert foreign_language(Article("x", GERMAN, language="de")) == "de"
    assert foreign_language(Article("x", SPANISH, language="es")) == "es"


def test_another_script_is_not_english() -> None:
    russian = "Городской совет во вторник проголосовал за закрытие старого моста " * 4
    assert foreign_language(Article("x", russian, language="ru")) == "ru"


def test_a_menu_is_no_evidence_of_another_language() -> None:
    assert foreign_language(Article("x", MENU)) is None


def test_a_text_too_short_to_tell_keeps_its_declaration() -> None:
    assert foreign_language(Article("x", "Brücke gesperrt.", language="de")) == "de"
    assert foreign_language(Article("x", "Bridge closed.")) is None


def test_the_note_says_what_happened() -> None:
    assert "(de)" in not_analysed_note("de")
    assert "not in English" in not_analysed_note("")


def test_dump_skips_the_analysis_of_a_page_in_another_language(tmp_path) -> None:
    import json
    import subprocess
    import sys

    page = tmp_path / "de.txt"
    page.write_text(GERMAN * 3, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "tui_reader", "dump", "--format", "json", str(page)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["entities"] == data["quotes"] == data["figures"] == []
    assert "not in English" in r.stderr
