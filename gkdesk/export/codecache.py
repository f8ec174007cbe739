"""Compiled templates kept between runs in the user's cache folder.

Jinja turns a template into Python code before it renders. docxtpl hands it the whole document
XML (~75,000 characters for the bundled report), and that compile takes ~0.25 s, most of a cold
`gkdesk export`. `from_string(env, source)` therefore keeps the compiled code object (marshal)
in the user cache folder, under a key made of

- the SHA-256 of the exact source text, and
- everything else the generated code depends on: the Python bytecode version, the Jinja version,
  the environment's class and options (autoescape, delimiters, whitespace options, extensions,
  undefined, the intercepted operators), the code of the sandbox's compile hook, and the names
  a template may use (`verified.names_signature`).

So a cache entry is only ever the compile of the very same text under the very same rules; no
check is skipped by it (the template checks run as before, and a template that does not compile
is never stored). The sandbox is not weakened either: its guards are calls the generated code
makes at run time.

The file is trusted only as far as the folder is: the folder is the user's own (created 0700;
on POSIX a folder owned by someone else, or writable by group/others, is not used). Each entry
carries the SHA-256 of its payload, so a torn, truncated or damaged file is ignored (and
removed) and the template is compiled as if there were no cache. Writes are atomic (temp file
in the folder, then replace). The folder keeps the MAX_ENTRIES most recently used entries.

GKDESK_CACHE_DIR sets the folder ("" turns the cache off); GKDESK_NO_USER_STATE=1 (tests, smoke
runs) uses a temp folder of the process; otherwise platformdirs' user cache folder.

Before the user cache, `from_string` and `cached_text` look in the code shipped with gkdesk for the
bundled templates (gkdesk/export/precompiled, see the section "shipped with gkdesk" below and
.precompile), so that even the first export after installing compiles nothing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import threading
import time
import types
from pathlib import Path

import jinja2

MAGIC = b"gkdesk-jinja-code 1\n"
TEXT_MAGIC = b"gkdesk-text 1\n"
SUFFIX = ".jcode"
TEXT_SUFFIX = ".text"
MAX_ENTRIES = 256

_TEMP_DIR: Path | None = None
_DIRS: dict[tuple, Path | None] = {}
_LOCK = threading.Lock()
#: counts of this process: entries used, entries written, damaged entries ignored, shipped code and
#: shipped texts used, shipped files refused (edited or damaged; for tests)
stats = {"hit": 0, "stored": 0, "bad": 0, "shipped": 0, "shipped_text": 0, "shipped_bad": 0}
#: a list while tools/make_templates.py records what the bundled templates compile (see .precompile)
recording: list | None = None


def cache_dir() -> Path | None:
    """The folder for compiled templates, or None when the cache is off or the folder unusable."""
    settings = (os.environ.get("GKDESK_CACHE_DIR"), os.environ.get("GKDESK_NO_USER_STATE"))
    if settings not in _DIRS:
        _DIRS[settings] = _find_dir()
    return _DIRS[settings]


def _find_dir() -> Path | None:
    global _TEMP_DIR
    env = os.environ.get("GKDESK_CACHE_DIR")
    if env is not None:
        if not env.strip():
            return None
        p = Path(env)
    elif os.environ.get("GKDESK_NO_USER_STATE") == "1":
        with _LOCK:
            if _TEMP_DIR is None:
                import atexit
                import shutil

                _TEMP_DIR = Path(tempfile.mkdtemp(prefix="gkdesk-cache-"))
                atexit.register(shutil.rmtree, _TEMP_DIR, True)
        p = _TEMP_DIR
    else:
        from ..paths import user_cache_dir

        p = user_cache_dir() / "templates"
    try:
        p.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return p if _trusted(p) else None


def _trusted(p: Path) -> bool:
    """The folder is this user's alone: nobody else could have put code there."""
    if not hasattr(os, "getuid"):  # Windows: the per-user local app data folder
        return p.is_dir()
    try:
        st = p.stat()
    except OSError:
        return False
    return p.is_dir() and st.st_uid == os.getuid() and not st.st_mode & 0o022


def _code_digest(code: types.CodeType, h) -> None:
    h.update(code.co_code)
    h.update(repr((code.co_names, code.co_varnames)).encode())
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            _code_digest(c, h)
        elif isinstance(c, frozenset):  # its repr's order changes with the hash seed
            h.update(repr(sorted(map(repr, c))).encode())
        else:
            h.update(repr(c).encode())


def _options(env) -> tuple:
    """The environment's class and every option the generated code depends on (no Python version)."""
    from .verified import names_signature

    cls = type(env)
    return (
        jinja2.__version__,
        cls.__module__, cls.__qualname__, [c.__qualname__ for c in cls.__mro__],
        env.autoescape, env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
        env.newline_sequence, env.keep_trailing_newline, env.optimized, env.finalize is None,
        sorted(env.extensions), getattr(env.undefined, "__qualname__", repr(env.undefined)),
        sorted(getattr(env, "intercepted_binops", ())), sorted(getattr(env, "intercepted_unops", ())),
        names_signature(env),
    )


