"""What a figure counts: the noun phrase next to it, found with a private jieba tokenizer.

Only short windows around each figure are segmented, never whole documents.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from . import vocabulary

_NOMINAL_FLAGS = frozenset({"vn", "j", "l", "b", "an", "eng", "nz", "i"})
_LEFT_CLUTTER = regex.compile(r"(?:[(（][^()（）]{0,12}[)）]|\[\d{1,2}\]|[”’\"'」』\s])+$")
_ENUMERATION = frozenset({"等", "等等"})
_PUNCT = frozenset("，,、。；;：:！？!?()（）“”\"'‘’「」《》[]【】|/-—·•")


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    flag: str

    @property
    def nominal(self) -> bool:
        if self.flag.startswith("n") or self.flag in _NOMINAL_FLAGS:
            return not any(ch in _PUNCT for ch in self.word)
        return self.flag == "m" and not any(ch.isdigit() for ch in self.word)


@dataclass(frozen=True, slots=True)
class SubjectInfo:
    subject: str | None
    change: str | None  # "up" | "down"
    cumulative: bool
    enumerated: bool  # the figure closes a list ("……等弱势群体")


class Segmenter:
    """A private jieba tokenizer with the domain dictionary, built on first use (thread-safe)."""

    def __init__(self, extra_terms: Iterable[str] = ()) -> None:
        self._extra_terms = tuple(extra_terms)
        self._lock = threading.Lock()
        self._pos: Any = None
        self._cached_tokens = lru_cache(maxsize=65536)(self._tokenize)

    def _build(self) -> Any:
        import jieba
        import jieba.posseg

        logger = logging.getLogger("jieba")
        level = logger.level
        logger.setLevel(logging.WARNING)  # jieba announces its dictionary load on every start
        try:
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word, freq, pos in vocabulary.domain_terms():
                tokenizer.add_word(word, freq, pos)
            for word in self._extra_terms:
                tokenizer.add_word(word, 2000, "n")
            pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
            pos_tokenizer.word_tag_tab.update({w: p for w, _, p in vocabulary.domain_terms()})
            pos_tokenizer.word_tag_tab.update({w: "n" for w in self._extra_terms})
        finally:
            logger.setLevel(level)
        return pos_tokenizer

    def warm_up(self) -> None:
        if self._pos is None:
            with self._lock:
                if self._pos is None:
                    self._pos = self._build()

    def tokens(self, text: str) -> tuple[Token, ...]:
        self.warm_up()
        return self._cached_tokens(text)

    def _tokenize(self, text: str) -> tuple[Token, ...]:
        return tuple(Token(w.word, w.flag) for w in self._pos.lcut(text, HMM=False))

    def is_word_start(self, window: str, offset: int) -> bool:
        """Whether position `offset` of `window` starts a word (李四人民币: 四 does not)."""
        pos = 0
        for tok in self.tokens(window):
            if pos == offset:
                return True
            if pos > offset:
                return False
            pos += len(tok.word)
        return pos == offset


class SubjectFinder:
    """Reads the words around a figure: subject, change word, cumulative marker."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.linking = vocabulary.linking_words()
        self.cumulative = vocabulary.cumulative_words()
        self.changes = vocabulary.changes()
        self.scope = vocabulary.scope_words()
        self.qualifier_words = frozenset(vocabulary.qualifiers()["before"])

    def read(self, left: str, right: str) -> SubjectInfo:
        left_tokens = self.segmenter.tokens(_LEFT_CLUTTER.sub("", left)) if left else ()
        right_tokens = self.segmenter.tokens(right) if right else ()
        cumulative = any(t.word in self.cumulative for t in left_tokens)
        core, change, enumerated = self._strip_linking(list(left_tokens))
        subject = None
        if not enumerated:
            subject = self._adjacent_right(right_tokens) or self._phrase_before(core)
        subject = subject or self._adjacent_right(right_tokens, skip_scope=True) or self._after_de(right_tokens)
        return SubjectInfo(subject, change, cumulative, enumerated)

    def _strip_linking(self, tokens: list[Token]) -> tuple[list[Token], str | None, bool]:
        change = None
        while tokens:
            word = tokens[-1].word
            if word in self.changes:
                change = change or self.changes[word]
            elif word in _ENUMERATION:
                return tokens[:-1], change, True
            elif not (word in self.linking or word in self.cumulative or word in self.qualifier_words):
                break
            tokens.pop()
        return tokens, change, False

    def _phrase_before(self, tokens: list[Token]) -> str | None:
        words: list[str] = []
        for i in range(len(tokens) - 1, -1, -1):
            tok = tokens[i]
            if tok.nominal and tok.word not in self.scope:
                words.append(tok.word)
            elif not words and tok.flag.startswith("v") and i > 0 and tokens[i - 1].nominal:
                words.append(tok.word)  # 事迹宣讲, 集体学习: an activity counted by its verb
            else:
                break
        return "".join(reversed(words)) or None

    def _adjacent_right(self, tokens: tuple[Token, ...], *, skip_scope: bool = False) -> str | None:
        words: list[str] = []
        for tok in tokens:
            if skip_scope and not words and (tok.word in self.scope or tok.flag == "r"):
                continue
            if not tok.nominal or tok.word in self.scope:
                break
            words.append(tok.word)
        return "".join(words) or None

    def _after_de(self, tokens: tuple[Token, ...]) -> str | None:
        """56名考入大学的困难职工子女: the head noun after a short relative clause."""
        for i, tok in enumerate(tokens[:8]):
            if tok.word in _PUNCT:
                return None
            if tok.word == "的":
                return self._adjacent_right(tokens[i + 1 :])
        return None
