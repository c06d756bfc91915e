"""Benchmarks: each script measures vnnews against a baseline in the same run; `python -m bench.<name>`."""
