"""SHA-256 and SHA-1 for the start's few digests (the formats cache key, the opened file's signature,
the recovery file's name, PySide6's bootstrap cache) without importing hashlib.

hashlib loads OpenSSL's libcrypto and initialises it on import: ~11 M instructions, 1 % of the
window's start. CPython's own builtin implementations give the same digests; this is what the
standard library's `random` does for SHA-512. hashlib where neither is there.
"""

from __future__ import annotations

try:
    from _sha256 import sha256  # CPython ≤ 3.11
except ImportError:
    try:
        from _sha2 import sha256  # CPython ≥ 3.12
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import sha256

try:
    from _sha1 import sha1
except ImportError:  # pragma: no cover
    from hashlib import sha1

__all__ = ["sha1", "sha256"]
