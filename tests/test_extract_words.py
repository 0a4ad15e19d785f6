"""Words counted in scripts written without spaces: a Chinese, Japanese or Thai story is
measured as a story, not as a handful of "words", and is read as one."""

from __future__ import annotations

import pytest

from tui_reader.extract.html import extract_html
from tui_reader.extract.words import count_words

# Written for these tests: a short economic report, a city's transport plan, a flood warning.
CHINESE = [
    "北京时间周二，国家统计局公布了最新的经济数据，显示第三季度国内生产总值同比增长百分之四点九。",
    "分析人士指出，消费和服务业的回暖是推动增长的主要因素，但房地产市场仍然低迷，对经济形成拖累。",
    "统计局发言人在新闻发布会上表示，随着一系列稳增长政策持续发力，经济运行总体回升向好。",
    "不过，多位经济学家警告说，外部需求减弱和地方政府债务问题仍是未来几个月需要关注的风险。",
]
JAPANESE = [
    "東京都は火曜日、新しい交通計画を発表し、二〇三〇年までに都内の渋滞を三割減らす目標を掲げた。",
    "計画では、自転車専用道路の整備や公共交通の増便が柱となっており、総事業費は約千二百億円に上る。",
    "知事は記者会見で、都民の生活の質を高めるために必要な投資だと強調した。",
    "一方、一部の専門家からは、財源の確保や実現可能性について疑問の声も上がっている。",
]
THAI = [
    "กรมอุตุนิยมวิทยาประกาศเตือนภัยน้ำท่วมในหลายจังหวัดทางภาคเหนือหลังจากฝนตกหนักต่อเนื่องสามวัน",
    "เจ้าหน้าที่ท้องถิ่นได้อพยพประชาชนกว่าสองพันคนออกจากพื้นที่เสี่ยงริมแม่น้ำเมื่อคืนวันอังคาร",
    "ผู้ว่าราชการจังหวัดกล่าวว่าทางการได้เตรียมศูนย์พักพิงชั่วคราวและอาหารไว้สำหรับผู้ประสบภัยแล้ว",
]


@pytest.mark.parametrize(
    ("text", "least", "most"),
    [
        ("The harbour trust met on Tuesday.", 6, 6),
        ("Der Hafenausschuss tagte am Dienstag über die neue Kaimauer.", 9, 9),
        (CHINESE[0], 20, 40),  # 45 characters: about two a word
        (JAPANESE[0], 20, 40),
        (THAI[0], 10, 25),  # about five letters a word
        ("東京 Tokyo", 2, 2),  # short: its pieces
        ("", 0, 0),
    ],
)
def test_words_are_counted_in_any_script(text: str, least: int, most: int) -> None:
    assert least <= count_words(text) <= most


def _page(paragraphs: list[str]) -> bytes:
    menu = "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(6))
    related = "".join(f"<li><a href='/r{i}'>另一篇文章的标题第{i}条</a></li>" for i in range(10))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>新闻</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<div class='main'><h1>标题</h1><div class='article'>{body}</div></div>"
        f"<div class='sidebar'><h3>热门</h3><ul>{related}</ul></div>"
        "<footer>版权所有</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("story", [CHINESE, JAPANESE, THAI], ids=["zh", "ja", "th"])
def test_a_story_written_without_spaces_is_read_as_a_story(story: list[str]) -> None:
    article = extract_html(_page(story), "t.html")
    assert article.note is None  # not "no article found: showing the page's text"
    for paragraph in story:
        assert paragraph in article.text
    assert "栏目" not in article.text and "另一篇文章" not in article.text


def test_a_page_with_no_title_is_named_by_its_first_letters_not_its_first_paragraph() -> None:
    body = "".join(f"<p>{p}</p>" for p in CHINESE)
    article = extract_html(f"<html><body><div>{body}</div></body></html>".encode(), "t.html")
    assert article.title == CHINESE[0][:24] + "…"
