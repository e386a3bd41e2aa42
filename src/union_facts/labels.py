"""Labels of a claim shared by the HTML view and the command line's table: '≲17,000人 · 困难职工'."""

from __future__ import annotations

from decimal import Decimal

from .models import Claim

#: The sign shown before a value for each qualifier.
QUALIFIER_SIGN = {
    "exact": "",
    "approx": "≈",
    "nearly": "≲",
    "over": ">",
    "at_least": "≥",
    "under": "<",
    "each": "each ",
}

#: The tag shown before a planned or expected figure.
STATUS_TAG = {"actual": "", "target": "目标 ", "forecast": "预计 "}


def format_value(claim: Claim) -> str:
    """The normalised value with thousands separators and the range top: '8,674,000', '1–2'."""
    text = format_number(claim.value)
    if claim.high is not None:
        text += "–" + format_number(claim.high)
    return text


def claim_label(claim: Claim) -> str:
    """Short label: status, qualifier sign, value, unit, subject and the whole a part belongs to
    (its 1-based number): '≲17,000人 · 困难职工', '目标 12,000人', '45个 · 示范驿站 ⊂#1'."""
    label = f"{STATUS_TAG[claim.status]}{QUALIFIER_SIGN[claim.qualifier]}{format_value(claim)}{claim.unit}"
    label = f"{label} · {claim.subject}" if claim.subject else label
    return f"{label} ⊂#{claim.part_of + 1}" if claim.part_of is not None else label


def format_number(value: Decimal) -> str:
    """A decimal with thousands separators: '8,674,000'."""
    return f"{value:,}"


# Columns of the claims table in the HTML view.
CLAIM_COLUMNS = (
    "#",
    "surface",
    "value",
    "unit",
    "qualifier",
    "subject",
    "kind",
    "change",
    "status",
    "part of",
    "section",
)
