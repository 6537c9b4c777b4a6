"""The schema of every fare data file under fares/ (tables are date-versioned)."""

from __future__ import annotations

from railopt.tables import Column, Schema

VALIDITY = (
    Column("valid_from", "date"),
    Column("valid_to", "date", required=False),
    Column("description"),
)

BAND_TABLE = Schema(
    "band table",
    header=(Column("table"), *VALIDITY),
    columns=(Column("km_from", "int"), Column("km_to", "int"), Column("adult_yen", "int"), Column("note", required=False)),
)

AREA = Schema(
    "area",
    header=(Column("area"), *VALIDITY),
    columns=(Column("line"), Column("from"), Column("to"), Column("note", required=False)),
)

SPECIFIC_FARES = Schema(
    "specific fares",
    header=(Column("description"),),
    columns=(
        Column("from"),
        Column("to"),
        Column("adult_yen", "int"),
        Column("valid_from", "date"),
        Column("valid_to", "date", required=False),
        Column("note", required=False),
    ),
)

CITY_ZONES = Schema(
    "city zones",
    header=VALIDITY,
    columns=(Column("zone"), Column("central_station"), Column("station"), Column("note", required=False)),
)

EXPRESS_BANDS = Schema(
    "limited-express charge table",
    header=(Column("table"), *VALIDITY),
    columns=(
        Column("km_from", "int"),
        Column("km_to", "int"),
        Column("non_reserved_yen", "int", required=False),
        Column("reserved_yen", "int", required=False),
        Column("note", required=False),
    ),
)

GREEN_BANDS = Schema(
    "green charge table",
    header=(Column("table"), *VALIDITY),
    columns=(Column("km_from", "int"), Column("km_to", "int"), Column("green_yen", "int"), Column("note", required=False)),
)

SHINKANSEN = Schema(
    "shinkansen charges",
    header=(Column("description"),),
    columns=(
        Column("from"),
        Column("to"),
        Column("non_reserved_yen", "int", required=False),
        Column("reserved_hikari_yen", "int", required=False),
        Column("reserved_nozomi_yen", "int", required=False),
        Column("valid_from", "date"),
        Column("valid_to", "date", required=False),
        Column("note", required=False),
    ),
)

SEASONS = Schema(
    "seasons",
    header=(Column("description"), Column("covered")),
    columns=(
        Column("date_from", "date"),
        Column("date_to", "date"),
        Column("season"),
        Column("company"),
        Column("note", required=False),
    ),
)

SECTION_CHARGES = Schema(
    "section charges",
    header=(Column("service"), Column("description")),
    columns=(
        Column("from"),
        Column("to"),
        Column("non_reserved_yen", "int", required=False),
        Column("reserved_yen", "int", required=False),
        Column("valid_from", "date"),
        Column("valid_to", "date", required=False),
        Column("note", required=False),
    ),
)

RESERVED_ONLY = Schema(
    "all-reserved trains",
    header=(Column("description"),),
    columns=(Column("service"), Column("valid_from", "date"), Column("valid_to", "date", required=False), Column("note", required=False)),
)

CALENDAR_BY_TRAIN = Schema(
    "season calendar by train",
    header=(Column("description"),),
    columns=(Column("service"), Column("valid_from", "date"), Column("valid_to", "date", required=False), Column("calendar"),
             Column("note", required=False)),
)

SURCHARGES = Schema(
    "additional fares",
    header=(Column("description"),),
    columns=(
        Column("line"), Column("from"), Column("to"), Column("adult_yen", "int", required=False),
        Column("valid_from", "date"), Column("valid_to", "date", required=False), Column("note", required=False),
    ),
)


# --- private railways and subways: fares/<operator>/<kind>_<valid_from>.csv ------------------------------------
# Every file names its operator (the display name used by the line files) and its validity; a blank
# valid_from means "since before railopt's sources" (files named <kind>_until-<date>.csv).
PRIVATE_HEADER = (
    Column("operator"),
    Column("valid_from", "date", required=False),
    Column("valid_to", "date", required=False),
)

PRIVATE_BANDS = Schema(
    "private band table",
    # km_basis: operating | fare (the lines' fare_km); km_rounding: up | none; child: half-up-10 | table;
    # applies_to: line ids (blank = every line of the operator)
    header=(*PRIVATE_HEADER, Column("km_basis"), Column("km_rounding"), Column("child"), Column("applies_to", required=False)),
    columns=(Column("km_from", "int"), Column("km_to", "int"), Column("adult_yen", "int"), Column("child_yen", "int", required=False)),
)

PRIVATE_PAIRS = Schema(
    "private pair fares",
    header=PRIVATE_HEADER,
    columns=(Column("from"), Column("to"), Column("adult_yen", "int"), Column("child_yen", "int", required=False),
             Column("note", required=False)),
)

PRIVATE_SURCHARGES = Schema(
    "private additional fares",
    header=PRIVATE_HEADER,
    columns=(Column("line"), Column("from"), Column("to"), Column("adult_yen", "int"), Column("child_yen", "int", required=False),
             Column("first_band_yen", "int", required=False), Column("note", required=False)),
)

PRIVATE_TRANSFER_DISCOUNTS = Schema(
    "transfer discounts",
    header=PRIVATE_HEADER,
    columns=(Column("operator_a"), Column("operator_b"), Column("via"), Column("adult_discount_yen", "int"),
             Column("child_discount_yen", "int", required=False), Column("stations_a", required=False),
             Column("stations_b", required=False), Column("note", required=False)),
)

PRIVATE_FARE_POINTS = Schema(
    "fare points",
    header=PRIVATE_HEADER,
    # stations: ids (space separated) priced as one station; minutes: the published time limit to re-enter
    columns=(Column("stations"), Column("minutes", "int", required=False), Column("note", required=False)),
)

PRIVATE_CHARGE_BANDS = Schema(
    "private charge bands",
    # connecting: sum-km = limited-express rides changing at one station are charged once, on their summed km
    header=(*PRIVATE_HEADER, Column("connecting", required=False)),
    columns=(Column("service"), Column("km_from", "int"), Column("km_to", "int"), Column("adult_yen", "int"),
             Column("child_yen", "int", required=False)),
)

PRIVATE_CHARGE_PAIRS = Schema(
    "private charge pairs",
    header=PRIVATE_HEADER,
    columns=(Column("service"), Column("from"), Column("to"), Column("adult_yen", "int"), Column("child_yen", "int", required=False)),
)
