"""One model instance by equality lookups, and an UPDATE by them, without building an ORM
query each time.

Every signed-in request loads its user; every lesson view, lesson completion and quiz
submission loads an enrollment, a lesson progress row or a quiz attempt, and locks the
enrollment. Building each of those queries through the ORM (``filter()``, compiling the
SQL, the converters) costs more CPU than running it: 0.2-0.35 ms of a 0.45 ms lookup on
the project's VM, measured in-process (docs/benchmarks.md). ``get()`` builds the SQL once
per process for each *shape* of lookup (model, fields looked up, joins, lock) and binds
only the values afterwards; ``update()`` does the same for ``filter(...).update(...)``, the
compare-and-set writes of a lesson view and a quiz submission, ``create()`` for the
ledger's insert-unless-already-credited (``INSERT … ON CONFLICT DO NOTHING RETURNING``), and
``increment()`` for a counter row such as a certificate number sequence (``INSERT … ON
CONFLICT DO UPDATE … RETURNING``, where the ORM takes get_or_create, an UPDATE and a re-read).

What it returns is what the ORM would: the model's concrete fields in ``_meta`` order,
each value passed through the database backend's and the field's converters (as the
ORM's compiler does), the instance made with ``Model.from_db``; a joined relation is
cached on the instance as ``select_related`` would. The SQL is generated from ``_meta``,
never written by hand; ``tests/coachtraining/test_rows.py`` compares every kind of field
and lookup with the ORM's answer on SQLite and PostgreSQL.

It does equality on a model's own fields (``enrollment``, ``pk``), ``<field>__isnull``, and
equality on a field of a joined forward relation (``enrollment__user`` with
``related=("enrollment",)``), ``FOR UPDATE``, and (``select()``, for the few rows of one user)
``ORDER BY`` the model's own fields. Anything more belongs to the ORM.
"""
from __future__ import annotations

from functools import lru_cache

from django.core.exceptions import FieldDoesNotExist
from django.db import DEFAULT_DB_ALIAS, NotSupportedError, connections, transaction
from django.db.models import Model


def _check_plain(model, action: str) -> None:
    """One table per model: multi-table inheritance and proxies are the ORM's."""
    if model._meta.parents or model._meta.proxy:
        raise ValueError(f"rows.{action} does not handle inherited or proxy models ({model._meta.label}).")


class _Table:
    """A model's columns under one alias: SQL, attribute names and converters."""

    def __init__(self, model, alias: str, connection):
        _check_plain(model, "get")
        self.model = model
        self.alias = alias
        self.fields = model._meta.concrete_fields
        self.attnames = tuple(field.attname for field in self.fields)
        quote = connection.ops.quote_name
        self.columns = [f"{alias}.{quote(field.column)}" for field in self.fields]
        self.converters = []
        for index, field in enumerate(self.fields):
            column = field.get_col(alias)
            converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if converters:
                self.converters.append((index, converters, column))

    def column(self, name: str, connection) -> tuple[str, object]:
        return _column(self.model, name, connection, self.alias)

    def instance(self, row, start: int, connection, using: str):
        """The instance whose columns start at ``row[start]``, each value converted as the ORM does."""
        values = list(row[start : start + len(self.attnames)])
        for index, converters, column in self.converters:
            for converter in converters:
                values[index] = converter(values[index], column, connection)
        return self.model.from_db(using, self.attnames, values)


def _column(model, name: str, connection, alias: str | None) -> tuple[str, object]:
    """``alias."column"`` (or the bare quoted column) of field ``name``, and the field."""
    field = model._meta.pk if name == "pk" else model._meta.get_field(name)
    if not field.concrete or field.many_to_many:
        raise FieldDoesNotExist(f"{model._meta.label}.{name} is not a column.")
    column = connection.ops.quote_name(field.column)
    return (f"{alias}.{column}" if alias else column), field


