"""The private jieba tokenizer: words and part-of-speech tags of short windows of text.

Its tables (jieba's dictionary with the domain terms) are built once per machine and cached on
disk by `lexicon`; a new process reads back only the parts it needs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import starmap
from pathlib import Path
from typing import Any, NamedTuple

from . import dictionary_cache, lexicon, vocabulary
from .config import Vocabulary

_NOMINAL_FLAGS = frozenset({"vn", "j", "l", "b", "an", "eng", "nz", "i", "a", "z", "s"})
#: Punctuation a noun-like token never contains (and that ends a relative clause).
_NOT_NOMINAL = frozenset({"q", "quote", "x", "v", "p", "d", "c", "u", "uj", "ul", "r", "t", "f"})
_VERB_FLAGS = frozenset({"v", "vd", "vi", "vg"})
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_OPENERS = {"”": "“", "」": "「", "』": "『", ")": "(", "）": "（", '"': '"'}
_OPENER_CHARS = frozenset(_OPENERS)
PUNCTUATION = frozenset("，,、。；;：:！？!?()（）“”\"'‘’「」《》[]【】|/-—·•")


class Token(NamedTuple):
    """A word of a segmented window, its part-of-speech tag (``quote`` for a quoted name read as
    one word by `noun_phrases`) and what the subject stage asks of it. Made by `token`."""

    word: str
    flag: str
    nominal: bool  # can sit inside a noun phrase: not a figure, not punctuation, not a measure word
    verb: bool


@lru_cache(maxsize=65536)
def token(word: str, flag: str) -> Token:
    """The token of a word with this tag (one object for each: windows repeat their words)."""
    return Token(word, flag, _nominal(word, flag), flag in _VERB_FLAGS)


def _nominal(word: str, flag: str) -> bool:
    if flag in _NOT_NOMINAL:
        return flag == "quote"
    if not _DIGITS.isdisjoint(word):
        return flag == "eng" and not word.isdigit()  # COVID19, not 2024
    if flag[:1] == "n" or flag in _NOMINAL_FLAGS:
        return PUNCTUATION.isdisjoint(word)
    return flag == "m"


def merge_enclosed(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """Quoted names and parenthesised notes as one word each: “送清凉”, (社区).

    The noun-phrase readers take windows merged by this first."""
    if all(t.word not in _OPENERS for t in tokens):
        return tuple(tokens)
    out: list[Token] = []
    for tok in tokens:
        opener = _OPENERS.get(tok.word)
        if tok.word == '"' and not any(t.word == '"' for t in out[-12:]):
            opener = None  # an opening straight quote
        if opener is not None:
            for i in range(len(out) - 1, max(-1, len(out) - 12), -1):
                if out[i].word == opener:
                    inner = "".join(t.word for t in out[i:]) + tok.word
                    out[i:] = [token(inner, "quote" if opener not in "(（" else "paren")]
                    break
            else:
                out.append(tok)
            continue
        out.append(tok)
    return tuple(out)


class Segmenter:
    """A private jieba tokenizer with the domain dictionary, built on first use (thread-safe).

    The built tables are cached on disk (`lexicon`): a new process reads them back in a few
    milliseconds instead of loading jieba's whole dictionary.
    """

    def __init__(self, extra_terms: Iterable[str] = (), vocab: Vocabulary | None = None) -> None:
        self._extra_terms = tuple(extra_terms)
        self.extra_terms = self._extra_terms  # the caller's words, kept whole like the domain terms
        self.vocabulary = vocab or Vocabulary.default()
        self._lock = threading.Lock()
        self._lexicon: lexicon.Lexicon | None = None
        self._cached_tokens = lru_cache(maxsize=8192)(self._tokenize)  # ~1 KB an entry
        self._cached_phrase_tokens = lru_cache(maxsize=8192)(self._tokenize_phrase)
        self.domain_words: frozenset[str] = frozenset()

    def _build(self) -> Any:
        import jieba
        import jieba.posseg

        logger = logging.getLogger("jieba")
        level = logger.level
        logger.setLevel(logging.WARNING)  # jieba announces its dictionary load on every start
        try:
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word, freq, pos in self.vocabulary.domain_terms:
                tokenizer.add_word(word, freq, pos)
            for word in self._extra_terms:
                tokenizer.add_word(word, 2000, "n")
            pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
            pos_tokenizer.word_tag_tab.update({w: p for w, _, p in self.vocabulary.domain_terms})
            pos_tokenizer.word_tag_tab.update(self.vocabulary.tags)
            pos_tokenizer.word_tag_tab.update({w: "n" for w in self._extra_terms})
        finally:
            logger.setLevel(level)
        return pos_tokenizer

    def _tables(self) -> lexicon.Tables:
        """What the built tokenizer segments and tags with (user tags merged, as its first cut does)."""
        pos = self._build()
        tags = dict(pos.word_tag_tab)
        tags.update(pos.tokenizer.user_word_tag_tab)
        return pos.tokenizer.FREQ, pos.tokenizer.total, tags

    def tag(self, word: str) -> str:
        """Part of speech of a dictionary word ('' when unknown)."""
        self.warm_up()
        assert self._lexicon is not None
        return self._lexicon.tag(word)

    def warm_up(self) -> None:
        """Load (or build and cache) the dictionary now rather than on the first window."""
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    data = Path(vocabulary.__file__).with_name("data")
                    sources = [*data.iterdir(), Path(__file__), Path(lexicon.__file__), Path(dictionary_cache.__file__)]
                    key = dictionary_cache.fingerprint(self._key_terms(), (p for p in sources if p.is_file()))
                    lex = dictionary_cache.load(key, self._tables)
                    self.domain_words = frozenset(w for w, _, _ in self.vocabulary.domain_terms) | frozenset(
                        self._extra_terms
                    )
                    self._lexicon = lex

    def _key_terms(self) -> tuple[str, ...]:
        """What the cached tables depend on beyond the data files: the extra terms, and the
        vocabulary's own terms and tags when they are not those of the data files."""
        v = self.vocabulary
        if v.domain_terms == vocabulary.domain_terms() and v.tags == vocabulary.tag_corrections():
            return self._extra_terms
        own = (f"{w}\t{f}\t{p}" for w, f, p in v.domain_terms)
        return (*self._extra_terms, "\x00vocabulary", *own, *(f"{w}/{t}" for w, t in sorted(v.tags.items())))

    def clear_cache(self) -> None:
        """Forget the segmented windows (the dictionary stays loaded)."""
        self._cached_tokens.cache_clear()
        self._cached_phrase_tokens.cache_clear()

    def tokens(self, text: str) -> tuple[Token, ...]:
        """The words of `text` with their tags (windows are cached)."""
        self.warm_up()
        return self._cached_tokens(text)

    def phrase_tokens(self, text: str) -> tuple[Token, ...]:
        """The words of a window with quoted names and parenthesised notes one word each (a cache
        of its own: the subject stage's windows are not the other stages')."""
        if self._lexicon is None:
            self.warm_up()
        return self._cached_phrase_tokens(text)

    def _tokenize_phrase(self, text: str) -> tuple[Token, ...]:
        tokens = self._tokenize(text)
        return tokens if _OPENER_CHARS.isdisjoint(text) else merge_enclosed(tokens)

    def _tokenize(self, text: str) -> tuple[Token, ...]:
        assert self._lexicon is not None
        return tuple(starmap(token, self._lexicon.cut(text)))

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
