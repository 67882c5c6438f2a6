"""MkDocs plugin `http-status`: every `<http-status>` badge and card written in a page's Markdown
arrives pre-rendered (painted before any script runs), the embed's files are served from the
site's `http-status/` folder, and every page loads them as the README's recipe says.

Markdown passes the element through as raw HTML, so the plugin works on each page's rendered
content, where code spans are already escaped and only real elements remain.
"""

from __future__ import annotations

from http_status_element import FOLDER_NAME, MODULE, STYLESHEET, prerender, published_files, unknown_code_message
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

log = get_plugin_logger(__name__)


class HttpStatusConfig(Config):
    # The site folder the files are served from.
    folder = config_options.Type(str, default=FOLDER_NAME)


class HttpStatusPlugin(BasePlugin[HttpStatusConfig]):
    def on_config(self, config):
        folder = self.config.folder.strip("/")
        config.extra_css.append(f"{folder}/{STYLESHEET}")
        script = ExtraScriptValue(f"{folder}/{MODULE}")
        script.type = "module"
        config.extra_javascript.append(script)
        return config

    def on_files(self, files, config):
        folder = self.config.folder.strip("/")
        for path in published_files():
            uri = f"{folder}/{path.name}"
            # The package's files replace a copy the site may already have there.
            if (existing := files.get_file_from_path(uri)) is not None:
                files.remove(existing)
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        return files

    def on_page_content(self, html, page, config, files):
        base = get_relative_url(f"{self.config.folder.strip('/')}/", page.url)
        page_name = page.file.src_uri
        return prerender(html, base, on_unknown=lambda code: log.warning(f"{page_name}: {unknown_code_message(code)}"))
