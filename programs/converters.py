"""URL converters. ``<id:…>`` is ``<int:…>`` bounded to what a database key can hold.

Django's ``int`` converter accepts any number of digits, and a value past the 64-bit
range reaches the query: SQLite raises ``OverflowError`` (a 500) where a 404 is due. An
id converter that refuses such values makes every out-of-range id a plain 404 before
any view runs. Every route of ours that takes a database id uses it.
"""
from django.urls import register_converter

MAX_ID = 2**63 - 1  # the largest BIGINT (PostgreSQL and SQLite alike)


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("id out of range")  # the URL does not match: 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    register_converter(IdConverter, "id")