def env_signature(env) -> bytes:
    """What the code Jinja generates depends on, besides the source text."""
    cls = type(env)
    h = hashlib.sha256()
    h.update(repr((importlib.util.MAGIC_NUMBER, sys.implementation.cache_tag, *_options(env))).encode())
    for name in ("_generate", "_parse", "_tokenize", "preprocess", "_compile"):
        fn = getattr(cls, name, None)
        code = getattr(fn, "__code__", None)
        if code is not None:
            _code_digest(code, h)
    return h.digest()


def _key(env, source: str) -> str:
    h = hashlib.sha256(env_signature(env))
    h.update(b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _read_entry(path: Path, magic: bytes) -> bytes | None:
    """The payload of a cache file, or None (and the file removed) when it is torn or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    n = len(magic)
    if blob[:n] == magic and len(blob) >= n + 32 and hashlib.sha256(blob[n + 32:]).digest() == blob[n:n + 32]:
        return blob[n + 32:]
    _discard(path)
    return None


def _touch(path: Path) -> None:
    """Mark an entry as used (the folder keeps the most recently used ones)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _discard(path: Path) -> None:
    stats["bad"] += 1
    try:
        path.unlink()
    except OSError:
        pass


def _load(path: Path) -> types.CodeType | None:
    payload = _read_entry(path, MAGIC)
    if payload is None:
        return None
    _touch(path)
    try:
        code = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        code = None
    if isinstance(code, types.CodeType):
        return code
    _discard(path)
    return None


def _store(folder: Path, path: Path, code: types.CodeType) -> None:
    _write_entry(folder, path, MAGIC, marshal.dumps(code))


def _write_entry(folder: Path, path: Path, magic: bytes, payload: bytes) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=folder)  # 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(magic + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        return  # a full disk or a read-only folder: no cache, same result
    stats["stored"] += 1
    _prune(folder)


def _prune(folder: Path) -> None:
    try:
        entries, now = [], time.time()
        for e in os.scandir(folder):
            if e.name.endswith((SUFFIX, TEXT_SUFFIX)):
                entries.append(e)
            elif e.name.startswith(".tmp-") and e.stat().st_mtime < now - 3600:
                os.unlink(e.path)  # left by a process that was killed while writing
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda e: e.stat().st_mtime)
        for e in entries[: len(entries) - MAX_ENTRIES]:
            os.unlink(e.path)
    except OSError:
        pass


def _compile(env, source: str):
    """What `Environment.from_string` does (Jinja 3.1), without the cache."""
    return env.template_class.from_code(env, env.compile(source), env.make_globals(None), None)


def from_string(env, source: str):
    """`env.from_string(source)`, with the compiled code reused from the cache folder when present.
    Raises exactly what `env.from_string` raises (a template that does not compile is never cached)."""
    if callable(env.autoescape):
        return _compile(env, source)
    if recording is not None:
        recording.append(("code", env, source))
    code = shipped_code(env, source)
    if code is not None:
        stats["shipped"] += 1
        return env.template_class.from_code(env, code, env.make_globals(None), None)
    folder = cache_dir()
    if folder is None:
        return _compile(env, source)
    path = folder / (_key(env, source) + SUFFIX)
    code = _load(path) if path.exists() else None
    if code is None:
        code = env.compile(source)
        _store(folder, path, code)
    else:
        stats["hit"] += 1
    return env.template_class.from_code(env, code, env.make_globals(None), None)


