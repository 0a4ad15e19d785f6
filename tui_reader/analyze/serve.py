"""The analysis server: `python -m tui_reader.analyze.serve`, spoken to over stdin/stdout.

Each message is a 4-byte big-endian length and a pickle: an Article in, ("ok", Analysis)
or ("error", message) out. Only tui-reader starts it, as its own child, on its own pipes.
"""

from __future__ import annotations

import pickle
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct(">I")


def write_message(stream: BinaryIO, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_message(stream: BinaryIO) -> Any:
    """The next message; EOFError when the other side is gone."""
    head = _read_exactly(stream, HEADER.size)
    (size,) = HEADER.unpack(head)
    return pickle.loads(_read_exactly(stream, size))


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    chunks = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def main() -> None:
    from . import analyze

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            article = read_message(stdin)
        except EOFError:
            return
        try:
            result: tuple[str, Any] = ("ok", analyze(article))
        except Exception as exc:  # report it and keep serving
            result = ("error", f"{type(exc).__name__}: {exc}")
        try:
            write_message(stdout, result)
        except (BrokenPipeError, OSError):
            return


if __name__ == "__main__":
    main()
