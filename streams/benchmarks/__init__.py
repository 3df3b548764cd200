"""`newsalerts bench`: throughput, latency and memory of the pipeline against its targets.

Modules: `data` (the articles), `kafka_io` (pre-fill, the raw ceiling, topic counts),
`worker_run` (worker processes, RSS, scale), `latency`, `report` (pure: percentiles,
verdicts, table, JSON) and `runner` (the whole run).
"""
