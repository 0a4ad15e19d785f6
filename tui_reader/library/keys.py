"""One key per thing read: URLs normalised (tracking parameters dropped), paths made
absolute, standard input by a digest of its bytes."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref_src)$", re.I)


def source_key(source: str) -> str:
    """One key per thing read: URLs normalised, paths made absolute."""
    s = source.strip()
    parts = urlsplit(s)
    if parts.scheme.lower() in ("http", "https"):
        host = (parts.hostname or "").lower()
        port = parts.port
        if port and not ((parts.scheme == "http" and port == 80) or port == 443):
            host = f"{host}:{port}"
        query = urlencode(
            [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not _TRACKING.match(k)
            ]
        )
        path = parts.path or "/"
        return urlunsplit((parts.scheme.lower(), host, path, query, ""))
    if s.startswith("stdin:"):
        return s
    return str(Path(s).expanduser().resolve())


def stdin_key(data: bytes) -> str:
    """Standard input has no name: the same bytes are the same article."""
    return "stdin:" + hashlib.sha1(data).hexdigest()[:16]
