"""formats.toml parsed once and kept as JSON in the cache folder, named by the file's hash; any
problem with the cache falls back to parsing."""

import json
import os
import tomllib
from importlib import resources

import pytest

from gkdesk.core import spec


@pytest.fixture
def toml_bytes():
    return resources.files("gkdesk.core.formats").joinpath("formats.toml").read_bytes()


def test_cache_is_written_once_and_read_back(tmp_path, toml_bytes):
    truth = tomllib.loads(toml_bytes.decode("utf-8"))
    assert spec.parse_formats(toml_bytes, tmp_path) == truth
    files = list(tmp_path.glob("formats-*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_bytes()) == truth
    # the second parse reads the cache (a marker put into it comes back)
    marked = dict(truth, marker="from the cache")
    files[0].write_text(json.dumps(marked, ensure_ascii=False), encoding="utf-8")
    assert spec.parse_formats(toml_bytes, tmp_path) == marked
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_an_edited_formats_file_gets_its_own_cache(tmp_path, toml_bytes):
    spec.parse_formats(toml_bytes, tmp_path)
    edited = toml_bytes.replace("行政复议".encode(), "行政复議".encode(), 1)
    assert edited != toml_bytes
    raw = spec.parse_formats(edited, tmp_path)
    assert raw == tomllib.loads(edited.decode("utf-8")) != tomllib.loads(toml_bytes.decode("utf-8"))
    assert len(list(tmp_path.glob("formats-*.json"))) == 2


@pytest.mark.parametrize("damage", [b"", b"\xff\xfe garbage", b'{"formats": [', b"[1, 2]", b'{"formats": 1}',
                                    b'{"formats": [], "tables": []}'])
def test_a_damaged_cache_is_parsed_again_and_repaired(tmp_path, toml_bytes, damage):
    truth = tomllib.loads(toml_bytes.decode("utf-8"))
    spec.parse_formats(toml_bytes, tmp_path)
    (cache,) = tmp_path.glob("formats-*.json")
    cache.write_bytes(damage)
    assert spec.parse_formats(toml_bytes, tmp_path) == truth
    assert json.loads(cache.read_bytes()) == truth


def test_an_unusable_cache_folder_is_ignored(tmp_path, toml_bytes):
    truth = tomllib.loads(toml_bytes.decode("utf-8"))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert spec.parse_formats(toml_bytes, blocker) == truth
    assert spec.parse_formats(toml_bytes, blocker / "sub") == truth
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            assert spec.parse_formats(toml_bytes, ro) == truth
            assert not list(ro.iterdir())
        finally:
            ro.chmod(0o700)


def test_toml_values_without_an_exact_json_form_are_not_cached(tmp_path):
    data = b'formats = []\ntables = []\nsections = []\nwhen = 2021-06-01\n'
    raw = spec.parse_formats(data, tmp_path)
    assert str(raw["when"]) == "2021-06-01"
    assert not list(tmp_path.glob("formats-*.json"))
    assert spec.parse_formats(data, tmp_path) == raw


def test_cache_folder_choice(monkeypatch, tmp_path):
    monkeypatch.setenv("GKDESK_CACHE_DIR", str(tmp_path))
    assert spec._cache_dir() == tmp_path
    monkeypatch.setenv("GKDESK_CACHE_DIR", "")
    assert spec._cache_dir() is None  # "" turns the caches off
    monkeypatch.delenv("GKDESK_CACHE_DIR")
    monkeypatch.setenv("GKDESK_NO_USER_STATE", "1")
    assert spec._cache_dir() is None  # tests and smoke runs leave the user's folders alone
    monkeypatch.delenv("GKDESK_NO_USER_STATE")
    assert spec._cache_dir().name == "gkdesk" or "gkdesk" in spec._cache_dir().parts


def test_the_program_reads_formats_through_the_cache(monkeypatch, tmp_path, toml_bytes):
    monkeypatch.setenv("GKDESK_CACHE_DIR", str(tmp_path / "cache"))
    before = spec._raw()
    spec._raw.cache_clear()
    try:
        assert spec._raw() == before
        (cache,) = (tmp_path / "cache").glob("formats-*.json")
        assert json.loads(cache.read_bytes()) == tomllib.loads(toml_bytes.decode("utf-8"))
    finally:
        spec._raw.cache_clear()
