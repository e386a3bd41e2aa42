"""The vocabulary: one object handed to every stage, extended by options, every row checked on load."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from union_facts import Config, Extractor, vocabulary
from union_facts.config import Vocabulary
from union_facts.quantities import QuantityFinder
from union_facts.vocabulary import Unit, VocabularyError

LOADERS = [vocabulary.units, vocabulary.qualifier_rows, vocabulary.changes, vocabulary.exclusions,
           vocabulary.period_patterns, vocabulary.domain_terms, vocabulary.tag_corrections, vocabulary.subject_words]  # fmt: skip

BAD_FILES = [
    ("units.tsv", "元\t元\tmoney\tCNY\n# a comment\n盏\t盏\n", "units.tsv:3: expected 3 to 4 tab-separated columns"),
    ("units.tsv", "元\t元\tmoney\n盏\t盏\tlamp\n", "units.tsv:2: the kind must be one of"),
    ("qualifiers.tsv", "近\tbefore\tnearly\n约\tahead\tapprox\n", "qualifiers.tsv:2: the position must be one of"),
    ("qualifiers.tsv", "近\tbefore\tclose\n", "qualifiers.tsv:1: the qualifier must be one of"),
    ("qualifiers.tsv", "至少\tbefore\tat_least\tbounded\n", "qualifiers.tsv:1: the role must be one of"),
    ("changes.tsv", "\n增长\tup\n减少\tless\n", "changes.tsv:3: the direction must be one of"),
    ("exclusions.tsv", "phone\t(?<!\\d)1[3-9\\d{9}\n", "exclusions.tsv:1: not a valid pattern"),
    ("exclusions.tsv", "phone number\t\\d{11}\n", "exclusions.tsv:1: a reason is a word"),
    ("periods.txt", "今年\n(?:截至\n", "periods.txt:2: not a valid pattern"),
    ("domain_terms.txt", "工会驿站 2000 n\n爱心驿站 many n\n", "domain_terms.txt:2: expected 'word [frequency] [tag]'"),
    ("tags.tsv", "新建\tv\n改建\n", "tags.tsv:2: expected 2 tab-separated columns"),
    ("subject_words.tsv", "等\tenumeration\n被\tpassive voice\n", "subject_words.tsv:2: the role must be one of"),
]


@pytest.fixture
def data_file(monkeypatch):
    """Serve one data file's text from the test; every loader re-reads (and re-reads the real files after)."""
    real = vocabulary._read

    def serve(name: str, text: str) -> None:
        monkeypatch.setattr(vocabulary, "_read", lambda n: text if n == name else real(n))
        for loader in LOADERS:
            loader.cache_clear()

    yield serve
    for loader in LOADERS:
        loader.cache_clear()


@pytest.mark.parametrize(("name", "text", "message"), BAD_FILES)
def test_a_bad_row_is_reported_with_its_file_and_line(data_file, name, text, message):
    data_file(name, text)
    loader = {"units.tsv": vocabulary.units, "qualifiers.tsv": vocabulary.qualifier_rows}.get(name)
    loader = loader or {
        "changes.tsv": vocabulary.changes, "exclusions.tsv": vocabulary.exclusions, "periods.txt": vocabulary.period_patterns,
        "domain_terms.txt": vocabulary.domain_terms, "tags.tsv": vocabulary.tag_corrections,
        "subject_words.tsv": vocabulary.subject_words,
    }[name]  # fmt: skip
    with pytest.raises(VocabularyError, match=message.replace("(", r"\(").replace("[", r"\[")):
        loader()


def test_the_shipped_files_load_and_the_hand_kept_subsets_come_from_a_column():
    vocab = Vocabulary.default()
    assert vocab is Vocabulary.default()  # read once
    assert {"至少", "不少于", "将近"} <= vocab.bound_words <= set(vocab.qualifiers["before"])
    assert {"高于", "低于"}.isdisjoint(vocab.bound_words)  # a verb away they compare, they do not bound
    assert vocab.numeral_words == {"上", "数"}
    roles = {"enumeration", "method", "method_verb", "passive", "head", "forecast", "whole_period", "apposition"}
    assert set(vocab.subject_words) == roles | {"period_unit", "period_prefix", "entity", "filler"}
    assert all(vocab.subject_words.values())


