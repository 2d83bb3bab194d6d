"""``python -m chronicle``."""

from chronicle.cli import main

main()
