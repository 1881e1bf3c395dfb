"""``python -m plandeck.cli``: the same as the ``plandeck`` command."""
from plandeck.cli import main

raise SystemExit(main())