@pytest.mark.parametrize(
    ("options", "text", "claims"),
    [
        ({}, "差不多300名职工参加", [("300名", "exact")]),
        ({"extra_qualifiers": [("差不多", "before", "approx")]}, "差不多300名职工参加", [("300名", "approx")]),
        ({}, "推行八个一服务机制，惠及职工500人", [("八个", "exact"), ("500人", "exact")]),
        ({"extra_slogans": ["八个一"]}, "推行八个一服务机制，惠及职工500人", [("500人", "exact")]),
        ({"extra_exclusions": [("hotline", r"服务号\d+")]}, "拨打服务号12345号咨询，受理诉求86件", [("86件", "exact")]),
        ({"extra_spam_markers": ["扫码进群"]}, "扫码进群即送红包20元", []),
    ],
)
def test_every_list_extends_the_same_way(options, text, claims):
    got = Extractor(**options).extract_claims(text)
    assert [(c.surface, c.qualifier) for c in got] == claims


@pytest.mark.parametrize(
    ("options", "text", "field", "without", "with_"),
    [
        ({"extra_changes": [("攀升", "up")]}, "青禾区职工平均工资攀升12%", "change", None, "up"),
        ({"extra_cumulative_words": ["拢共"]}, "全区拢共建成职工书屋86家", "cumulative", False, True),
        ({"extra_scope_words": ["全矿"]}, "全矿1200人参加安全培训", "subject", "全矿", None),
        ({"extra_linking_words": ["合共"]}, "慰问资金合共52万元", "subject", "资金合共", "资金"),
        ({"extra_periods": ["汛期"]}, "汛期慰问一线职工300人", "period", None, "汛期"),
    ],
)
def test_the_words_around_a_figure_extend_the_same_way(options, text, field, without, with_):
    assert [getattr(c, field) for c in Extractor().extract_claims(text)] == [without]
    assert [getattr(c, field) for c in Extractor(**options).extract_claims(text)] == [with_]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extra_qualifiers": [("差不多", "ahead", "approx")]}, r"extra_qualifiers\[0\]: the position"),
        (
            {"extra_qualifiers": [("差不多", "approx")]},
            r"extra_qualifiers\[0\]: expected \(word, position, qualifier\)",
        ),
        ({"extra_exclusions": [("hotline", "服务号(")]}, r"extra_exclusions\[0\]: not a valid pattern"),
        ({"extra_exclusions": [("hot line", "服务号")]}, r"extra_exclusions\[0\]: a reason is a word"),
        ({"extra_changes": [("攀升", "higher")]}, r"extra_changes\[0\]: the direction"),
        ({"extra_changes": [("攀升",)]}, r"extra_changes\[0\]: expected \(word, direction\)"),
        ({"extra_periods": ["汛期("]}, r"extra_periods\[0\]: not a valid pattern"),
    ],
)
def test_a_bad_option_is_reported_like_a_bad_row(options, message):
    with pytest.raises(VocabularyError, match=message):
        Extractor(**options)


def test_a_stage_works_with_a_tiny_vocabulary():
    tiny = dataclasses.replace(Vocabulary.default(), units=(Unit("盏", "盏", "count"),))
    found, _ = QuantityFinder(tiny).find("安装路灯300盏，惠及居民2000人")
    assert [(q.value, q.unit) for q in found] == [(300, "盏")]


def test_options_travel_with_a_pickled_extractor():
    options = {"extra_qualifiers": [["差不多", "before", "approx"]], "extra_slogans": ["八个一"]}
    again = pickle.loads(pickle.dumps(Extractor(**options)))
    assert again.config == Config(**options)
    assert [c.qualifier for c in again.extract_claims("差不多300名职工参加")] == ["approx"]


def test_config_and_options_are_not_given_together():
    with pytest.raises(TypeError, match="not both"):
        Extractor(Config(), timeout=1.0)
    with pytest.raises(TypeError):
        Extractor(extra_words=["盏"])  # a misspelt option is an error, not ignored


_words = st.lists(st.text(alphabet="盏灯站八个一服务号", min_size=1, max_size=4), max_size=3)
_options = st.fixed_dictionaries(
    {},
    optional={
        "extra_units": _words,
        "extra_qualifiers": st.lists(
            st.tuples(
                st.text("差不多", min_size=1), st.sampled_from(["before", "after"]), st.sampled_from(["approx", "over"])
            ),
            max_size=2,
        ),
        "extra_slogans": _words,
        "extra_spam_markers": _words,
        "domain_terms": _words,
        "timeout": st.one_of(st.none(), st.floats(0.1, 60)),
    },
)


@given(_options)
def test_a_config_is_a_value_whatever_sequences_it_is_given(options):
    config = Config(**options)
    as_tuples = Config(
        **{
            k: tuple(map(tuple, v)) if k == "extra_qualifiers" else tuple(v) if isinstance(v, list) else v
            for k, v in options.items()
        }
    )
    assert config == as_tuples and hash(config) == hash(as_tuples)
    assert pickle.loads(pickle.dumps(config)) == config
