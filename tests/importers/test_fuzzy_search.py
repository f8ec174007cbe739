"""The bounded fuzzy label search (Myers bit-parallel end search + banded start DP) against a
brute-force edit distance over every substring, on seeded random inputs."""

from __future__ import annotations

import random

from gkdesk.importers.locate import Finder, best_fuzzy_end

ALPHA = "政府信息公开申请数量本年新收予以部分不0123"


def _dist(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j - 1] + (ca != cb), row[j] + 1, new[j - 1] + 1))
        row = new
    return row[-1]


def _brute_end(key: str, hay: str, k: int):
    best = None
    for e in range(1, len(hay) + 1):
        d = min(_dist(key, hay[s:e]) for s in range(e + 1))
        if d <= k and (best is None or d < best[1]):
            best = (e, d)
    return best


def test_myers_end_and_cost_equal_brute_force():
    rng = random.Random(11)
    for _ in range(300):
        key = "".join(rng.choice(ALPHA[:-4]) for _ in range(rng.randint(3, 9)))
        hay = "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 25)))
        if rng.random() < 0.6:
            pos = rng.randint(0, len(hay))
            mut = list(key)
            for _ in range(rng.randint(0, 2)):
                j = rng.randrange(len(mut))
                mut[j] = rng.choice(ALPHA)
            hay = hay[:pos] + "".join(mut) + hay[pos:]
        k = rng.randint(1, 3)
        assert best_fuzzy_end(key, hay, 0, len(hay), k) == _brute_end(key, hay, k), (key, hay, k)


def test_found_span_is_at_the_reported_distance_and_never_takes_a_number():
    rng = random.Random(12)
    checked = 0
    for _ in range(400):
        key = "".join(rng.choice(ALPHA[:-4]) for _ in range(rng.randint(8, 16)))
        mut = list(key)
        for _ in range(rng.randint(0, 2)):
            mut[rng.randrange(len(mut))] = rng.choice(ALPHA)
        hay = "".join(rng.choice("0123 ") for _ in range(rng.randint(0, 8))) + "".join(mut) + " 12 0 3"
        hit = Finder(hay).find_fuzzy(key)
        if hit is None:
            continue
        s, e, cost = hit
        span = hay[s:e].replace(" ", "")
        assert _dist(key, span) == cost
        assert not span[0].isdigit() and not span[-1].isdigit()
        checked += 1
    assert checked > 100


def test_row_total_is_not_stolen_by_the_next_label():
    # "…713" then a label without its ordinal: "13" must not stand in for "二、"
    text = "本年新收政府信息公开申请数量 705 3 0 0 5 0 713\n上年结转政府信息公开申请数量 12 0 0 0 0 0 12"
    s, e, _ = Finder(text).find_fuzzy("二、上年结转政府信息公开申请数量")
    assert text[s:e] == "上年结转政府信息公开申请数量"


def test_norm_fast_path_equals_the_character_wise_form():
    """locate.norm joins cached per-character folds and caches whole labels; it must give exactly
    what the character-wise pass (_normalised_chars, which also maps the offsets) gives: NFKC,
    quotes unified, white space and "|" dropped, "1、" read as "1."."""
    from gkdesk.importers import locate

    rng = random.Random(11)
    alphabet = "1２、、。 \u3000\u00a0|（(一）)①⑴²’“ab政府．"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        locate._NORM.clear()
        first = locate.norm(s)
        assert first == "".join(c for _i, c in locate._normalised_chars(s)), repr(s)
        assert locate.norm(s) == first  # the cached answer
    assert locate.norm("1、属于国家秘密") == "1.属于国家秘密"
    assert locate.norm("（二）部分 公开") == "(二)部分公开"
