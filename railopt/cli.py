"""The ``railopt`` command: a thin layer that parses options, calls the library and renders results."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from railopt.errors import RailoptError
from railopt.fares.quote import SEATS, FareQuote, pick_alternatives, quote
from railopt.network import load_network, load_uncached, search_stations

if TYPE_CHECKING:
    from railopt.network.model import Network
    from railopt.optimiser import Menu, Trip

console = Console(highlight=False)


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-05-12", param_hint="--date") from None


def _yen(value: int) -> str:
    return f"¥{value:,}"


def _print_quote(network: Any, q: FareQuote, title: str | None = None) -> None:
    name = lambda s: network.stations[s].name_en  # noqa: E731
    comps = q.components
    head = title or f"{name(q.origin)} → {name(q.destination)}"
    console.print(f"[bold]{head}[/bold]  {q.date}  {'child' if q.child else 'adult'}, {q.seat}")
    table = Table(show_header=True, header_style="bold")
    for col in ("operator", "line", "train", "from", "to", "km", "min"):
        table.add_column(col, justify="right" if col in ("km", "min") else "left")
    for s in q.route.segments:
        line = network.lines[s.line].name if s.line in network.lines else "walk"
        table.add_row(s.operator, line, s.service_name, name(s.origin), name(s.destination), f"{s.km:.1f}", f"{s.minutes:.0f}")
    console.print(table)
    parts = ", ".join(f"{k} {_yen(v)}" for k, v in comps.items() if v)
    console.print(f"Total [bold]{_yen(q.total_yen)}[/bold]  ({parts})  operating km {q.operating_km:.1f}, fare km {q.fare_km:.1f}, {q.route.minutes:.0f} min")
    for rule in q.rules:
        console.print(f"  · {rule}")


class _Group(click.Group):
    """Turns library errors into one-line ``Error: ...`` messages with exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RailoptError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
@click.version_option(package_name="railopt")
def cli() -> None:
    """railopt: exact Japanese rail fares, routes, and what to buy for a trip."""


@cli.command()
@click.argument("origin")
@click.argument("destination")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="Travel date (default: today).")
@click.option("--operator", help="Only this operator (e.g. JR).")
@click.option("--train", help="local, rapid, limited-express, shinkansen, nozomi, hikari, kodama, or a service name.")
@click.option("--seat", type=click.Choice(SEATS), default="non-reserved", show_default=True)
@click.option("--child", is_flag=True, help="Child fare (6-11 years).")
@click.option("--via", help="A station the route must pass.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def fare(origin: str, destination: str, date_: str | None, operator: str | None, train: str | None, seat: str,
         child: bool, via: str | None, fmt: str) -> None:
    """The fare from ORIGIN to DESTINATION on the cheapest sensible route."""
    network = load_network()
    best = quote(network, origin, destination, _date(date_), train=train, seat=seat, child=child, via=via, operator=operator)[0]
    if fmt == "json":
        click.echo(json.dumps(best.to_dict(network), ensure_ascii=False, indent=2))
    else:
        _print_quote(network, best)


