"""A separate process that saves synthetic articles into a library (for fault tests).

    python library_worker.py DATA_DIR TAG COUNT

Prints each saved id on its own line, flushed, after its transaction commits.
"""

import sys

from tui_reader.library import open_library
from tui_reader.model import Article, Block
from tui_reader.sources import Fetched


def article(tag: str, n: int) -> tuple[Fetched, Article]:
    text = f"Story {n} from {tag}. " + "The harbour quay reopened after repairs. " * 40
    source = f"https://{tag}.example/story/{n}"
    return (
        Fetched(source=source, data=text.encode() * 3, kind="html", url=source),
        Article(
            source=source,
            text=text,
            title=f"{tag} story {n}",
            blocks=(Block("paragraph", 0, len(text)),),
        ),
    )


def main() -> None:
    data_dir, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    lib = open_library(data_dir)
    for n in range(count):
        fetched, art = article(tag, n)
        article_id = lib.save(fetched, art)
        print(article_id, flush=True)
    lib.close()


if __name__ == "__main__":
    main()
