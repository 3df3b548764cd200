"""Command implementations registered by `streams.cli` (kept out of the CLI module so
each stays thin and testable on its own: `offline` = annotate/eval, no broker)."""
