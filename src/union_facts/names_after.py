"""Nouns after a figure: what it counts when the name follows it (68名受灾一线职工, 35家“暖心驿站”),
and the name a sub-count is given (其中85个被评为“示范服务站”)."""

from __future__ import annotations

from collections.abc import Sequence

from .noun_phrases import PEOPLE_CHARS
from .phrase_words import Words
from .segmenter import PUNCTUATION as _PUNCT
from .segmenter import Token


def phrase_after(
    tokens: Sequence[Token], words: Words, *, skip_scope: bool = False, counts: str | None = None
) -> str | None:
    """The noun a figure counts when it follows the figure: 68名受灾一线职工, 35家“暖心驿站”.

    `counts` is the figure's kind: after a measure word of things a verb before a noun is that
    noun's modifier (200余组焊接参数, 1500份调查问卷); after people (200人参加技能培训) it is what
    they do, unless people are named after it (68名受灾一线职工)."""
    toks = tokens
    if counts and toks and (toks[0].verb or toks[0].flag == "vn") and len(toks) > 1 and toks[1].flag[:1] == "n":
        if counts == "count":
            nouns = _nouns(toks[1:], words)
            return toks[0].word + nouns if nouns else None
        relative = any(t.word == "的" for t in toks[:6])  # 56名考入大学的困难职工子女: people named after all
        if counts == "people" and toks[0].verb and not relative and not _names_people(toks[1:], words):
            return None
    out: list[Token] = []
    for k, tok in enumerate(toks):
        if skip_scope and not out and (tok.word in words.scope or tok.flag == "r"):
            continue
        if tok.flag == "quote":
            if any(t.verb for t in out):
                break
            if k + 1 < len(toks) and any(w.startswith(toks[k + 1].word) for w in _TITLE_WORDS):
                return _unquote(tok.word)  # 198名同志“沅州市劳动模范”(荣誉)称号: the title they are given
            return "".join(t.word for t in out) + _unquote(tok.word) + _nouns(toks[k + 1 :], words)
        if tok.word in words.generic or tok.word in words.scope:
            break
        if tok.word == "的" and any(t.verb for t in out):
            return phrase_after(toks[k + 1 :], words)  # 83名考入高校的困难职工子女
        if tok.flag == "a" and any(t.flag.startswith("n") for t in out):
            break  # 81个贫困村有效退出
        if tok.flag == "paren" and out and out[-1].nominal:
            out.append(tok)  # 村(社区)工会组织
        elif (tok.nominal and tok.flag != "vn") or (tok.flag == "vn" and out and not out[-1].verb):
            out.append(tok)
        elif (
            tok.verb
            and not any(t.nominal for t in out)
            and (tok.word in words.modifier_verbs or tok.word in words.purpose_verbs)
        ):
            out.append(tok)  # 受灾 in 受灾一线职工: a modifier before the noun
        elif tok.verb and not out:
            return _head_of_clause(toks[k:], words)  # 83名考入高校的困难职工子女
        else:
            break
    while out and out[-1].verb:
        out.pop()
    if out and out[0].verb and not any(t.flag[:1] == "n" for t in out):
        return None  # 参加安全培训: the verb is the clause's own act, no noun follows it
    return "".join(t.word for t in out) or None


_TITLE_WORDS = ("称号", "荣誉称号")  # (the window may end inside one: 荣)


def _names_people(toks: Sequence[Token], words: Words) -> bool:
    """Whether the nouns that open `toks` end in people (受灾一线职工), not a thing (技能培训)."""
    name = _nouns(toks, words)
    return bool(name) and name[-1] in PEOPLE_CHARS


def _head_of_clause(toks: Sequence[Token], words: Words) -> str | None:
    """The head after a short relative clause that opens with a verb, if one closes with 的."""
    for i, tok in enumerate(toks[:8]):
        if tok.word in _PUNCT:
            return None
        if tok.word == "的":
            return phrase_after(toks[i + 1 :], words)
    return None


def _unquote(quoted: str) -> str:
    """The name inside quotation marks; after a dash when it carries a programme's title first."""
    inner = quoted[1:-1]
    return inner.rsplit("——", 1)[-1] or inner


def _nouns(toks: Sequence[Token], words: Words) -> str:
    out = []
    for tok in toks:
        if not tok.nominal or tok.word in words.generic or tok.word in words.scope or tok.flag == "quote":
            break
        out.append(tok.word)
    return "".join(out)


def named_after(tokens: Sequence[Token], words: Words) -> str | None:
    """其中85个被评为“示范服务站”: the name a sub-count is given after it."""
    toks = tokens
    i = 1 if toks and toks[0].word in ("被", "获", "获得") else 0
    while i and i < len(toks) - 1 and toks[i].flag.startswith("n") and i < 3:
        i += 1  # 被全总确认为: the agent
    for j in range(i + 1, min(len(toks), i + 4) + 1):
        if "".join(t.word for t in toks[i:j]) in words.naming:
            return phrase_after(toks[j:], words)
    return None


def head_after_de(tokens: Sequence[Token], words: Words) -> str | None:
    """15场的县总工会送文化活动: the head noun after a short clause closed by 的."""
    if tokens and tokens[0].word in ("被", "由", "为", "让"):
        return None
    return _head_of_clause(tokens, words)
