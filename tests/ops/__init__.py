"""Checks of the operations files (Prometheus, Grafana, compose, Dockerfile)."""
