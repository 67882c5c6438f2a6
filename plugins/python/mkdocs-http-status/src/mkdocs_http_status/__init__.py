"""MkDocs plugin for `<http-status>`: see plugin.py."""
