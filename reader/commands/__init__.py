"""Headless commands, one module each (see reader.cli)."""
