"""The private jieba tokenizer: words and part-of-speech tags of short windows of text.

Its tables (jieba's dictionary with the domain terms) are built once per machine and cached on
disk by `lexicon`; a new process reads back only the parts it needs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import lexicon, vocabulary

_NOMINAL_FLAGS = frozenset({"vn", "j", "l", "b", "an", "eng", "nz", "i"})
#: Punctuation a noun-like token never contains (and that ends a relative clause).
PUNCTUATION = frozenset("，,、。；;：:！？!?()（）“”\"'‘’「」《》[]【】|/-—·•")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a segmented window and its part-of-speech tag."""

    word: str
    flag: str

    @property
    def nominal(self) -> bool:
        if any(ch.isdigit() for ch in self.word) and not any(ch.isalpha() for ch in self.word):
            return False  # a figure, never what is counted
        if self.flag.startswith("n") or self.flag in _NOMINAL_FLAGS:
            return not any(ch in PUNCTUATION for ch in self.word)
        return self.flag == "m" and not any(ch.isdigit() for ch in self.word)


class Segmenter:
    """A private jieba tokenizer with the domain dictionary, built on first use (thread-safe).

    The built tables are cached on disk (`lexicon`): a new process reads them back in a few
    milliseconds instead of loading jieba's whole dictionary.
    """

    def __init__(self, extra_terms: Iterable[str] = ()) -> None:
        self._extra_terms = tuple(extra_terms)
        self._lock = threading.Lock()
        self._lexicon: lexicon.Lexicon | None = None
        self._cached_tokens = lru_cache(maxsize=8192)(self._tokenize)  # ~1 KB an entry
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
            for word, freq, pos in vocabulary.domain_terms():
                tokenizer.add_word(word, freq, pos)
            for word in self._extra_terms:
                tokenizer.add_word(word, 2000, "n")
            pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
            pos_tokenizer.word_tag_tab.update({w: p for w, _, p in vocabulary.domain_terms()})
            pos_tokenizer.word_tag_tab.update(vocabulary.tag_corrections())
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
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    data = Path(vocabulary.__file__).with_name("data")
                    sources = [*data.iterdir(), Path(__file__), Path(lexicon.__file__)]
                    key = lexicon.fingerprint(self._extra_terms, (p for p in sources if p.is_file()))
                    lex = lexicon.load(key, self._tables)
                    self.domain_words = frozenset(w for w, _, _ in vocabulary.domain_terms()) | frozenset(
                        self._extra_terms
                    )
                    self._lexicon = lex

    def clear_cache(self) -> None:
        """Forget the segmented windows (the dictionary stays loaded)."""
        self._cached_tokens.cache_clear()

    def tokens(self, text: str) -> tuple[Token, ...]:
        self.warm_up()
        return self._cached_tokens(text)

    def _tokenize(self, text: str) -> tuple[Token, ...]:
        assert self._lexicon is not None
        return tuple(Token(w, f) for w, f in self._lexicon.cut(text))

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