def cached_text(kind: str, salt: bytes, source: str, compute, shipped_salt: bytes | None = None) -> str:
    """compute(source) for a pure text transformation, kept in the cache folder under the SHA-256 of
    kind, salt (the code of the transformation) and source; a damaged entry is computed again.
    `shipped_salt` (the transformation's version and source, no Python bytecode) finds the result
    shipped for the bundled templates (see shipped_text)."""
    if recording is not None and shipped_salt is not None:
        recording.append(("text", kind, shipped_salt, source, compute))
    if shipped_salt is not None:
        out = shipped_text(kind, shipped_salt, source)
        if out is not None:
            stats["shipped_text"] += 1
            return out
    folder = cache_dir()
    if folder is None:
        return compute(source)
    h = hashlib.sha256(f"{kind}\0".encode())
    h.update(salt)
    h.update(b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    path = folder / (h.hexdigest() + TEXT_SUFFIX)
    if path.exists():
        blob = _read_entry(path, TEXT_MAGIC)
        if blob is not None:
            try:
                out = blob.decode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                out = None
            if out is not None:
                _touch(path)
                stats["hit"] += 1
                return out
    out = compute(source)
    _write_entry(folder, path, TEXT_MAGIC, out.encode("utf-8", "surrogatepass"))
    return out


def code_salt(*objs) -> bytes:
    """A digest of the code of functions or classes (their methods), for `cached_text`'s salt."""
    h = hashlib.sha256()
    for obj in objs:
        fns = [obj] if hasattr(obj, "__code__") else [v for _k, v in sorted(vars(obj).items()) if hasattr(v, "__code__")]
        for fn in fns:
            _code_digest(fn.__code__, h)
    return h.digest()


# ------------------------------------------------------------------------------ shipped with gkdesk
# The bundled templates' compiled code is generated at build time (tools/make_templates.py, see
# .precompile) into gkdesk/export/precompiled/: one module per template text holding exactly the
# Python source Jinja generates for it (its bytecode comes from the normal __pycache__, which pip
# writes on install), and docxtpl's patched XML of the bundled DOCX parts. An entry is used only
# when its key, computed now from the text and everything Jinja's generated *source* depends on
# (source_signature: the Jinja version, the environment's options and names, the source files
# of our compile hooks), is the recorded one, and the file's SHA-256 is the recorded one. Anything
# else (a clerk's template, another Jinja version, an edited sandbox or file) compiles as before.

SHIPPED_FORMAT = 1
SHIPPED_INDEX = "index.json"
_SHIPPED: dict[Path, dict] = {}
_MODULE_DIGESTS: dict[str, str | None] = {}


def shipped_dir() -> Path:
    return Path(__file__).resolve().parent / "precompiled"


def module_digest(name: str) -> str | None:
    """SHA-256 of a loaded module's source file; None when its source is not there (a frozen build)."""
    if name not in _MODULE_DIGESTS:
        f = getattr(sys.modules.get(name), "__file__", None)
        digest = None
        if f and f.endswith(".py"):
            try:
                digest = hashlib.sha256(Path(f).read_bytes()).hexdigest()
            except OSError:
                pass
        _MODULE_DIGESTS[name] = digest
    return _MODULE_DIGESTS[name]


def source_signature(env) -> bytes | None:
    """What the Python source Jinja generates depends on besides the template text: the Jinja version,
    the environment's class and options and names, and the source of every module of ours the
    class comes from (the sandbox's compile hooks). The same on every Python version; None when a
    module's source cannot be read."""
    hooks = []
    for c in type(env).__mro__:
        mod = c.__module__
        if mod == "builtins" or mod.split(".")[0] == "jinja2":
            continue
        digest = module_digest(mod)
        if digest is None:
            return None
        hooks.append((mod, digest))
    return hashlib.sha256(repr((SHIPPED_FORMAT, *_options(env), sorted(set(hooks)))).encode()).digest()


def shipped_key(signature: bytes, source: str) -> str:
    h = hashlib.sha256(signature)
    h.update(b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def text_key(kind: str, shipped_salt: bytes, source: str) -> str:
    return shipped_key(hashlib.sha256(repr((SHIPPED_FORMAT, kind)).encode() + b"\0" + shipped_salt).digest(), source)


def _shipped_index(folder: Path) -> dict:
    index = _SHIPPED.get(folder)
    if index is None:
        try:
            import json

            index = json.loads((folder / SHIPPED_INDEX).read_text(encoding="utf-8"))
            if not isinstance(index, dict) or index.get("format") != SHIPPED_FORMAT:
                index = {}
        except (OSError, ValueError):
            index = {}
        _SHIPPED[folder] = index
    return index


def _shipped_file(folder: Path, table: str, key: str) -> tuple[Path, bytes] | None:
    """The shipped file recorded for `key` and its bytes, if they are exactly the recorded ones."""
    entry = _shipped_index(folder).get(table, {}).get(key)
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or "/" in entry["file"]:
        return None
    path = folder / entry["file"]
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != entry.get("sha256") or key.encode() not in data[-400:]:
        stats["shipped_bad"] += 1  # edited, damaged or replaced: never run it
        return None
    return path, data


def _retarget(code: types.CodeType) -> types.CodeType:
    """The code with the file name Jinja gives a template compiled from a string ("<template>")."""
    consts = tuple(_retarget(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="<template>", co_consts=consts)


def shipped_code(env, source: str) -> types.CodeType | None:
    """The code shipped for this very template text under these very compile rules, or None."""
    signature = source_signature(env)
    if signature is None:
        return None
    key = shipped_key(signature, source)
    found = _shipped_file(shipped_dir(), "code", key)
    if found is None:
        return None
    path, _data = found
    from importlib.machinery import SourceFileLoader

    name = f"{__package__}.precompiled.{path.stem}"
    try:  # reads the bytecode from __pycache__ when it is current, else compiles the (checked) file
        code = SourceFileLoader(name, str(path)).get_code(name)
    except (OSError, SyntaxError, ValueError, ImportError):
        return None
    return _retarget(code) if isinstance(code, types.CodeType) else None


def shipped_text(kind: str, shipped_salt: bytes, source: str) -> str | None:
    found = _shipped_file(shipped_dir(), "text", text_key(kind, shipped_salt, source))
    if found is None:
        return None
    data = found[1]
    end = data.rfind(b"\n<!-- gkdesk-shipped ")
    try:
        return data[:end].decode("utf-8", "surrogatepass") if end >= 0 else None
    except UnicodeDecodeError:
        return None
