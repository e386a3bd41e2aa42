"""The JSON Schema of report records, for validating output downstream."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .models import Report

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class ReportRecord(Report):
    """A report as the CLI writes it: `Report.model_dump_json()` plus the path it was read from."""

    path: str | None = Field(default=None, description="file the report was read from; '-' for standard input")


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of `Report.model_dump_json()` output and of the CLI's json/jsonl records.

    The records of `union-facts extract` add an optional ``path``; a plain `Report` dump validates too.
    """
    schema = ReportRecord.model_json_schema(mode="serialization")
    schema["title"] = "union_facts report"
    schema["description"] = (
        "One document: page metadata, sections and quantitative claims (union_facts.Report). "
        "Offsets are character offsets into `text`; values are in base units."
    )
    return {"$schema": SCHEMA_DIALECT, **schema}