def _conditions(lookups: tuple[tuple[str, bool | None], ...], resolve) -> tuple[list[str], list]:
    """SQL conditions and the fields whose values they bind, in order. ``lookups``: (name, None)
    for equality, (name, True/False) for ``name__isnull``. ``resolve(name)`` -> (column, field)."""
    conditions, fields = [], []
    for name, isnull in lookups:
        column, field = resolve(name)
        if isnull is None:
            conditions.append(f"{column} = %s")
            fields.append(field)
        else:
            conditions.append(f"{column} IS {'' if isnull else 'NOT '}NULL")
    return conditions, fields


def _split(lookups: dict) -> tuple[tuple[tuple[str, bool | None], ...], list]:
    """The shape of ``lookups`` (sorted names; ``__isnull`` with its value) and the values to bind."""
    shape, values = [], []
    for name in sorted(lookups):
        value = lookups[name]
        if name.endswith("__isnull"):
            if not isinstance(value, bool):
                raise ValueError(f"{name} takes True or False.")
            shape.append((name.removesuffix("__isnull"), value))
            continue
        if isinstance(value, Model):
            value = value.pk
        if value is None:
            raise ValueError(f"rows does not look up {name}=None; use {name}__isnull=True.")
        shape.append((name, None))
        values.append(value)
    return tuple(shape), values


def _bind(fields, values, connection) -> list:
    # As the ORM's exact lookup prepares its value.
    return [field.get_db_prep_value(field.get_prep_value(value), connection, prepared=True) for field, value in zip(fields, values)]


class _Shape:
    def __init__(
        self,
        model,
        names: tuple[tuple[str, bool | None], ...],
        related: tuple[str, ...],
        for_update: bool,
        using: str,
        order_by: tuple[str, ...] = (),
    ):
        connection = connections[using]
        quote = connection.ops.quote_name
        if for_update and related:
            raise ValueError("rows.get locks one table: no related with for_update.")
        base = _Table(model, "t0", connection)
        self.tables = [base]
        self.relations = []  # (foreign key field, table)
        joins = []
        for number, name in enumerate(related, start=1):
            field = model._meta.get_field(name)
            if not (field.many_to_one or field.one_to_one) or not field.concrete:
                raise ValueError(f"{model._meta.label}.{name} is not a forward foreign key.")
            table = _Table(field.related_model, f"t{number}", connection)
            kind = "LEFT OUTER JOIN" if field.null else "INNER JOIN"
            target = f"{table.alias}.{quote(field.target_field.column)}"
            joins.append(f"{kind} {quote(table.model._meta.db_table)} {table.alias} ON {target} = t0.{quote(field.column)}")
            self.tables.append(table)
            self.relations.append((field, table))
        by_relation = {field.name: table for field, table in self.relations}

        def resolve(name):
            relation, _, rest = name.partition("__")
            if not rest:
                return base.column(name, connection)
            if relation not in by_relation or "__" in rest:
                raise ValueError(f"rows.get looks up {name!r} only through a name in related.")
            return by_relation[relation].column(rest, connection)

        conditions, self.lookups = _conditions(names, resolve)  # self.lookups: the bound fields, in order
        ordering = [
            f"{base.column(name.removeprefix('-'), connection)[0]} {'DESC' if name.startswith('-') else 'ASC'}"
            for name in order_by
        ]
        self.sql = (
            f"SELECT {', '.join(column for table in self.tables for column in table.columns)}"
            f" FROM {quote(model._meta.db_table)} t0"
            + "".join(f" {join}" for join in joins)
            + (f" WHERE {' AND '.join(conditions)}" if conditions else "")
            + (f" ORDER BY {', '.join(ordering)}" if ordering else "")
            + (" FOR UPDATE" if for_update and connection.features.has_select_for_update else "")
        )

    def instances(self, row, connection, using: str):
        """The model instance of one result row, its joined relations cached on it."""
        instance = self.tables[0].instance(row, 0, connection, using)
        start = len(self.tables[0].attnames)
        for field, table in self.relations:
            related_instance = table.instance(row, start, connection, using)
            start += len(table.attnames)
            if related_instance.pk is None:  # no row on the other side of a nullable key
                related_instance = None
            field.set_cached_value(instance, related_instance)
        return instance


@lru_cache(maxsize=256)
def _shape(model, names, related, for_update, using, order_by=()) -> _Shape:
    return _Shape(model, names, related, for_update, using, order_by)


