"""Extract the bundled sample report (a Guangyuan trade-union news page) and print its claims."""

from pathlib import Path

import union_facts

text = (Path(__file__).parent / "gy01.txt").read_text(encoding="utf-8")
report = union_facts.extract(text)

print(f"title:     {report.title}")
print(f"published: {report.published}   source: {report.source}   views: {report.views}")
for section in report.sections:
    if section.headline:
        print(f"headline (level {section.level}): {section.headline}")
print()
for claim in report.claims:
    high = f"–{claim.high:,}" if claim.high is not None else ""
    print(f"{claim.surface:<10} {claim.value:>12,}{high} {claim.unit:<4} {claim.qualifier:<8} {claim.subject or '-'}")
