"""Typed access to JSON data read back (a timeline file): every bad field is a located error."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping

from chronicle.errors import TimelineFormatError

__all__ = ["Fields", "kind"]


class Fields:
    """One JSON object, read field by field; a missing or mistyped field raises a
    :class:`TimelineFormatError` naming the file and the field (``entries[3].date: ...``)."""

    def __init__(self, data: object, where: str, path: str) -> None:
        if not isinstance(data, Mapping):
            raise TimelineFormatError(path, f"{where or 'top level'}: expected an object, got {kind(data)}")
        self.data = data
        self.where = where
        self.path = path

    def fail(self, key: str, problem: str) -> TimelineFormatError:
        place = f"{self.where}.{key}" if self.where else key
        return TimelineFormatError(self.path, f"{place}: {problem}")

    def _get(self, key: str, required: bool) -> object:
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.data[key]

    def string(self, key: str, *, required: bool = True) -> str:
        value = self._get(key, required)
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {kind(value)}")
        return value

    def optional_string(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, f"expected a string or null, got {kind(value)}")
        return value

    def integer(self, key: str, *, default: int | None = None) -> int:
        value = self._get(key, default is None)
        if value is None and default is not None:
            return default
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(key, f"expected a non-negative integer, got {kind(value)}")
        return value

    def number(self, key: str, default: float) -> float:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self.fail(key, f"expected a finite number, got {kind(value)}")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {kind(value)}")
        return value

    def strings(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def objects(self, key: str, *, required: bool = False) -> list[object]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, got {kind(value)}")
        return value

    def day(self, key: str) -> dt.date:
        text = self.string(key)
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(key, f"not a YYYY-MM-DD date: {text!r}") from None


def kind(value: object) -> str:
    """What a JSON value is, for an error message: "the string 'x'", "a list", "null"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return f"the string {value!r}" if len(value) <= 40 else "a string"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, Mapping) else type(value).__name__
