"""Who may buy a product: the eligibility rules named in the catalogue, each dated.

The rules come from the products' terms (sources in ``fares/products/*.toml``):

* ``temporary-visitor`` — a holder of a non-Japanese passport entering Japan with "temporary
  visitor" (短期滞在) status. (Japan Rail Pass; JR West passes; Kansai Railway Pass; visitor tickets.)
* ``jrp-japanese-abroad`` — a Japanese national living outside Japan. Up to 2017-05-31: with the
  right of permanent residence in that country, or married to a non-Japanese living there
  (Japan Rail Pass terms of May 2017). From 2017-06-01: living in that country for 10 consecutive
  years or more, with written proof.
* ``japanese-permanent-resident-abroad`` — a Japanese national holding permanent residence abroad
  (Kansai Railway Pass).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from railopt.errors import UnknownNameError

ENTRY_STATUSES = ("temporary-visitor", "resident", "other")
JRP_RULE_CHANGE = dt.date(2017, 6, 1)


@dataclass(frozen=True)
class Traveller:
    """The facts eligibility depends on. The default is a foreign temporary visitor."""

    entry_status: str = "temporary-visitor"
    nationality: str = "XX"  # ISO 3166 alpha-2; "JP" brings in the rules for Japanese nationals
    years_abroad: int = 0  # Japanese nationals: consecutive years living in the country of residence
    permanent_resident_abroad: bool = False
    married_to_non_japanese_abroad: bool = False

    def __post_init__(self) -> None:
        if self.entry_status not in ENTRY_STATUSES:
            raise UnknownNameError(f"unknown entry status {self.entry_status!r}; use one of {', '.join(ENTRY_STATUSES)}")

    @property
    def japanese(self) -> bool:
        return self.nationality.upper() == "JP"


def _temporary_visitor(t: Traveller, day: dt.date) -> str | None:
    if t.japanese:
        return "a Japanese passport holder is not a foreign temporary visitor"
    if t.entry_status != "temporary-visitor":
        return f"entry status is {t.entry_status}, not temporary-visitor (短期滞在)"
    return None


def _jrp_japanese_abroad(t: Traveller, day: dt.date) -> str | None:
    if not t.japanese:
        return "this rule is for Japanese nationals living abroad"
    if day < JRP_RULE_CHANGE:
        if t.permanent_resident_abroad or t.married_to_non_japanese_abroad:
            return None
        return "before 2017-06-01 a Japanese national abroad needed permanent residence there or a non-Japanese spouse living there"
    if t.years_abroad >= 10:
        return None
    return "from 2017-06-01 a Japanese national must have lived abroad for 10 consecutive years or more (years_abroad)"


def _japanese_permanent_abroad(t: Traveller, day: dt.date) -> str | None:
    if t.japanese and t.permanent_resident_abroad:
        return None
    return "needs a Japanese national with permanent residence abroad"


RULES = {
    "temporary-visitor": _temporary_visitor,
    "jrp-japanese-abroad": _jrp_japanese_abroad,
    "japanese-permanent-resident-abroad": _japanese_permanent_abroad,
}


def eligibility(rules: tuple[str, ...], traveller: Traveller, day: dt.date) -> tuple[bool, str]:
    """Whether ``traveller`` meets any of ``rules`` on ``day``, and why not (the reasons joined).

    Examples
    --------
    >>> eligibility(("temporary-visitor",), Traveller(entry_status="resident"), dt.date(2026, 5, 12))
    (False, 'entry status is resident, not temporary-visitor (短期滞在)')
    """
    if not rules:
        return True, ""
    reasons = []
    for rule in rules:
        if rule not in RULES:
            raise UnknownNameError(f"unknown eligibility rule {rule!r}; known: {', '.join(RULES)}")
        why = RULES[rule](traveller, day)
        if why is None:
            return True, ""
        reasons.append(why)
    return False, "; ".join(reasons)
