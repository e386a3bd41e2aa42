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


def format_value(claim: Claim) -> str:
    """The normalised value with thousands separators and the range top: '8,674,000', '1–2'."""
    text = format_number(claim.value)
    if claim.high is not None:
        text += "–" + format_number(claim.high)
    return text


def claim_label(claim: Claim) -> str:
    """Short label shown by a mark: qualifier sign, value, unit and subject: '≲17,000人 · 困难职工'."""
    label = f"{QUALIFIER_SIGN[claim.qualifier]}{format_value(claim)}{claim.unit}"
    return f"{label} · {claim.subject}" if claim.subject else label


def format_number(value: Decimal) -> str:
    """A decimal with thousands separators: '8,674,000'."""
    return f"{value:,}"
