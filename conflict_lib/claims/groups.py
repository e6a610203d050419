"""Claim groups, the one roll-up: the same figure from the same claimant about the same
losses is one claim group however many articles re-tell it. ``with_claim_groups`` keys
each claim; ``claim_groups`` rolls them up, one row per group, in the one order that the
ledger, the charts and the notebooks all show (subject as in actors.csv, outcome, stance,
figure). Also the names and labels of actors and figures those rows carry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from conflict_lib.claims.normalise import STANCES
from conflict_lib.claims.outcomes import OUTCOMES
from conflict_lib.claims.review_status import EXTRACTED, REVIEWED
from conflict_lib.corpus.dating import usable_dates
from conflict_lib.reference import Actors, actors

EQUIPMENT_OUTCOMES = ("equipment_seized", "equipment_destroyed")


OUTCOME_PARTS = {
    "killed_or_wounded": ("killed", "wounded"),
    "killed_or_captured": ("killed", "captured"),
}


# How a figure was stated → legend entry and marker shape.
FORMS = ("exact", "about", "at least", "up to", "range or vague word", "no number")


FORM_OF = {
    "exact": "exact",
    "approx": "about",
    "at_least": "at least",
    "at_most": "up to",
    "range": "range or vague word",
    "vague": "range or vague word",
    "none": "no number",
}


GROUP_COLUMNS = (
    "claim_group",
    "subject",
    "subject_name",
    "subject_label",
    "outcome",
    "outcome_label",
    "claimant",
    "claimant_name",
    "claimant_label",
    "stance",
    "low",
    "best",
    "high",
    "precision",
    "form",
    "figure",
    "figures_stated",
    "quantified",
    "articles",
    "independent",
    "article_ids",
    "outlets",
    "syndication_groups",
    "published",
    "quote",
    "claim_ids",
    "places",
    "quantity_raw",
    "review_status",
)


def actor_name(actor_id: object, table: Actors | None = None) -> str:
    """Full name(s) from actors.csv, lumps joined with ' + '; unknown ids as they are."""
    if actor_id is None or pd.isna(actor_id):
        return "unresolved"
    table = (table or actors()).by_id
    return " + ".join(table[i].name if i in table else i for i in str(actor_id).split("+"))


def short_name(actor_id: object, table: Actors | None = None) -> str:
    """The short form for axes: the parenthesised part of a name ('FAMa'), else the name."""
    if actor_id is None or pd.isna(actor_id):
        return "unresolved"
    table = (table or actors()).by_id
    parts = []
    for ident in str(actor_id).split("+"):
        name = table[ident].name if ident in table else ident
        if name.endswith(")") and "(" in name:
            name = name[name.rindex("(") + 1 : -1]
        parts.append(name.replace("The outlet's own reporting", "outlet (own voice)"))
    return " + ".join(parts)


def outcome_label(outcome: str) -> str:
    """'killed_or_wounded' → 'killed or wounded'."""
    return str(outcome).replace("_", " ")


def _subject_key(subject: str, table: Actors) -> tuple[int, ...]:
    """Order subjects as in actors.csv; a lump sorts right after its first member."""
    ids = table.aliases.ids
    return tuple(ids.index(i) if i in ids else len(ids) for i in str(subject).split("+"))


def _stated_figure(row: pd.Series) -> str:
    raw = row["quantity_raw"]
    words = "" if raw is None or pd.isna(raw) else str(raw).strip(" \"'\u201c\u201d")
    text = figure_text(row["low"], row["best"], row["high"], row["precision"], words)
    return text.replace("unquantified", "no number")


def date_text(value: object) -> str:
    return (
        "no date" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")
    )


def joined_text(values: Iterable[object]) -> str:
    return ", ".join(dict.fromkeys(str(v) for v in values if v is not None and not pd.isna(v)))


def claim_groups(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    include_equipment: bool = False,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """One row per claim group of ``ok`` claims with a subject and an outcome.

    The figure is that of the group's first carrier (articles in corpus order), as in
    the ledger; ``figures_stated`` lists every wording that the copies use. Sorted by
    subject (actors.csv order), outcome, stance, then figure. Names come from the
    actors.csv of ``reference_dir`` (default data/reference).
    """
    table = actors(reference_dir)
    ok = claims[(claims["status"] == "ok") & claims["subject"].notna() & claims["outcome"].notna()]
    if not include_equipment:
        ok = ok[~ok["outcome"].isin(EQUIPMENT_OUTCOMES)]
    if outcomes is not None:
        ok = ok[ok["outcome"].isin(list(outcomes))]
    ok = ok.sort_values(["article_id", "start", "claim_id"], kind="stable", na_position="last")
    if len(ok):
        ok = ok.assign(published=ok["article_id"].map(usable_dates(claims)))
    rows = [_group_row(group, part, table) for group, part in ok.groupby("claim_group", sort=True)]
    frame = pd.DataFrame(rows, columns=list(GROUP_COLUMNS))
    return _sorted_groups(frame, table)


def _group_row(group: str, part: pd.DataFrame, table: Actors) -> dict[str, object]:
    first = part.iloc[0]
    dates = part["published"].dropna()
    return {
        "claim_group": group,
        "subject": first["subject"],
        "subject_name": actor_name(first["subject"], table),
        "subject_label": short_name(first["subject"], table),
        "outcome": first["outcome"],
        "outcome_label": outcome_label(first["outcome"]),
        "claimant": first["claimant"],
        "claimant_name": actor_name(first["claimant"], table),
        "claimant_label": short_name(first["claimant"], table),
        "stance": first["stance"],
        "low": first["low"],
        "best": first["best"],
        "high": first["high"],
        "precision": first["precision"],
        "form": FORM_OF.get(first["precision"], "no number"),
        "figure": _stated_figure(first),
        "figures_stated": joined_text(_stated_figure(r) for _, r in part.iterrows()),
        "quantified": first["precision"] != "none"
        and any(not pd.isna(first[k]) for k in ("low", "best", "high")),
        "articles": part["article_id"].nunique(),
        "independent": part["syndication_group"].nunique(),
        "article_ids": joined_text(sorted(part["article_id"])),
        "outlets": joined_text(part["outlet"]),
        "syndication_groups": joined_text(sorted(part["syndication_group"].dropna())),
        "published": date_text(dates.min()) if len(dates) else "no usable date",
        "quote": first["quote"],
        "claim_ids": joined_text(part["claim_id"]),
        # A figure counts as reviewed only when every claim behind it is.
        "review_status": REVIEWED
        if (part.get("review_status", pd.Series([REVIEWED])) == REVIEWED).all()
        else EXTRACTED,
        "places": ", ".join(sorted(set(part["place"].dropna()))),
        "quantity_raw": first["quantity_raw"],
    }


def _sorted_groups(frame: pd.DataFrame, table: Actors) -> pd.DataFrame:
    if frame.empty:
        return frame
    outcome_rank = {o: i for i, o in enumerate(OUTCOMES)}
    stance_rank = {s: i for i, s in enumerate(STANCES)}
    keys = pd.DataFrame(
        {
            "s": frame["subject"].map(lambda s: _subject_key(s, table)),
            "o": frame["outcome"].map(lambda o: outcome_rank.get(o, len(outcome_rank))),
            "t": frame["stance"].map(lambda s: stance_rank.get(s, len(stance_rank))),
            "q": ~frame["quantified"],
            "b": frame["best"].astype("Float64").fillna(-1.0),
            "g": frame["claim_group"],
        }
    )
    order = keys.sort_values(list(keys.columns), kind="stable").index
    frame = frame.loc[order].reset_index(drop=True)
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    return frame


def figure_text(
    low: object, best: object, high: object, precision: str, quantity_raw: str = ""
) -> str:
    """A figure as an analyst writes it: "7", "about 20", "at least 20", "24-99"."""

    def num(v: object) -> str:
        return "?" if v is None or pd.isna(v) else str(int(v))

    if precision == "exact":
        return num(best)
    if precision == "approx":
        return f"about {num(best)}"
    if precision == "at_least":
        return f"at least {num(low)}"
    if precision == "at_most":
        return f"up to {num(high)}"
    if precision in ("range", "vague"):
        word = f' "{quantity_raw}"' if precision == "vague" and quantity_raw else ""
        return f"{num(low)}-{num(high)}{word}"
    return f'unquantified ("{quantity_raw}")' if quantity_raw else "unquantified"


def with_claim_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """``claim_group``: claimant:subject:outcome:best — the same figure from the same
    claimant about the same losses, wherever it is re-told. ``group_articles``
    counts articles, ``group_independent`` syndication groups (copies count once)."""
    if frame.empty:
        frame["claim_group"] = pd.Series(dtype="string")
        frame["group_articles"] = pd.Series(dtype="Int64")
        frame["group_independent"] = pd.Series(dtype="Int64")
        return frame
    best = frame["best"].map(lambda v: "?" if v is None or pd.isna(v) else str(int(v)))
    parts = [frame[c].fillna("?").astype(str) for c in ("claimant", "subject", "outcome")]
    frame["claim_group"] = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + best
    grouped = frame.groupby("claim_group")
    frame["group_articles"] = grouped["article_id"].transform("nunique")
    frame["group_independent"] = grouped["syndication_group"].transform("nunique")
    return frame


def group_label(row: object) -> str:
    """'2 killed (per FAMa)': the figure, the outcome, who says so (the subject is the
    chart's row header)."""
    return f"{row.figure} {row.outcome_label} (per {row.claimant_label})"
