"""``python -m rashomon.cli``, as when the command line was one module."""

from rashomon.cli import main

main()