def get(model, *, related: tuple[str, ...] = (), for_update: bool = False, using: str = DEFAULT_DB_ALIAS, **lookups):
    """The one ``model`` row whose fields equal ``lookups``, or None. For lookups that match
    at most one row (a primary key, a unique pair); more than one raises
    ``MultipleObjectsReturned``. ``related``: forward foreign keys to load in the same query.
    A lookup value may be a model instance (its primary key is used); None is refused (the
    ORM's ``IS NULL`` is ``<field>__isnull=True`` here too)."""
    names, values = _split(lookups)
    shape = _shape(model, names, tuple(related), for_update, using)
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(shape.sql, _bind(shape.lookups, values, connection))
        rows = cursor.fetchmany(2)
    if not rows:
        return None
    if len(rows) > 1:
        raise model.MultipleObjectsReturned(f"More than one {model._meta.object_name} matches {lookups!r}.")
    return shape.instances(rows[0], connection, using)


def select(model, *, order_by: tuple[str, ...] = (), related: tuple[str, ...] = (), using: str = DEFAULT_DB_ALIAS, **lookups) -> list:
    """``list(model.objects.filter(**lookups).order_by(*order_by))``, lookups and ``related`` as
    for ``get``; ``order_by``: the model's own fields, ``-name`` for descending. For the few
    rows of one user (their enrollments, their roles): it fetches them all."""
    names, values = _split(lookups)
    shape = _shape(model, names, tuple(related), False, using, tuple(order_by))
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(shape.sql, _bind(shape.lookups, values, connection))
        return [shape.instances(row, connection, using) for row in cursor.fetchall()]


@lru_cache(maxsize=256)
def _update_shape(model, assigned: tuple[str, ...], names, using) -> tuple[str, list, list]:
    connection = connections[using]
    _check_plain(model, "update")
    assignments, targets = [], []
    for name in assigned:
        column, field = _column(model, name, connection, None)
        if field.primary_key or hasattr(field, "get_placeholder"):
            raise ValueError(f"rows.update does not set {model._meta.label}.{name}.")
        assignments.append(f"{column} = %s")
        targets.append(field)
    conditions, fields = _conditions(names, lambda name: _column(model, name, connection, None))
    sql = f"UPDATE {connection.ops.quote_name(model._meta.db_table)} SET {', '.join(assignments)}"
    if conditions:
        sql += f" WHERE {' AND '.join(conditions)}"
    return sql, targets, fields


def update(model, values: dict, *, using: str = DEFAULT_DB_ALIAS, **lookups) -> int:
    """``model.objects.filter(**lookups).update(**values)``, the number of rows changed.
    Lookups as for ``get`` (the model's own fields only); values are plain values (or model
    instances for foreign keys), never expressions. Like ``QuerySet.update``: no ``save()``,
    no signals, no ``auto_now``."""
    if not values:
        raise ValueError("rows.update needs values to set.")
    for name, value in values.items():
        if hasattr(value, "resolve_expression"):
            raise ValueError(f"rows.update sets plain values, not expressions ({name}).")
    names, lookup_values = _split(lookups)
    assigned = tuple(sorted(values))
    sql, targets, fields = _update_shape(model, assigned, names, using)
    connection = connections[using]
    params = [
        field.get_db_prep_save(values[name].pk if isinstance(values[name], Model) else values[name], connection)
        for name, field in zip(assigned, targets)
    ]
    params += _bind(fields, lookup_values, connection)
    with transaction.mark_for_rollback_on_error(using), connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


