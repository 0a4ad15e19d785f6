"""The reader's own settings (the theme chosen in the palette), in a small JSON file beside
the library. A missing or damaged file is no settings, never an error."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FILE_NAME = "settings.json"


def settings_path(data_dir: str | os.PathLike | None = None) -> Path:
    from .library.store import default_home

    home = Path(data_dir).expanduser() if data_dir else default_home()
    return home / FILE_NAME


def load_settings(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(path: Path, key: str, value: Any) -> bool:
    """Set one setting, written whole to a temporary file then moved into place; False
    when it could not be written (the setting is a nicety)."""
    data = load_settings(path)
    data[key] = value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return False
    return True
