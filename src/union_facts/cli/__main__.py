"""``python -m union_facts.cli`` is the ``union-facts`` command."""

import sys

from . import main

sys.exit(main())
