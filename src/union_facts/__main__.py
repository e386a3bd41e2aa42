"""``python -m union_facts`` is the ``union-facts`` command."""

import sys

from .cli import main

sys.exit(main())
