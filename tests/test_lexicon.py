"""The cached lexicon segments and tags exactly as the private jieba tokenizer it was built from."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from union_facts import dictionary_cache, lexicon
from union_facts.segmenter import Segmenter

from .conftest import dev_documents


@pytest.fixture(scope="module")
def built():
    """The private jieba POSTokenizer (built the slow way) and a lexicon packed from it."""
    segmenter = Segmenter(["暖心灯"])
    pos = segmenter._build()
    lex = lexicon.Lexicon.from_bytes(lexicon.Lexicon.pack(segmenter._tables()))
    return pos, lex


def _jieba(pos, text: str) -> list[tuple[str, str]]:
    pos.makesure_userdict_loaded()
    return [(p.word, p.flag) for p in pos.lcut(text, HMM=False)]


def _windows(text: str) -> list[str]:
    """The clauses around every figure, as the extractor segments them."""
    figures = regex.finditer(r"\d+|[一二三四五六七八九十百千万]+", text)
    return [text[max(0, m.start() - 30) : m.end() + 20] for m in figures]


def test_same_tokens_on_report_windows(built, sample_text):
    pos, lex = built
    texts = [sample_text] + [t for _, t in dev_documents()]
    windows = [w for t in texts for w in _windows(t)]
    assert len(windows) > 100
    for w in windows:
        assert lex.cut(w) == _jieba(pos, w), w


_ALPHABET = "工会职工驿站全市累计建设家万亿元资金筹集人次同比增长下降个百分点暖心灯服务的了和在为"
_ALPHABET += "aZ09._+#&%-\r\n\t \u3000，。、（）()“”"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_same_tokens_on_any_text(built, text):
    pos, lex = built
    assert lex.cut(text) == _jieba(pos, text)


def test_same_tags(built):
    pos, lex = built
    pos.makesure_userdict_loaded()
    for word in ["工会", "驿站", "筹集", "资金", "暖心灯", "增长", "x", "", "不存在的词语"]:
        assert lex.tag(word) == pos.word_tag_tab.get(word, ""), word


def test_cache_is_written_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    tables = ({"工": 5, "工会": 3, "会": 2}, 10, {"工会": "n"})
    first = dictionary_cache.load("k", lambda: tables)
    assert [p.name for p in tmp_path.iterdir()] == ["union_facts-lexicon-k.bin"]

    def fail():
        raise AssertionError("rebuilt although cached")

    again = dictionary_cache.load("k", fail)
    assert again.cut("工会") == first.cut("工会") == [("工会", "n")]


def test_unreadable_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    (tmp_path / "union_facts-lexicon-k.bin").write_bytes(b"not marshal data")
    lex = dictionary_cache.load("k", lambda: ({"工会": 3, "工": 0}, 3, {"工会": "n"}))
    assert lex.cut("工会") == [("工会", "n")]
    assert lexicon.Lexicon.open(tmp_path / "union_facts-lexicon-k.bin").total == 3


def test_unwritable_cache_dir_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(blocker / "sub"))
    lex = dictionary_cache.load("k", lambda: ({"工会": 3, "工": 0}, 3, {"工会": "n"}))
    assert lex.cut("工会。") == [("工会", "n"), ("。", "x")]


def test_fingerprint_follows_the_inputs(tmp_path):
    src = tmp_path / "terms.txt"
    src.write_text("工会驿站\n", encoding="utf-8")
    base = dictionary_cache.fingerprint((), [src])
    assert base == dictionary_cache.fingerprint((), [src])
    assert base != dictionary_cache.fingerprint(["暖心灯"], [src])
    src.write_text("工会驿站\n爱心驿站\n", encoding="utf-8")
    assert base != dictionary_cache.fingerprint((), [src])


def test_a_cut_unpacks_only_the_characters_it_meets():
    """Tables are unpacked one first character at a time, when a cut (or a tag) first needs them."""
    lex = lexicon.Lexicon.from_bytes(lexicon.Lexicon.pack(TABLES))
    assert lex.cut("工会，会") == [("工会", "n"), ("，", "x"), ("会", "x")]
    assert sorted(lex._parts) == ["会", "工"]  # 驿 not met yet
    assert lex.cut("驿站") == [("驿站", "n")]
    assert sorted(lex._parts) == ["会", "工", "驿"]  # 站 starts no word: it has no table


def test_segmenter_from_a_fresh_cache_matches(tmp_path, monkeypatch, built):
    """A segmenter that builds the cache and one that reads it give the same tokens."""
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    pos, _ = built
    building, reading = Segmenter(["暖心灯"]), Segmenter(["暖心灯"])
    window = "全市累计建设工会驿站320家，安装暖心灯300盏"
    assert [(t.word, t.flag) for t in building.tokens(window)] == _jieba(pos, window)
    assert len(list(Path(tmp_path).iterdir())) == 1
    assert reading.tokens(window) == building.tokens(window)
    assert reading.domain_words == building.domain_words and "暖心灯" in reading.domain_words


def test_threads_share_one_lazily_filled_lexicon(sample_text):
    """Windows segmented from many threads at once, on a fresh segmenter, as one thread would."""
    from concurrent.futures import ThreadPoolExecutor

    windows = _windows(sample_text)
    expected = [Segmenter().tokens(w) for w in windows]
    fresh = Segmenter()
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(fresh.tokens, windows)) == expected


# ---------------------------------------------------------------- the cache folder (issue 9)
TABLES = ({"工": 5, "工会": 3, "会": 2, "驿": 0, "驿站": 4}, 14, {"工会": "n", "驿站": "n"})
CACHED = "union_facts-lexicon-k.bin"


def _never():
    raise AssertionError("rebuilt although cached")


def test_cache_lives_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(dictionary_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert dictionary_cache.cache_dir() == tmp_path / "xdg" / "union_facts"
    dictionary_cache.load("k", lambda: TABLES)
    assert (tmp_path / "xdg" / "union_facts" / CACHED).is_file()
    assert stat.S_IMODE(os.stat(tmp_path / "xdg" / "union_facts").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(tmp_path / "xdg" / "union_facts" / CACHED).st_mode) == 0o600
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path / "mine"))
    assert dictionary_cache.cache_dir() == tmp_path / "mine"


def test_a_folder_others_may_write_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(shared))
    assert dictionary_cache.load("k", lambda: TABLES).cut("工会") == [("工会", "n")]
    assert list(shared.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown to another user needs root")
def test_files_and_folders_of_another_user_are_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    tmp_path.chmod(0o700)
    planted = tmp_path / CACHED
    planted.write_bytes(lexicon.Lexicon.pack(({"工会": 3}, 3, {"工会": "poisoned"})))
    os.chown(planted, 65534, 65534)
    assert dictionary_cache.load("k", lambda: TABLES).cut("工会") == [("工会", "n")]
    assert planted.stat().st_uid == os.getuid()  # replaced by this user's own build
    os.chown(tmp_path, 65534, 65534)
    (tmp_path / CACHED).unlink()
    assert dictionary_cache.load("k", lambda: TABLES).cut("工会") == [("工会", "n")]
    assert not (tmp_path / CACHED).exists()  # the folder is someone else's: nothing written there


def test_a_planted_link_or_fifo_is_neither_followed_nor_blocking(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path / "cache"))
    dictionary_cache.load("elsewhere", lambda: ({"工会": 3}, 3, {"工会": "poisoned"}))
    (tmp_path / "cache" / CACHED).symlink_to(tmp_path / "cache" / "union_facts-lexicon-elsewhere.bin")
    assert dictionary_cache.load("k", lambda: TABLES).cut("工会") == [("工会", "n")]
    assert not (tmp_path / "cache" / CACHED).is_symlink()
    (tmp_path / "cache" / CACHED).unlink()
    os.mkfifo(tmp_path / "cache" / CACHED)  # opening it for reading would block forever
    assert dictionary_cache.load("k", lambda: TABLES).cut("工会") == [("工会", "n")]
    assert (tmp_path / "cache" / CACHED).is_file()


@pytest.mark.parametrize("where", ["header", "shard"])
def test_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch, where):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    dictionary_cache.load("k", lambda: TABLES)
    data = bytearray((tmp_path / CACHED).read_bytes())
    pos = 30 if where == "header" else len(data) - 3  # a byte of the header, or of the last shard
    data[pos] ^= 0xFF
    (tmp_path / CACHED).write_bytes(bytes(data))
    lex = dictionary_cache.load("k", lambda: TABLES)
    assert [lex.cut(w) for w in ("工会", "驿站")] == [[("工会", "n")], [("驿站", "n")]]
    assert (tmp_path / CACHED).read_bytes() == lexicon.Lexicon.pack(TABLES)  # rebuilt on disk too
    assert dictionary_cache.load("k", _never).cut("驿站") == [("驿站", "n")]


def test_files_of_old_configurations_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionary_cache.CACHE_ENV, str(tmp_path))
    month = 31 * 86400
    for i in range(12):  # twelve configurations, the first two unused for a month
        (tmp_path / f"union_facts-lexicon-c{i}.bin").write_bytes(lexicon.Lexicon.pack(TABLES))
        age = month if i < 2 else 100 * (12 - i)
        os.utime(tmp_path / f"union_facts-lexicon-c{i}.bin", (time.time() - age,) * 2)
    (tmp_path / "union_facts-lexicon-dead.bin.tmp").write_bytes(b"x")
    os.utime(tmp_path / "union_facts-lexicon-dead.bin.tmp", (time.time() - 7200,) * 2)
    (tmp_path / "unrelated.bin").write_bytes(b"x")
    dictionary_cache.load("new", lambda: TABLES)
    left = sorted(p.name.removeprefix("union_facts-lexicon-") for p in tmp_path.iterdir())
    assert left == ["c10.bin", "c11.bin", "c5.bin", "c6.bin", "c7.bin", "c8.bin", "c9.bin", "new.bin", "unrelated.bin"]
