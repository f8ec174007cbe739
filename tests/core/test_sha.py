"""gkdesk.core.sha: the digests of the start (formats cache key, file signature, recovery name, the
PySide6 bootstrap cache) without hashlib, and the same digests as hashlib."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from gkdesk.core import sha


def test_the_same_digests_as_hashlib():
    for data in (b"", b"abc", "政府信息公开".encode("utf-8"), bytes(range(256)) * 300):
        assert sha.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert sha.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
        h = sha.sha256()
        for i in range(0, len(data), 1000):
            h.update(data[i:i + 1000])
        assert h.digest() == hashlib.sha256(data).digest()


def test_the_start_modules_do_not_load_hashlib():
    code = ("import sys, gkdesk.core.sha, gkdesk.core.spec, gkdesk.core.storage, gkdesk.gui.bootcache; "
            "print('hashlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
