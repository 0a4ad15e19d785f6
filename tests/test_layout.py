"""The article laid out as screen lines: every line within the measure in columns, whatever
the script, and every character of the text on one line."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tui_reader.extract.text import extract_text
from tui_reader.ui.layout import layout

# Written for this test: one paragraph of a report, as Chinese and Japanese print it, with
# no space between words.
CHINESE = (
    "北京时间周二，国家统计局公布了最新的经济数据，显示第三季度国内生产总值同比增长百分之"
    "四点九，略高于市场预期。分析人士指出，消费和服务业的回暖是推动增长的主要因素。"
)
JAPANESE = (
    "東京都は火曜日、新しい交通計画を発表し、二〇三〇年までに都内の渋滞を三割減らす目標を掲げた。"
)


def _shown(text: str, width: int) -> list[str]:
    article = extract_text(f"Report\n\n{text}", "r.txt")
    out = layout(article, width)
    return [
        " ".join(article.text[a.start : a.end] for a in line.atoms)
        for line in out.lines
        if line.atoms
    ]


@pytest.mark.parametrize("text", [CHINESE, JAPANESE, CHINESE + " Tokyo 2030 " + JAPANESE])
@pytest.mark.parametrize("width", [20, 41, 88])
def test_text_without_spaces_is_wrapped_by_its_columns(text: str, width: int) -> None:
    lines = _shown(text, width)
    assert all(cell_len(line) <= width for line in lines), [cell_len(x) for x in lines]
    assert "".join("".join(lines[1:]).split()) == "".join(text.split())  # nothing lost
    assert len(lines) > 2  # wrapped, not one line cropped at the edge


def test_a_latin_word_longer_than_the_measure_is_cut_a_column_short() -> None:
    lines = _shown("x" * 50, 20)
    assert [len(line) for line in lines[1:]] == [19, 19, 12]


def test_a_long_paragraph_without_spaces_is_laid_out_in_time_linear_in_its_length() -> None:
    import time

    def took(n: int) -> float:
        article = extract_text("Report\n\n" + "字" * n, "r.txt")
        start = time.perf_counter()
        layout(article, 88)
        return time.perf_counter() - start

    took(100)
    small, large = took(10_000), took(40_000)
    assert large < small * 4 * 2.0, (small, large)  # 4x the text: far from 16x
