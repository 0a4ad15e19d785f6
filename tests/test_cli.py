import json
from pathlib import Path

FIX = Path(__file__).parent / "fixtures"


def test_dump_json_one_object_per_line(run_cli):
    r = run_cli("dump", "--extract-only", str(FIX / "story.html"), str(FIX / "scraped.txt"))
    assert r.code == 0, r.err
    objs = [json.loads(line) for line in r.out.splitlines()]
    assert [o["title"] for o in objs] == [
        "Harbour town votes to rebuild its flooded pier",
        "Lifeboat crew rescues two swimmers off Gull Rock",
    ]
    assert all(o["schema"] == 1 and o["entities"] == [] for o in objs)
    for o in objs:
        for b in o["blocks"]:
            assert 0 <= b["start"] < b["end"] <= len(o["text"])


def test_dump_markdown(run_cli):
    r = run_cli("dump", "-f", "markdown", "--extract-only", str(FIX / "story.html"))
    assert r.code == 0, r.err
    out = r.out
    assert out.startswith("# Harbour town votes to rebuild its flooded pier\n")
    assert "By Morwenna Trelawney" in out and "2025-03-14" in out
    assert "Source: <https://courier.example/news/2025/pier-vote>" in out
    assert "## What happens next" in out
    assert "- clearing the wreckage" in out
    assert "> The pier is the town's front door" in out
    assert "[£4.2 million](<https://courier.example/budget/pier>)" in out
    assert "\\[bold\\]not bold\\[/bold\\]" in out  # page text escaped, not interpreted


def test_dump_text_is_the_body(run_cli):
    r = run_cli("dump", "-f", "text", "--extract-only", str(FIX / "scraped.txt"))
    assert r.code == 0
    assert r.out.startswith("*") is False
    assert r.out.splitlines()[0].startswith("Volunteers from the Porthkennack")


def test_stdin(run_cli):
    r = run_cli(
        "dump", "-f", "text", "--extract-only", "-", stdin=(FIX / "story.html").read_bytes()
    )
    assert r.code == 0 and "Councillors in Porthkennack" in r.out


def test_one_failure_among_several(run_cli, tmp_path):
    r = run_cli(
        "dump",
        "-f",
        "text",
        "--extract-only",
        str(FIX / "scraped.txt"),
        str(tmp_path / "missing.html"),
        str(tmp_path),
    )
    assert r.code == 1
    assert "Two swimmers were pulled" in r.out
    err = r.err.strip().splitlines()
    assert err == [
        f"tui-reader: {tmp_path / 'missing.html'}: no such file",
        f"tui-reader: {tmp_path}: is a directory, not an article file",
    ]


def test_binary_and_empty_files(run_cli, tmp_path):
    pdf = tmp_path / "report.html"
    pdf.write_bytes(b"%PDF-1.5\n\x00\x01binary")
    r = run_cli("dump", "--extract-only", str(pdf))
    assert r.code == 1 and "PDF document" in r.err and "Traceback" not in r.err
    blob = tmp_path / "blob"
    blob.write_bytes(b"\x00\x01\x02\x03" * 100)
    r = run_cli("dump", "--extract-only", str(blob))
    assert r.code == 1 and "binary file" in r.err
    stray = tmp_path / "stray.html"  # a CMS left a few NULs in the page: still a page
    story = (FIX / "story.html").read_bytes()
    stray.write_bytes(story.replace(b"</p>", b"\x00</p>", 3))
    r = run_cli("dump", "-f", "text", "--extract-only", str(stray))
    assert r.code == 0 and "Councillors in Porthkennack" in r.out and "\x00" not in r.out
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run_cli("dump", "--extract-only", str(empty))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1


def test_gzipped_file(run_cli, tmp_path):
    import gzip

    p = tmp_path / "story.html.gz"
    p.write_bytes(gzip.compress((FIX / "story.html").read_bytes()))
    r = run_cli("dump", "-f", "text", "--extract-only", str(p))
    assert r.code == 0 and "Councillors in Porthkennack" in r.out


def test_usage_errors_exit_2(run_cli):
    assert run_cli("dump").code == 2
    assert run_cli("dump", "--format", "yaml", "x").code == 2
    assert run_cli("dump", "--timeout", "-1", "x").code == 2


def test_unsupported_scheme(run_cli):
    r = run_cli("dump", "--extract-only", "ftp://files.example/a.html")
    assert r.code == 1 and "unsupported URL scheme 'ftp'" in r.err


def test_one_bad_source_does_not_stop_the_others(run_cli, tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<head")
    r = run_cli(
        "dump", "--extract-only", str(FIX / "story.html"), str(bad), str(FIX / "scraped.txt")
    )
    assert r.code == 1
    assert len(r.out.splitlines()) == 2
    assert r.err.count("tui-reader:") == 1 and "Traceback" not in r.err


def test_no_output_format_lets_an_escape_sequence_through(run_cli, tmp_path):
    page = tmp_path / "esc.html"
    page.write_bytes(
        "<html><head><title>T\x1b]52;c;aGk=\x07x \u202eevil</title>"
        '<link rel="canonical" href="http://e.example/\x9b2J"></head><body>'
        "<p>x \x1b[2J \x9b2J \u202eevil and words enough for a paragraph of story text.</p>"
        "</body></html>".encode()
    )
    for fmt in ("json", "markdown", "text"):
        r = run_cli("dump", "--extract-only", "-f", fmt, str(page))
        assert r.code == 0, r.err
        assert not any(c in r.out for c in "\x1b\x07\x9b\u202e"), fmt
        if fmt == "json":
            json.loads(r.out)
