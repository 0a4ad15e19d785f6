"""Articles from the web: one GET with firm limits on time, size, redirects and type."""

from __future__ import annotations

import ipaddress
import threading
import time
import zlib
from contextlib import suppress
from dataclasses import replace
from urllib.parse import urlsplit

import httpx

from .. import __version__
from .base import DEFAULT_LIMITS, Fetched, Limits, SourceError, binary_kind, is_url, sniff_kind

USER_AGENT = f"tui-reader/{__version__} (+terminal news reader)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
ACCEPTED_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
# A feed comes as any of these (and a site's page, to find its feed in).
FEED_TYPES = {
    **ACCEPTED_TYPES,
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/feed+json": "feed",
    "application/json": "feed",
}


_TLS_LOCK = threading.Lock()
_TLS: list = []


def _tls():
    """One TLS context for every request: building one reads the CA bundle (~15 ms of CPU),
    which a refresh of 200 feeds would otherwise pay 200 times."""
    with _TLS_LOCK:
        if not _TLS:
            _TLS.append(httpx.create_ssl_context())
        return _TLS[0]


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
    feed: bool = False,
) -> Fetched:
    """GET ``url``; raise SourceError with a one-line reason when it cannot be used.
    With ``feed``, feed types (RSS, Atom, JSON Feed) are accepted as well as pages.

    ``limits.timeout`` is one deadline for everything: connecting, each redirect, the
    headers and the body. A server that sends its headers a byte at a time cannot hold
    the reader past it: the request runs in a thread that is abandoned at the deadline."""
    url = url.strip()
    if not is_url(url):
        scheme = urlsplit(url).scheme or "none"
        raise SourceError(f"unsupported URL scheme '{scheme}' (use http or https)")
    deadline = time.monotonic() + limits.timeout
    outcome: dict[str, Fetched | BaseException] = {}
    clients: list[httpx.Client] = []

    def run() -> None:
        try:
            types = FEED_TYPES if feed else ACCEPTED_TYPES
            outcome["done"] = _fetch(url, limits, etag, last_modified, deadline, clients, types)
        except BaseException as exc:  # handed to the caller's thread
            outcome["done"] = exc

    worker = threading.Thread(target=run, name="tui-reader-fetch", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()) + 0.5)
    if worker.is_alive():
        for client in clients:  # let the abandoned request end as soon as it can
            with suppress(Exception):
                client.close()
        raise SourceError(f"timed out after {limits.timeout:g} s")
    done = outcome["done"]
    if isinstance(done, BaseException):
        raise done
    return done


