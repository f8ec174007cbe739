"""Bases of the small value classes on the program's start path (the format spec, cell values,
findings, document metadata), written as plain classes with `__slots__`.

They behave as the dataclasses they replace: equality and `repr` follow the fields in order,
frozen records cannot be changed and hash like their compared fields, and all of them pickle
(the folder check sends units between processes). The decorator would generate these methods
from source text at import: on Python 3.11 that is one `exec` per method, ~50M instructions for
the fourteen classes of the start, a tenth of what the window adds to a bare PySide6 window.

A subclass lists its fields in `__slots__` (and `"__dict__"` as well if it uses
`functools.cached_property`), names the fields that are not compared in `_uncompared`, and
writes its own `__init__` (frozen records set their fields with `object.__setattr__`).
"""

from __future__ import annotations

from operator import attrgetter


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned or deleted."""


class _DataclassFields:
    """`__dataclass_fields__` of a record class, made the first time it is asked for, so that
    `dataclasses.fields`, `replace` and `asdict` work on records as on the dataclasses they were
    (tools and tests use them; the start never asks)."""

    def __get__(self, obj, owner):
        import dataclasses

        stand_in = dataclasses.make_dataclass(owner.__name__, [
            (f, owner.__annotations__.get(f, "object"), dataclasses.field(compare=f not in owner._uncompared))
            for f in owner._fields])
        fields = stand_in.__dataclass_fields__
        owner.__dataclass_fields__ = fields  # type: ignore[attr-defined]
        return fields


class Record:
    """A mutable record: compared by its fields, not hashable (like a dataclass with eq=True)."""

    __slots__ = ()
    __dataclass_fields__ = _DataclassFields()
    #: the fields in order (from `__slots__` of the class and its bases, "__dict__" left out)
    _fields: tuple[str, ...] = ()
    #: fields left out of equality (and of the hash of a frozen record)
    _uncompared: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        fields: list[str] = []
        for klass in reversed(cls.__mro__):
            for name in klass.__dict__.get("__slots__", ()):
                if name != "__dict__" and name not in fields:
                    fields.append(name)
        cls._fields = tuple(fields)
        compared = [f for f in fields if f not in cls._uncompared]
        getter = attrgetter(*compared) if compared else (lambda obj: ())
        cls._compared_values = staticmethod((lambda obj: (getter(obj),)) if len(compared) == 1 else getter)

    def _values(self) -> tuple:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._compared_values(self) == self._compared_values(other)
        return NotImplemented

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{self.__class__.__qualname__}({inner})"

    def __reduce__(self):
        return self.__class__, self._values()


class FrozenRecord(Record):
    """An immutable record: fields cannot be assigned or deleted; hashable by its compared fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._compared_values(self))

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")
