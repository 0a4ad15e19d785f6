"""Articles from the web: one GET with firm limits on time, size, redirects and type."""

from __future__ import annotations

import time
import zlib
from urllib.parse import urlsplit

import httpx

from .. import __version__
from .base import DEFAULT_LIMITS, Fetched, Limits, SourceError, binary_kind, is_url, sniff_kind

USER_AGENT = f"tui-reader/{__version__} (+terminal news reader)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
ACCEPTED_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    parts = [p.strip() for p in header.split(";")]
    mime = parts[0].lower() or None
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mime, charset


def _describe(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects (a redirect loop?)"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.DecodingError):
        return "the response body is damaged (it could not be decompressed)"
    if isinstance(exc, httpx.ConnectError):
        reason = str(exc) or "connection failed"
        return f"could not connect ({reason})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke the connection ({exc})"
    return str(exc) or type(exc).__name__


def fetch_url(
    url: str,
    limits: Limits = DEFAULT_LIMITS,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url``; raise SourceError with a one-line reason when it cannot be used."""
    url = url.strip()
    if not is_url(url):
        scheme = urlsplit(url).scheme or "none"
        raise SourceError(f"unsupported URL scheme '{scheme}' (use http or https)")
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + limits.timeout
    timeout = httpx.Timeout(limits.timeout)
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=limits.max_redirects,
                timeout=timeout,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return Fetched(
                    source=url,
                    data=b"",
                    kind="html",
                    url=str(response.url),
                    etag=etag,
                    last_modified=last_modified,
                    not_modified=True,
                )
            if response.status_code >= 400:
                phrase = response.reason_phrase or ""
                raise SourceError(f"HTTP {response.status_code} {phrase}".rstrip())
            mime, charset = _content_type(response.headers.get("content-type"))
            if mime is not None and mime not in ACCEPTED_TYPES:
                raise SourceError(f"is {mime}, not an article (HTML or text)")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise SourceError(
                    f"is too large ({_mb(int(declared))}; the limit is {_mb(limits.max_bytes)})"
                )
            data = _read_body(response, limits, deadline)
            final_url = str(response.url)
            etag_out = response.headers.get("etag")
            modified_out = response.headers.get("last-modified")
    except SourceError:
        raise
    except httpx.InvalidURL as exc:
        raise SourceError(f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise SourceError(_describe(exc)) from None
    except (OSError, ValueError) as exc:  # sockets, bad header values
        raise SourceError(str(exc) or type(exc).__name__) from None
    what = binary_kind(data)
    if what:
        raise SourceError(f"is a {what}, not an article (HTML or text)")
    if not data.strip():
        raise SourceError("the page is empty")
    kind = ACCEPTED_TYPES.get(mime or "") or sniff_kind(data)
    return Fetched(
        source=url,
        data=data,
        kind=kind,
        url=final_url,
        charset=charset,
        etag=etag_out,
        last_modified=modified_out,
    )


def _read_body(response: httpx.Response, limits: Limits, deadline: float) -> bytes:
    """Stream the body, decompressing gzip/deflate here so that a truncated stream is
    caught and the size cap holds for the decompressed bytes (no gzip bombs)."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = zlib.decompressobj(wbits=47) if encoding in ("gzip", "x-gzip", "deflate") else None
    chunks: list[bytes] = []
    total = 0
    stream = response.iter_raw() if inflater else response.iter_bytes()
    for raw in stream:
        try:
            chunk = inflater.decompress(raw, limits.max_bytes + 1) if inflater else raw
        except zlib.error:
            raise SourceError(
                "the response body is damaged (it could not be decompressed)"
            ) from None
        total += len(chunk)
        if total > limits.max_bytes:
            raise SourceError(f"is too large (over {_mb(limits.max_bytes)})")
        if time.monotonic() > deadline:
            raise SourceError(f"timed out after {limits.timeout:g} s")
        chunks.append(chunk)
    if inflater is not None and not inflater.eof:
        raise SourceError("the response body is damaged (the compressed data is cut short)")
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n % (1024 * 1024) else f"{n // (1024 * 1024)} MB"
