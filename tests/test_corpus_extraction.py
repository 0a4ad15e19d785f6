"""Body-text quality on the aeb-dev pages, scored with the field's shingle metric."""

import gzip
import importlib.util
import json

from conftest import CORPUS, needs_corpus

from tui_reader.extract.html import extract_html

F1_BAR = 0.975


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_extraction", CORPUS / "score_extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_aeb_dev_f1():
    needs_corpus()
    truth = json.loads((CORPUS / "aeb-dev" / "ground-truth.json").read_text("utf-8"))
    pred = {}
    for page_id, item in truth.items():
        data = gzip.decompress((CORPUS / "aeb-dev" / "html" / f"{page_id}.html.gz").read_bytes())
        pred[page_id] = {"articleBody": extract_html(data, page_id, url=item["url"]).text}
    p, r, f1, _ = _scorer().score(truth, pred)
    print(f"aeb-dev: precision={p:.3f} recall={r:.3f} f1={f1:.3f}")
    assert f1 >= F1_BAR
