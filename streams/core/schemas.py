"""The JSON Schemas in `schemas/`: loading, and validation with clear errors.

The schemas document our messages for subscribers and tools; the msgspec structs in
`records.py` and `alerts.py` stay the one definition the code uses (a test keeps them in
step). Validation here is for tests, the CLI and debugging, not the hot path: msgspec
already type-checks while decoding.

The files are JSON Schema 2020-12 and refer to each other by `$id` (alert.schema.json
uses the $defs of enriched-article.schema.json), so they are validated with `jsonschema`
and a `referencing` registry holding all of them; fastjsonschema only knows drafts 4-7.
`date-time` formats are checked (jsonschema's own checker needs an optional package).
The directory is `schemas/` at the repository root (streams/../schemas).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
SUFFIX = ".schema.json"
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    """RFC 3339 date-time: the full form with a zone, and a real calendar date and time."""
    if not isinstance(value, str):
        return True  # formats only constrain strings
    if not _RFC3339.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))  # ValueError for 2025-02-30
    return True


class SchemaValidationError(ValueError):
    """An object does not match a schema; `errors` lists every problem as "path: message"."""

    def __init__(self, name: str, errors: list[str]) -> None:
        self.name = name
        self.errors = errors
        shown = "; ".join(errors[:5]) + (f"; ... ({len(errors)} errors)" if len(errors) > 5 else "")
        super().__init__(f"does not match schema {name!r}: {shown}")


def schema_names() -> list[str]:
    """Names of the shipped schemas ("alert", "article", ...), sorted."""
    return sorted(p.name.removesuffix(SUFFIX) for p in SCHEMA_DIR.glob(f"*{SUFFIX}"))


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The parsed schema `schemas/<name>.schema.json` (KeyError naming the choices if absent)."""
    path = SCHEMA_DIR / f"{name}{SUFFIX}"
    if not path.is_file():
        raise KeyError(f"no schema {name!r} in {SCHEMA_DIR}; known: {schema_names()}")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    resources = [Resource.from_contents(load_schema(name)) for name in schema_names()]
    return Registry().with_resources((r.id(), r) for r in resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """A checked, reusable validator for schema `name` (built once per process)."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry(), format_checker=_FORMATS)


def _path(error) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)


def errors(name: str, obj: Any) -> list[str]:
    """Every way `obj` (plain JSON data) fails schema `name`, as "path: message", sorted."""
    found = validator(name).iter_errors(obj)
    return sorted(f"{_path(e)}: {e.message}" for e in found)


def validate(name: str, obj: Any) -> None:
    """Raise SchemaValidationError, listing the problems, unless `obj` matches schema `name`."""
    problems = errors(name, obj)
    if problems:
        raise SchemaValidationError(name, problems)
