"""Benchmarks: ``python -m bench <scenario> [--size N] [--json]``."""
