"""Worst-case inputs for the extractors: does the time grow with the text, or with its square?

Each input repeats a pattern that makes a finder produce thousands of candidates (a long list of
communes, thousands of one-syllable country names, role after role with no full stop). It is timed at
10 KB and at 100 KB in the same run; for linear work the ratio is about 10, for quadratic work about 100.

    python -m bench.extract_worst
"""

from __future__ import annotations

import time

from extractors.extract import extract_facts

PATTERNS = {
    "one-syllable countries": "hàng Nhật ",
    "Korean pairs": " - Hàn",
    "commune list": "Văn Lang, Cẩm Khê, Hương Xạ, Phương Viên, Đan Thượng, ",
    "offices in roles": "Trưởng phòng Nông nghiệp, ",
    "two-syllable names": "do Phạm Tuân lái ",
    "village numbers": "thôn Bảo Lộc 1, ",
    "figures": "trên 300 ban ANTT, gần 2.000 tổ, 97/285 khu dân cư, 3 - 5 ngày, ",
    "headline names": "Quang Hải ghi bàn cho ông Nguyễn Văn An. ",  # a sentence opening with a given name
    "later given names": "ông Lò Văn Páo, sau đó Páo khai, ",
    "joined foreign names": "HLV Erik ten Hag, Miley Cyrus và Katy Perry, ",  # each joined to the last
    "one-word players": "Saka ghi bàn, đồng nghiệp Kiatisuk, ",
    "firms called firms": "Zenvia - công ty mẹ của Grabbit, Founder của Leflair, ",
    "names listed": "Harry Kane, Porro, Cubarsi (Torres 62'); ",  # each item taken from the one before
    "bodies of a country": "Bộ Quốc phòng Nga họp, ",  # each organisation's place read from its end
    "quoted models": "các phong trào, cuộc vận động như: “Tiếng kẻng”, “Mắt thần”, ",  # each kind word in a quote?
}


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_facts(text)
    return time.perf_counter() - start


def main() -> None:
    extract_facts("Khởi động: ông Nguyễn Văn A ở xã Sơn Nga.")  # load the models and tables once
    print(f"{'input':<24} {'10 KB (s)':>10} {'100 KB (s)':>11} {'ratio':>7}")
    for name, pattern in PATTERNS.items():
        small = pattern * (10_000 // len(pattern))
        large = pattern * (100_000 // len(pattern))
        if name == "commune list":
            small, large = "Các xã " + small, "Các xã " + large
        t_small, t_large = _seconds(small), _seconds(large)
        print(f"{name:<24} {t_small:>10.3f} {t_large:>11.3f} {t_large / t_small:>7.1f}")


if __name__ == "__main__":
    main()