@cli.command()
@click.argument("origin")
@click.argument("destination")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="Travel date (default: today).")
@click.option("-k", "k", type=click.IntRange(1, 10), default=3, show_default=True, help="How many alternatives.")
@click.option("--operator", help="Only this operator (e.g. JR).")
@click.option("--train", help="local, rapid, limited-express, shinkansen, or a service name.")
@click.option("--seat", type=click.Choice(SEATS), default="non-reserved", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def route(origin: str, destination: str, date_: str | None, k: int, operator: str | None, train: str | None,
          seat: str, fmt: str) -> None:
    """Up to K different routes from ORIGIN to DESTINATION, each with minutes, transfers and fare."""
    network = load_network()
    options = pick_alternatives(quote(network, origin, destination, _date(date_), train=train, seat=seat, operator=operator, k=k), k)
    if fmt == "json":
        click.echo(json.dumps([dict(q.to_dict(network), transfers=q.route.transfers) for q in options], ensure_ascii=False, indent=2))
        return
    for i, q in enumerate(options, 1):
        _print_quote(network, q, title=f"Option {i}: {q.route.minutes:.0f} min, {q.route.transfers} transfer(s), {_yen(q.total_yen)}")
        console.print()


@cli.command()
@click.argument("query")
def stations(query: str) -> None:
    """Stations whose name, reading or code matches QUERY."""
    network = load_network()
    table = Table("id", "English", "日本語", "かな", "codes", "lines")
    for sid in search_stations(network, query):
        s = network.stations[sid]
        lines = ", ".join(line.name for line in network.lines_at(sid))
        table.add_row(s.id, s.name_en, s.name_ja, s.name_kana, " ".join(s.codes), lines)
    console.print(table)


def _trip_menu(trip_file: str) -> tuple[Trip, Network, Menu]:
    """The trip file read and validated, the network, and the trip's menu of options (solve and rank)."""
    from railopt.optimiser import build_menu, load_trip

    trip = load_trip(trip_file)
    net = load_network()
    return trip, net, build_menu(net, trip)


@cli.command()
@click.argument("trip_file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--time-limit", type=click.FloatRange(0.1, 600), default=20.0, show_default=True, help="Solver time limit in seconds.")
def solve(trip_file: str, fmt: str, time_limit: float) -> None:
    """Solve a trip file: what to buy, how to pay each leg, and the total for the party."""
    from railopt.optimiser import solve_menu
    from railopt.reports import print_plan

    trip, net, menu = _trip_menu(trip_file)
    plan = solve_menu(net, menu, time_limit=time_limit)
    if fmt == "json":
        click.echo(json.dumps(plan.to_dict(net), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(plan.to_frame(net).to_csv(index=False), nl=False)
    else:
        print_plan(console, net, plan, trip.title)


@cli.command()
@click.argument("trip_file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--time-limit", type=click.FloatRange(0.1, 600), default=10.0, show_default=True, help="Solver time limit per solve.")
def rank(trip_file: str, fmt: str, time_limit: float) -> None:
    """Rank every product the traveller may buy for a trip: price, per day, coverage, net saving, break-even."""
    from railopt.optimiser.rank import rank as rank_menu
    from railopt.reports import print_ranking

    trip, net, menu = _trip_menu(trip_file)
    rows = rank_menu(net, menu, time_limit=time_limit)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
    else:
        print_ranking(console, rows)


@cli.group(cls=_Group, invoke_without_command=True)
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="Prices on this date (default: today).")
@click.option("--eligible-for", type=click.Choice(["temporary-visitor", "resident"]), help="Mark who may buy each product.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def passes(ctx: click.Context, date_: str | None, eligible_for: str | None, fmt: str) -> None:
    """Products on sale on a date with prices per day; `passes show ID` explains one."""
    if ctx.invoked_subcommand is not None:
        return
    from railopt.products import Traveller, catalogue
    from railopt.reports import print_products, product_rows

    day = _date(date_)
    traveller = Traveller(entry_status=eligible_for) if eligible_for else None
    rows = product_rows(list(catalogue().values()), day, traveller)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print_products(console, rows, day)


@passes.command("show")
@click.argument("product_id")
def passes_show(product_id: str) -> None:
    """What a product covers, its prices over time, terms and sources."""
    from railopt.products import find_product
    from railopt.reports import print_product

    print_product(console, find_product(product_id), load_network())


@cli.group(cls=_Group)
def network() -> None:
    """Inspect and validate the network data."""


@network.command()
def stats() -> None:
    """Counts of stations, lines and services per operator and line."""
    net = load_network()
    table = Table("operator", "line", "statutory line", "class", "stations", "km", "services")
    per_line = Counter(s.line for s in net.services)
    for line in sorted(net.lines.values(), key=lambda l: (l.operator, l.id)):
        table.add_row(line.operator, line.name, line.statutory_line, line.line_class, str(len(line.stations())),
                      f"{line.length10 / 10:.1f}", str(per_line[line.id]))
    console.print(table)
    ops = Counter(net.operator_of(s) for s in net.stations)
    for op, n in sorted(ops.items()):
        console.print(f"{op}: {n} stations")
    console.print(f"total: {len(net.stations)} stations, {len(net.lines)} lines, {len(net.services)} services, "
                  f"{net.graph.number_of_edges()} graph edges")


@network.command()
def check() -> None:
    """Validate every network and fare file; print what was checked."""
    from railopt.fares.data import load_jr_fare_data
    from railopt.fares.private import check_private_fare_data, load_private_fare_data

    net = load_uncached()
    data = load_jr_fare_data()
    private = load_private_fare_data()
    check_private_fare_data(net, private)
    click.echo(f"network ok: {len(net.stations)} stations, {len(net.lines)} lines, {len(net.services)} services "
               f"in {len(net.sources)} files")
    click.echo(f"fares ok: {len(data.sources)} JR files, {len(private.sources)} private-railway files "
               f"({len(private.operators)} operators)")
    from railopt.products.catalogue import holidays, load_catalogue

    (first, last), days = holidays()
    click.echo(f"products ok: {len(load_catalogue())} products; {len(days)} holidays {first}..{last}")


def main() -> None:
    """Entry point: every user error is one line ``Error: ...`` and a non-zero exit, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"Error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
