"""URL loading against a local server: every bad case is one clear line and exit 1."""

from conftest import gz, slow_body

ARTICLE = (
    "<html><head><title>Quay news</title></head><body><article>"
    + "<p>The harbour master said the quay would reopen on Monday after repairs.</p>" * 5
    + "</article></body></html>"
)


def _one_clear_line(result, source):
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"tui-reader: {source}: ")
    assert "Traceback" not in result.err
    return lines[0]


def test_200_page(http_server, run_cli):
    url = http_server.page("/a", ARTICLE)
    r = run_cli("dump", "-f", "text", "--extract-only", url)
    assert r.code == 0, r.err
    assert "harbour master said the quay would reopen" in r.out
    ua = http_server.hits[0][1].get("User-Agent", "")
    assert ua.startswith("tui-reader/")


def test_redirects_are_followed_and_url_is_final(http_server, run_cli):
    http_server.page("/final", ARTICLE)
    http_server.routes["/r1"] = lambda h: (302, {"Location": "/r2"}, b"")
    http_server.routes["/r2"] = lambda h: (301, {"Location": "/final"}, b"")
    r = run_cli("dump", "--extract-only", http_server.url("/r1"))
    assert r.code == 0, r.err
    assert '"url": "' + http_server.url("/final") + '"' in r.out


def test_redirect_loop(http_server, run_cli):
    http_server.routes["/loop"] = lambda h: (302, {"Location": "/loop"}, b"")
    url = http_server.url("/loop")
    line = _one_clear_line(run_cli("dump", "--extract-only", url), url)
    assert "redirect" in line


def test_404_and_500(http_server, run_cli):
    missing = http_server.url("/nope")
    assert "HTTP 404" in _one_clear_line(run_cli("dump", "--extract-only", missing), missing)
    broken = http_server.page("/boom", "<p>oops</p>", status=500)
    assert "HTTP 500" in _one_clear_line(run_cli("dump", "--extract-only", broken), broken)


def test_slower_than_timeout(http_server, run_cli):
    http_server.routes["/slow"] = lambda h: (200, {}, slow_body(3))
    url = http_server.url("/slow")
    line = _one_clear_line(run_cli("dump", "--extract-only", "--timeout", "0.5", url), url)
    assert "timed out" in line


def test_pdf_and_image_are_refused_by_type(http_server, run_cli):
    pdf = http_server.page("/doc.pdf", b"%PDF-1.7 ...", ctype="application/pdf")
    assert "application/pdf" in _one_clear_line(run_cli("dump", "--extract-only", pdf), pdf)
    png = http_server.page("/p.png", b"\x89PNG\r\n", ctype="image/png")
    assert "image/png" in _one_clear_line(run_cli("dump", "--extract-only", png), png)


def test_binary_body_labelled_as_html_is_refused(http_server, run_cli):
    url = http_server.page("/liar", b"%PDF-1.4 binary", ctype="text/html")
    assert "PDF" in _one_clear_line(run_cli("dump", "--extract-only", url), url)


def test_body_over_the_cap(http_server, run_cli):
    big = b"<p>" + b"x" * (11 * 1024 * 1024) + b"</p>"
    declared = http_server.page("/big", big)
    assert "too large" in _one_clear_line(run_cli("dump", "--extract-only", declared), declared)

    def chunked(h):  # no Content-Length: the cap must hold while streaming
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        piece = b"<p>" + b"y" * 65536 + b"</p>"
        try:
            for _ in range(200):
                h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass

    http_server.routes["/stream"] = lambda h: (200, {}, chunked)
    url = http_server.url("/stream")
    assert "too large" in _one_clear_line(run_cli("dump", "--extract-only", url), url)


def test_charset_from_meta_when_header_is_wrong_or_missing(http_server, run_cli):
    body = (
        '<html><head><meta charset="windows-1252"></head><body><article>'
        + "<p>The caf\u00e9 on the quay reopened on Monday after a month of repairs.</p>" * 4
        + "</article></body></html>"
    ).encode("cp1252")
    missing = http_server.page("/m", body, ctype="text/html")
    r = run_cli("dump", "-f", "text", "--extract-only", missing)
    assert r.code == 0 and "The caf\u00e9 on the quay" in r.out
    wrong = http_server.page("/w", body, ctype="text/html; charset=bogus-8")
    r = run_cli("dump", "-f", "text", "--extract-only", wrong)
    assert r.code == 0 and "The caf\u00e9 on the quay" in r.out


def test_gzip_body(http_server, run_cli):
    good = http_server.page("/gz", gz(ARTICLE.encode()), headers={"Content-Encoding": "gzip"})
    r = run_cli("dump", "-f", "text", "--extract-only", good)
    assert r.code == 0 and "harbour master" in r.out
    cut = gz(ARTICLE.encode() * 20)[:-40]
    bad = http_server.page("/cut", cut, headers={"Content-Encoding": "gzip"})
    line = _one_clear_line(run_cli("dump", "--extract-only", bad), bad)
    assert "damaged" in line or "broke" in line


def test_plain_text_url(http_server, run_cli):
    url = http_server.page(
        "/t",
        "Quay Reopens Monday\n\nThe quay reopens on Monday.",
        ctype="text/plain; charset=utf-8",
    )
    r = run_cli("dump", "-f", "markdown", "--extract-only", url)
    assert r.code == 0 and r.out.startswith("# Quay Reopens Monday")


def test_unreachable_host(run_cli):
    url = "http://127.0.0.1:9/nothing"
    assert "connect" in _one_clear_line(run_cli("dump", "--extract-only", url), url)
