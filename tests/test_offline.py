"""No request leaves the machine while a deck is read: links stripped, LibreOffice without network.

A server on 127.0.0.1 counts every request; decks link their image, object and frame to
it. Each of the two defences is also tried alone, so losing either one shows.
"""
from __future__ import annotations

import http.server
import io
import shutil
import threading
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from plandeck.extract.read import convert, unlink
from plandeck.pipeline import extract
from tests.hostile.linked import linked_odp, linked_pptx

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                   reason="needs LibreOffice")


class Server:
    """An HTTP server on 127.0.0.1 that answers 404 and remembers every path asked for."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(404)
                self.end_headers()

            do_HEAD = do_POST = do_PROPFIND = do_OPTIONS = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    # The counter itself works: a request from this process is seen.
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{srv.url}/probe", timeout=5)
    assert srv.hits == ["/probe"]
    srv.hits.clear()
    yield srv
    srv.close()


@needs_soffice
def test_converting_a_linked_odp_makes_no_request(server: Server, tmp_path: Path) -> None:
    deck = tmp_path / "linked.odp"
    deck.write_bytes(linked_odp(server.url))
    doc = extract(deck)
    assert [i.title for i in doc.items] == ["1.1 Street lighting survey"]
    assert server.hits == []


@needs_soffice
def test_stripping_links_alone_keeps_libreoffice_offline(server: Server, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "offline_prefix", lambda: ())
    deck = tmp_path / "linked.odp"
    deck.write_bytes(linked_odp(server.url))
    extract(deck)
    assert server.hits == []


@needs_soffice
def test_the_network_namespace_alone_keeps_libreoffice_offline(server: Server, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if not convert.offline_prefix():
        pytest.skip("this system forbids unprivileged network namespaces")
    monkeypatch.setattr(unlink, "strip_external_links", lambda data: (data, 0))
    deck = tmp_path / "linked.odp"
    deck.write_bytes(linked_odp(server.url))
    extract(deck)
    assert server.hits == []


def test_a_pptx_with_a_linked_picture_makes_no_request(server: Server, tmp_path: Path) -> None:
    deck = tmp_path / "linked.pptx"
    deck.write_bytes(linked_pptx(server.url))
    extract(deck)
    assert server.hits == []


def test_external_links_are_removed_and_internal_ones_kept() -> None:
    data, removed = unlink.strip_external_links(linked_odp("http://example.invalid"))
    assert removed == 4  # image, object, its replacement image, floating frame
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        content = zf.read("content.xml").decode()
        assert zf.namelist()[0] == "mimetype"
    assert "example.invalid" not in content and "Street lighting survey" in content
    assert unlink.strip_external_links(data) == (data, 0)


@pytest.mark.parametrize("href", ["http://x/y.png", "file:///etc/passwd", "/etc/passwd", "\\\\host\\share\\a.png",
                                  "../secret.png", "Pictures/../../x.png", "vnd.sun.star.expand:$HOME/x",
                                  " smb://host/a"])
def test_links_that_leave_the_package_are_external(href: str) -> None:
    assert unlink.is_external(href)


@pytest.mark.parametrize("href", ["Pictures/1000.png", "./Object 1", "#Slide 2", "Object 1", ""])
def test_links_inside_the_package_are_not_external(href: str) -> None:
    assert not unlink.is_external(href)
