"""Rendering for people: plans, rankings and the product list as rich tables (the CLI prints these)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.table import Table

from railopt.network.model import Network
from railopt.optimiser.plan import Plan
from railopt.optimiser.rank import Ranking
from railopt.products.catalogue import Product, sources_of
from railopt.products.eligibility import Traveller, eligibility


def yen(value: int) -> str:
    return f"¥{value:,}"


def print_plan(console: Console, network: Network, plan: Plan, title: str = "") -> None:
    data = plan.to_dict(network)
    party = ", ".join(f"{n} {c}{'s' if n > 1 else ''}" for c, n in plan.categories.items())
    console.print(f"[bold]{title or 'Trip plan'}[/bold]  ({party}; solver {plan.status}, {plan.solve_seconds:.2f} s)")
    if plan.purchases:
        table = Table("buy", "variant", "for", "qty", "valid", "days used", "price", title="What to buy")
        for p in plan.purchases:
            valid = p.first_day.isoformat() if p.first_day == p.last_day else f"{p.first_day} – {p.last_day}"
            table.add_row(p.name, p.variant, p.category, str(p.quantity), valid, str(p.days_used), yen(p.price_yen))
        console.print(table)
    else:
        console.print("Buy no pass: pay as you go (IC card or tickets).")
    table = Table("day", "date", "leg", "route", "paid by", "min", "cost", title="Day by day")
    for leg in data["legs"]:
        route = "\n".join(f"{s['train']} ({s['operator']}) {s['from']}–{s['to']}" for s in leg["segments"])
        paid = "\n".join(s["paid_by"] for s in leg["segments"])
        times = f" ×{leg['times']}" if leg["times"] > 1 else ""
        table.add_row(str(leg["day"]), leg["date"], f"{leg['from']} → {leg['to']}{times}", route, paid,
                      f"{leg['minutes']:.0f}", yen(leg["cost_yen"]))
    console.print(table)
    console.print(f"Total for the party [bold]{yen(plan.total_yen)}[/bold]; paying as you go {yen(plan.baseline_yen)}; "
                  f"saving [bold]{yen(plan.savings_yen)}[/bold]")
    for note in plan.notes:
        console.print(f"  · {note}")


def print_ranking(console: Console, rows: list[Ranking]) -> None:
    table = Table("product", "variant", "price", "days", "per day", "covers", "net saving", "break-even", "in plan",
                  title="Products ranked for this trip (adult prices; savings for the party)")
    for r in rows:
        table.add_row(r.name, r.cheapest_variant, yen(r.price_yen), str(r.days), yen(r.price_per_day_yen),
                      yen(r.covered_fares_yen), yen(r.net_saving_yen), yen(r.break_even_yen) if r.break_even_yen else "-",
                      "yes" if r.in_best_plan else "")
    console.print(table)


def product_rows(products: list[Product], day: dt.date, traveller: Traveller | None) -> list[dict[str, Any]]:
    """One row per product variant with a price on ``day`` (the JSON of ``railopt passes``)."""
    rows = []
    for p in products:
        if p.sale_windows and p.window(day) is None:
            continue
        ok, why = eligibility(p.eligibility, traveller, day) if traveller else (True, "")
        for v in p.variants:
            row = v.price(day)
            if row is None:
                if v.why_unpriced(day):
                    rows.append({"id": p.id, "name": p.name, "kind": p.kind, "variant": v.id, "variant_name": v.name,
                                 "days": v.days, "adult_yen": None, "child_yen": None, "price_per_day_yen": None,
                                 "valid_from": None, "valid_to": None, "day_kind": None, "eligible": ok, "why_not": why,
                                 "possibly_out_of_date": False, "attested": None, "source": None,
                                 "unpriced": v.why_unpriced(day)})
                continue
            days = max(1, v.days)
            rows.append({
                "id": p.id, "name": p.name, "kind": p.kind, "variant": v.id, "variant_name": v.name, "days": v.days,
                "adult_yen": row.adult, "child_yen": row.child,
                "price_per_day_yen": round(row.adult / days) if row.adult is not None and p.kind != "one-way" else None,
                "valid_from": row.valid_from.isoformat(), "valid_to": row.valid_to.isoformat() if row.valid_to else None,
                "day_kind": row.days, "eligible": ok, "why_not": why, "possibly_out_of_date": row.stale_on(day),
                "attested": row.attested.isoformat(), "source": "; ".join(sources_of(p)[s.strip()].url for s in row.source.split(";")),
            })
    return rows


def print_products(console: Console, rows: list[dict[str, Any]], day: dt.date) -> None:
    table = Table("id", "variant", "days", "adult", "child", "per day", "eligible", "note", title=f"Products on sale {day}")
    for r in rows:
        note = "possibly out of date (last sourced " + r["attested"] + ")" if r["possibly_out_of_date"] else ""
        note = r.get("unpriced") or note
        table.add_row(r["id"], r["variant_name"], str(r["days"]), yen(r["adult_yen"]) if r["adult_yen"] is not None else "-",
                      yen(r["child_yen"]) if r["child_yen"] is not None else "-",
                      yen(r["price_per_day_yen"]) if r["price_per_day_yen"] is not None else "-",
                      "yes" if r["eligible"] else f"no: {r['why_not']}", note)
    console.print(table)


def print_product(console: Console, p: Product, network: Network | None = None) -> None:
    console.print(f"[bold]{p.name}[/bold] ({p.id}) {p.name_ja} — {p.issuer}; {p.kind}, {p.validity}")
    if p.description:
        console.print(p.description)
    if p.eligibility:
        console.print(f"Eligibility: {', '.join(p.eligibility)}")
    if p.coverage:
        cov = p.coverage
        console.print("[bold]Covers[/bold]")
        for a in cov.areas:
            where = a.operator + (f": {', '.join(a.lines)}" if a.lines else " (all lines)")
            if a.between:
                names = [network.stations[s].name_en if network and s in network.stations else s for s in a.between]
                where += f" between {names[0]} and {names[1]}"
            console.print(f"  · {where}")
        console.print(f"  · charges covered for: {', '.join(cov.charges) or 'none (fare only)'}; seats: {', '.join(cov.seats)}")
        if cov.exclude_services:
            console.print(f"  · not: {', '.join(cov.exclude_services)}" + (f" (add-on: {cov.add_on})" if cov.add_on else ""))
        if cov.note:
            console.print(f"  · {cov.note}")
        console.print("  · beyond the area the fare is paid from the boundary station")
    for w in p.sale_windows:
        console.print(f"Edition {w.edition}: sold {w.sale_from} – {w.sale_to}, used {w.use_from} – {w.use_to}")
    table = Table("variant", "days", "from", "to", "adult", "child", "source")
    for v in p.variants:
        for row in v.prices:
            table.add_row(v.name + ("" if row.days == "any" else f" ({row.days})"), str(v.days), str(row.valid_from),
                          str(row.valid_to or ""), yen(row.adult) if row.adult is not None else "-",
                          yen(row.child) if row.child is not None else "-", row.source)
    console.print(table)
    if p.terms:
        console.print("[bold]Terms[/bold]")
        for t in p.terms:
            console.print(f"  · {t}")
    sources = sources_of(p)
    console.print("[bold]Sources[/bold]")
    for key in dict.fromkeys([*p.sources, *(s.strip() for v in p.variants for r in v.prices for s in r.source.split(";"))]):
        console.print(f"  · {key}: {sources[key].url} ({sources[key].date})")
