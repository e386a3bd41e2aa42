"""Hypothesis profiles: `ci` (the default, bounded, derandomized) and `long` (the fuzz run, random,
not part of CI).

The `ci` profile draws the same examples on every run: a gate that passed on a commit passes on
its clean clone, and a new counterexample comes from the `long` run (or a test's own table), not
from a random draw in someone's CI.

Pick one with ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py`` (or pytest's
``--hypothesis-profile long``). No deadline in either: the machines are shared and noisy, and a
slow example is not a failure (a hang is caught by the extractor's own timeout).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: Examples per property test (the long profile: seven property tests, 105,000 inputs in all).
CI_EXAMPLES = 300
LONG_EXAMPLES = 15_000

settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=LONG_EXAMPLES,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
