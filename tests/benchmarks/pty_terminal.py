"""Drive a terminal program in a pseudo-terminal and time what reaches the screen.

The benchmarks use it to measure what a user sees: from process start to the first frame
holding some text, and from a key press to the end of the frame it causes. The program
runs with TERM=xterm-256color at a fixed size; we answer Textual's query for synchronized
output, so that every frame arrives between ``CSI ? 2026 h`` and ``CSI ? 2026 l`` and a
frame's end can be seen in the byte stream. CPU time is read from /proc for the program's
own process (all its threads, from /proc/PID/task/*/schedstat), so a child process
(the analysis) is not counted.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from collections.abc import Sequence

SYNC_QUERY = b"\x1b[?2026$p"
SYNC_SUPPORTED = b"\x1b[?2026;2$y"  # "reset, can be set": Textual then brackets frames
FRAME_END = b"\x1b[?2026l"
PAGE_DOWN = b"\x1b[6~"


class Terminal:
    def __init__(
        self,
        argv: Sequence[str],
        *,
        size: tuple[int, int] = (120, 40),
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> None:
        columns, lines = size
        child_env = dict(os.environ)
        # as installed, Python caches bytecode; a sandbox that forbids it would make every
        # start compile the whole package again, which no user pays twice
        child_env.pop("PYTHONDONTWRITEBYTECODE", None)
        child_env.update(TERM="xterm-256color", COLUMNS=str(columns), LINES=str(lines))
        child_env.update(env or {})
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the program
            if cwd:
                os.chdir(cwd)
            os.execvpe(argv[0], list(argv), child_env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        self.buffer = b""  # everything read since the last mark
        self.total = 0

    # --- reading -------------------------------------------------------------------

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            raise EOFError("the program ended") from None
        if not chunk:
            raise EOFError("the program ended")
        if SYNC_QUERY in self.buffer[-16:] + chunk:
            os.write(self.fd, SYNC_SUPPORTED)
        self.buffer += chunk
        self.total += len(chunk)
        return True

    def wait_for(self, needle: bytes, timeout: float = 60.0) -> float:
        """Seconds from the start until ``needle`` has been written to the terminal."""
        end = time.perf_counter() + timeout
        while needle not in self.buffer:
            if time.perf_counter() > end:
                raise TimeoutError(f"{needle!r} never reached the screen")
            self._read(0.05)
        return time.perf_counter() - self.started

    def settle(self, quiet: float = 0.3, timeout: float = 30.0) -> None:
        """Read until nothing has been written for ``quiet`` seconds."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end and self._read(quiet):
            pass
        self.buffer = b""

    def press(self, key: bytes, timeout: float = 30.0) -> tuple[float, float]:
        """(wall, cpu) seconds from writing ``key`` to the end of the frame it caused."""
        self.buffer = b""
        cpu = self.cpu_seconds()
        start = time.perf_counter()
        os.write(self.fd, key)
        end = start + timeout
        while FRAME_END not in self.buffer:
            if time.perf_counter() > end:
                raise TimeoutError("no frame after the key")
            self._read(0.05)
        wall = time.perf_counter() - start
        return wall, self.cpu_seconds() - cpu

    def cpu_seconds(self) -> float:
        """CPU time of all the program's threads, in nanosecond resolution (schedstat);
        threads that ended meanwhile are not counted."""
        total = 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{task}/schedstat", encoding="ascii") as fh:
                    total += int(fh.read().split()[0])
            except (FileNotFoundError, ProcessLookupError):
                pass
        return total / 1e9

    # --- ending --------------------------------------------------------------------

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
            deadline = time.perf_counter() + 5
            while time.perf_counter() < deadline:
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    break
                time.sleep(0.02)
            else:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
