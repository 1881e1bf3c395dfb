"""A headless Chromium driven through the DevTools protocol over a pipe, for the report's screen tests.

``chromium --headless --window-size=390,...`` lays pages out at least 500 px wide (a
screenshot at 390 is a crop of that), so a phone cannot be checked from the command line.
The protocol's device emulation sets the exact viewport; ``--remote-debugging-pipe``
speaks it as NUL-terminated JSON on file descriptors 3 (to the browser) and 4 (from it),
so no WebSocket library is needed.
"""
from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
from pathlib import Path
from types import TracebackType
from typing import Any

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--remote-debugging-pipe")


class Browser:
    """One browser process with one page; ``open`` loads a URL at a given viewport width."""

    def __init__(self, exe: str, profile: Path, timeout: float = 120) -> None:
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()

        def onto_3_and_4() -> None:  # in the child: the two pipe ends become fds 3 and 4, as Chromium expects
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)
            for fd in high:
                os.close(fd)

        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     close_fds=False, preexec_fn=onto_3_and_4)  # keep 3 and 4 across exec
        os.close(to_browser)
        os.close(from_browser)
        self.timeout, self._next, self._buffer = timeout, 0, b""
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Network.enable", session=True)
        self.requested: list[str] = []  # every URL the last page opened asked for, itself included

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._read, self._write):
            os.close(fd)

    def _message(self) -> dict:
        while b"\0" not in self._buffer:
            if not select.select([self._read], [], [], self.timeout)[0]:
                raise RuntimeError(f"the browser sent nothing for {self.timeout:.0f} s")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict = json.loads(raw)
        return message

    def call(self, method: str, session: bool = False, **params: Any) -> dict:
        """Send one command and wait for its answer; events that arrive meanwhile are kept in ``events``."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._message()
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict = answer.get("result", {})
                return result
            self.events.append(answer)

    def wait_for(self, event: str) -> dict:
        while True:
            for k, seen in enumerate(self.events):
                if seen.get("method") == event:
                    return self.events.pop(k)
            self.events.append(self._message())

    def open(self, url: str, width: int, height: int, mobile: bool) -> None:
        """Load ``url`` in a viewport of exactly ``width`` x ``height`` CSS pixels and wait for its load event."""
        self.resize(width, height, mobile)
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")
        self.requested = [e["params"]["request"]["url"] for e in self.events
                          if e.get("method") == "Network.requestWillBeSent"]

    def resize(self, width: int, height: int, mobile: bool) -> None:
        """Change the viewport without reloading (a viewport as tall as the page puts all of it on screen)."""
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (the page's own policy forbids its scripts, not ours)."""
        answer = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in answer:
            raise RuntimeError(answer["exceptionDetails"].get("exception", {}).get("description", "script failed"))
        return answer["result"].get("value")

    def screenshot(self, path: Path, width: int, height: int) -> None:
        """A PNG of the top ``height`` pixels of the page at the current viewport width."""
        data = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})["data"]
        path.write_bytes(base64.b64decode(data))
