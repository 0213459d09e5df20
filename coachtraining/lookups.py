"""``IN`` a list of ids, with one parameter for the whole list on PostgreSQL.

Django binds ``field__in=[...]`` as one ``%s`` per value; on PostgreSQL (client-side
binding) psycopg splits the SQL at every placeholder and quotes each value. The supervisor
dashboard names its page of trainees (up to 1,000) in eight queries: with this lookup, and
a few attribute reads moved out of its loops, building its rows costs about a quarter less
CPU, measured in-process (docs/benchmarks.md). ``field = ANY(%s::integer[])`` with the ids
as one array literal is the same condition. Other databases get Django's ``IN``.
"""
from django.core.exceptions import EmptyResultSet
from django.db.models.lookups import In


def int_array_literal(ids) -> str:
    """``'{1,2,3}'``: integer ids as one PostgreSQL array literal (cast it: ``%s::integer[]``).
    Only ints (not bools, not strings), so nothing else can end up in the SQL."""
    ids = list(ids)
    for value in ids:
        if type(value) is not int:  # noqa: E721 (bool is an int, and not an id)
            raise TypeError(f"Expected integer ids, not {value!r}.")
    return "{" + ",".join(map(str, ids)) + "}"


def any_of(ids, db_type: str) -> tuple[str, list]:
    """``= ANY(%s::<db_type>[])`` and its one parameter, for PostgreSQL: what follows a column
    to match it against these integer ids (``InIds``; ``courses.enrollment_facts`` for long lists)."""
    return f"= ANY(%s::{db_type}[])", [int_array_literal(ids)]


class InIds(In):
    """``InIds(F("user_id"), ids)`` in ``filter()``: ``user_id IN ids``, for integer ids.

    On PostgreSQL the ids are one text parameter, ``'{1,2,3}'``, cast to the column's array
    type: psycopg dumps a list of ints as an array element by element, which costs more.
    """

    lookup_name = "in_ids"

    def get_prep_lookup(self):
        if self.rhs_is_direct_value():
            int_array_literal(self.rhs)  # only integer ids
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        if not self.rhs_is_direct_value():
            return self.as_sql(compiler, connection)
        if not self.rhs:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        condition, params = any_of(self.rhs, self.lhs.output_field.db_type(connection))  # a foreign key's: its target's
        return f"{lhs} {condition}", (*lhs_params, *params)
