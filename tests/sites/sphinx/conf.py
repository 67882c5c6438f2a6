# A small Sphinx site with the Furo theme and the sphinx-http-status extension (plugins/python/),
# built by tests/sites/build.mjs and opened by tests/e2e/sites.test.mjs. The extension
# pre-renders the page's badge and card, serves the embed's files from _static/http-status/
# and loads them.
project = "Example API"
extensions = ["sphinx_http_status"]
html_theme = "furo"
