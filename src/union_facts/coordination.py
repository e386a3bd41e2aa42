"""Subjects of coordinated figures: 分别 over a list of names, and a 城乡 pair split into 城镇 and 农村."""

from __future__ import annotations

from . import timed_regex as regex

_ORDINAL_ITEM = regex.compile(r"第?([一二三])")
_ORDINAL_LAST = regex.compile(r"第?([一二三])(产业.*)")


def town_and_country(subjects: list[str | None]) -> list[str | None]:
    """城乡居民人均可支配收入分别为42680元和23150元: two figures of one 城乡 indicator are the town's
    (城镇) and the country's (农村), in that order, as 城乡 names them."""
    first = subjects[0] if len(subjects) == 2 and subjects[0] == subjects[1] else None
    if first is None or not first.startswith("城乡") or len(first) < 4:
        return subjects
    return ["城镇" + first[2:], "农村" + first[2:]]


def distribute(items: list[str], words: list[list[str]]) -> list[str]:
    """分别 over a list: 城镇、农村居民人均消费支出 -> 城镇居民人均消费支出, 农村居民人均消费支出."""
    *firsts, last = items
    if (m := _ORDINAL_LAST.fullmatch(last)) and all(_ORDINAL_ITEM.fullmatch(x) for x in firsts):
        return [f"第{x[-1]}{m[2]}" for x in firsts] + [f"第{m[1]}{m[2]}"]
    if any(x and x[-1] == last[-1] for x in firsts):
        return list(items)  # 进口额和出口额: each item whole
    if len(words[-1]) == 1 and len(words[0]) > 1:
        stem = "".join(words[0][:-1])  # 小麦面积和产量: the first item's stem is shared
        return [items[0]] + [stem + x for x in items[1:]]
    n = len(firsts[-1])
    if n < len(last):
        return [x + last[n:] for x in firsts] + [last]  # 城镇、农村居民…: the last item's tail is shared
    return list(items)