def _fetch(
    url: str,
    limits: Limits,
    etag: str | None,
    last_modified: str | None,
    deadline: float,
    clients: list[httpx.Client],
    types: dict[str, str] = ACCEPTED_TYPES,
) -> Fetched:
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = httpx.Timeout(limits.timeout)
    try:
        with httpx.Client(
            follow_redirects=False, timeout=timeout, headers=headers, verify=_tls()
        ) as client:
            clients.append(client)
            request = client.build_request("GET", url)
            permanent = None  # every redirect so far was permanent (301, 308)
            for _hop in range(limits.max_redirects + 1):
                response = client.send(request, stream=True)
                try:
                    if not response.is_redirect or response.next_request is None:
                        got = _answer(url, response, limits, deadline, etag, last_modified, types)
                        if permanent:  # the source has moved for good: callers may follow
                            got = replace(got, moved_to=str(request.url))
                        return got
                    nxt = response.next_request
                    permanent = (permanent is not False) and response.status_code in (301, 308)
                finally:
                    response.close()
                if not redirect_allowed(str(request.url), str(nxt.url)):
                    raise SourceError(
                        f"redirected from a public address to a private one ({nxt.url.host}); "
                        "refused"
                    )
                if time.monotonic() > deadline:
                    raise SourceError(f"timed out after {limits.timeout:g} s")
                request = nxt
            raise SourceError("too many redirects (a redirect loop?)")
    except SourceError:
        raise
    except httpx.InvalidURL as exc:
        raise SourceError(f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise SourceError(_describe(exc)) from None
    except (OSError, ValueError) as exc:  # sockets, bad header values
        raise SourceError(str(exc) or type(exc).__name__) from None


def _answer(
    url: str,
    response: httpx.Response,
    limits: Limits,
    deadline: float,
    etag: str | None,
    last_modified: str | None,
    types: dict[str, str] = ACCEPTED_TYPES,
) -> Fetched:
    """The final response, read within the limits."""
    if response.status_code == 304:
        if not (etag or last_modified):
            raise SourceError("the server answered 304 (not modified) to a plain request")
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
        wait = _retry_after(response) if response.status_code in (429, 503) else None
        later = f" (retry after {wait} s)" if wait is not None else ""
        raise SourceError(f"HTTP {response.status_code} {phrase}".rstrip() + later)
    mime, charset = _content_type(response.headers.get("content-type"))
    if mime is not None and mime not in types:
        wanted = "a feed or a page" if types is not ACCEPTED_TYPES else "an article (HTML or text)"
        raise SourceError(f"is {mime}, not {wanted}")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise SourceError(
            f"is too large ({_mb(int(declared))}; the limit is {_mb(limits.max_bytes)})"
        )
    data = _read_body(response, limits, deadline)
    what = binary_kind(data)
    if what:
        raise SourceError(f"is a {what}, not an article (HTML or text)")
    if not data.strip():
        raise SourceError("the page is empty")
    kind = types.get(mime or "") or sniff_kind(data)
    return Fetched(
        source=url,
        data=data,
        kind=kind,
        url=str(response.url),
        charset=charset,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )


def _retry_after(response: httpx.Response) -> int | None:
    """Seconds a server asks to wait (``Retry-After``: seconds or an HTTP date), capped."""
    value = (response.headers.get("retry-after") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return min(int(value), 86_400)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0, min(int(when - time.time()), 86_400))


def _private(host: str | None) -> bool:
    """Whether ``host`` is this machine or a private network (by its literal address, or
    the names that always mean this machine)."""
    if not host:
        return True
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def redirect_allowed(from_url: str, to_url: str) -> bool:
    """A page on the public web may not send the reader into this machine or its network
    (a redirect to 127.0.0.1, 10.x, 192.168.x ...); a local page may go anywhere."""
    return _private(urlsplit(from_url).hostname) or not _private(urlsplit(to_url).hostname)


class _Layer:
    """One content-coding layer, undone with a cap on what it may produce. "deflate" is
    zlib-wrapped by the standard and raw in practice: both are read."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.inflater = zlib.decompressobj(wbits=31 if "gzip" in coding else 15)
        self.started = False

    def feed(self, data: bytes, cap: int) -> bytes:
        try:
            out = self.inflater.decompress(data, cap + 1)
        except zlib.error:
            if self.coding != "deflate" or self.started:
                raise
            self.inflater = zlib.decompressobj(wbits=-15)  # raw deflate, no zlib header
            out = self.inflater.decompress(data, cap + 1)
        self.started = True
        if self.inflater.unconsumed_tail:  # more than cap + 1 bytes in this layer alone
            raise _TooLarge
        return out

    @property
    def eof(self) -> bool:
        return self.inflater.eof


class _TooLarge(Exception):
    pass


def _layers(header: str) -> list[_Layer]:
    """Decoders for a Content-Encoding list, the last applied first undone."""
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    layers = []
    for coding in reversed(codings):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise SourceError(f"uses a content encoding tui-reader cannot read ({coding})")
        layers.append(_Layer(coding))
    return layers


def _read_body(response: httpx.Response, limits: Limits, deadline: float) -> bytes:
    """Stream the raw body and undo every content-coding layer here, so that a truncated
    stream is caught and the size cap holds after each layer (no gzip bombs)."""
    layers = _layers(response.headers.get("content-encoding", ""))
    cap = limits.max_bytes
    chunks: list[bytes] = []
    total = 0
    for raw in response.iter_raw():
        chunk = raw
        try:
            for layer in layers:
                chunk = layer.feed(chunk, cap)
        except zlib.error:
            raise SourceError(
                "the response body is damaged (it could not be decompressed)"
            ) from None
        except _TooLarge:
            raise SourceError(f"is too large (over {_mb(cap)})") from None
        total += len(chunk)
        if total > cap:
            raise SourceError(f"is too large (over {_mb(cap)})")
        if time.monotonic() > deadline:
            raise SourceError(f"timed out after {limits.timeout:g} s")
        chunks.append(chunk)
    if any(not layer.eof for layer in layers):
        raise SourceError("the response body is damaged (the compressed data is cut short)")
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n % (1024 * 1024) else f"{n // (1024 * 1024)} MB"
