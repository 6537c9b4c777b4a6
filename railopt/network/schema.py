"""The schema of every network data file (see networks/README.md for the prose version)."""

from __future__ import annotations

from railopt.tables import Column, Schema

TRAIN_TYPES = ("local", "rapid", "special-rapid", "limited-express", "shinkansen", "tram", "cable", "bus")
LINE_CLASSES = ("trunk", "local", "other")  # 幹線, 地方交通線; other = not a JR line

STATIONS = Schema(
    "stations",
    columns=(
        Column("id"),
        Column("name_en"),
        Column("name_ja"),
        Column("name_kana"),
        Column("lat", "float"),
        Column("lon", "float"),
        Column("codes", required=False),
        Column("group", required=False),
        Column("note", required=False),
    ),
)

GROUPS = Schema(
    "groups",
    columns=(
        Column("id"),
        Column("name_en"),
        Column("name_ja"),
        Column("name_kana", required=False),
        Column("note", required=False),
    ),
)

TRANSFERS = Schema(
    "transfers",
    columns=(
        Column("from"),
        Column("to"),
        Column("minutes", "int"),
        Column("note", required=False),
    ),
)

LINE = Schema(
    "line",
    header=(
        Column("id"),
        Column("name"),
        Column("name_ja"),
        Column("operator"),
        Column("statutory_line"),
        Column("line_class"),
        Column("loop", "bool", required=False),
        Column("km_origin", required=False),
    ),
    columns=(
        Column("station"),
        Column("km", "float"),
        Column("fare_km", "float", required=False),
        Column("note", required=False),
    ),
)

SERVICES = Schema(
    "services",
    header=(Column("line"), Column("minutes")),
    columns=(
        Column("service"),
        Column("train_type"),
        Column("name"),
        Column("station"),
        Column("minute", "float", required=False),
        Column("note", required=False),
    ),
)