@lru_cache(maxsize=64)
def _insert_shape(model, unless_conflict_on: str | None, using) -> tuple[str, list]:
    connection = connections[using]
    features = connection.features
    if not (features.can_return_columns_from_insert and features.supports_ignore_conflicts):
        raise NotSupportedError(f"rows.create needs INSERT … RETURNING ({connection.display_name} has not).")
    _check_plain(model, "create")
    pk = model._meta.pk
    if not getattr(pk, "db_returning", False):
        raise ValueError(f"rows.create writes models whose key the database assigns ({model._meta.label}).")
    quote = connection.ops.quote_name
    fields = [field for field in model._meta.concrete_fields if field is not pk and not hasattr(field, "get_placeholder")]
    if len(fields) != len(model._meta.concrete_fields) - 1:
        raise ValueError(f"rows.create does not write {model._meta.label}'s fields with placeholders.")
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(field.column) for field in fields)})"
        f" VALUES ({', '.join(['%s'] * len(fields))})"
    )
    if unless_conflict_on is not None:
        target = model._meta.get_field(unless_conflict_on)
        if not target.unique:
            raise ValueError(f"{model._meta.label}.{unless_conflict_on} is not unique.")
        sql += f" ON CONFLICT ({quote(target.column)}) DO NOTHING"
    return f"{sql} RETURNING {quote(pk.column)}", fields


def create(instance, *, unless_conflict_on: str | None = None, using: str = DEFAULT_DB_ALIAS) -> bool:
    """Insert the unsaved ``instance`` (its fields' ``pre_save`` applied, e.g. ``auto_now_add``),
    set its primary key and return True. With ``unless_conflict_on`` (a unique field), a row
    already holding that value is left alone, nothing is raised and False is returned (the
    instance stays unsaved): one statement, no savepoint. Like ``bulk_create``: no ``save()``,
    no signals."""
    model = type(instance)
    sql, fields = _insert_shape(model, unless_conflict_on, using)
    connection = connections[using]
    params = [field.get_db_prep_save(field.pre_save(instance, True), connection) for field in fields]
    with transaction.mark_for_rollback_on_error(using), connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return False
    value, column = row[0], model._meta.pk.get_col(model._meta.db_table)
    for converter in connection.ops.get_db_converters(column) + column.get_db_converters(connection):
        value = converter(value, column, connection)
    instance.pk = value
    instance._state.adding = False
    instance._state.db = using
    return True


@lru_cache(maxsize=16)
def _increment_shape(model, counter: str, names: tuple[str, ...], using) -> tuple[str, list]:
    connection = connections[using]
    if not (connection.features.can_return_columns_from_insert and connection.features.supports_update_conflicts):
        raise NotSupportedError(f"rows.increment needs INSERT … ON CONFLICT … RETURNING ({connection.display_name} has not).")
    _check_plain(model, "increment")
    quote = connection.ops.quote_name
    keys = [_column(model, name, connection, None) for name in names]
    key_fields = {field.name for _, field in keys}
    unique_sets = [set(fields) for fields in model._meta.unique_together]
    unique_sets += [set(constraint.fields) for constraint in model._meta.total_unique_constraints]
    if key_fields not in unique_sets:
        raise ValueError(f"rows.increment looks up a unique set of fields; {sorted(key_fields)} is not one of {model._meta.label}'s.")
    column, field = _column(model, counter, connection, None)
    others = [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in key_fields and f is not field]
    if others:
        raise ValueError(f"rows.increment writes only the key and the counter; {model._meta.label} has more fields.")
    table = quote(model._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({', '.join(c for c, _ in keys)}, {column}) VALUES ({', '.join(['%s'] * len(keys))}, 1)"
        f" ON CONFLICT ({', '.join(c for c, _ in keys)}) DO UPDATE SET {column} = {table}.{column} + 1"
        f" RETURNING {column}"
    )
    return sql, [field for _, field in keys]


def increment(model, counter: str, *, using: str = DEFAULT_DB_ALIAS, **lookups) -> int:
    """Add one to ``counter`` of the row that ``lookups`` (equality on a unique set of the
    model's fields) finds, or create that row with 1; return the new value. One statement
    (``INSERT … ON CONFLICT (…) DO UPDATE … RETURNING``): the row stays locked until the
    transaction ends, so concurrent callers get consecutive values. For a model of only
    those fields and the counter; no ``save()``, no signals."""
    names, values = _split(lookups)
    if any(isnull is not None for _, isnull in names):
        raise ValueError("rows.increment looks up by equality only.")
    sql, fields = _increment_shape(model, counter, tuple(name for name, _ in names), using)
    connection = connections[using]
    with transaction.mark_for_rollback_on_error(using), connection.cursor() as cursor:
        cursor.execute(sql, _bind(fields, values, connection))
        return cursor.fetchone()[0]
