#!/usr/bin/env python3
"""Writes src/main/resources/fonts/DroidSansFallback-CJK.ttf: Droid Sans Fallback (Apache 2.0) cut down to the
characters of the four national CJK standards, so the PDF reports have a CJK fallback without a 4 MB font.

Kept: every character of GB 2312 (simplified Chinese, 6,763 hanzi), Big5 (traditional Chinese, 13,060 hanzi),
JIS X 0208 (Japanese, 6,355 kanji plus kana) and KS X 1001 (Korean, 2,350 hangul syllables and 4,888 hanja), as
Python's codecs map them to Unicode, plus the CJK punctuation, kana, Bopomofo, hangul jamo and fullwidth blocks
whole. Characters outside these sets (rare hanzi, archaic hangul) fall back to the missing-glyph path.

Usage (Debian: apt-get install fonttools fonts-droid-fallback):
    python3 tools/subset-cjk-font.py /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf \
        src/main/resources/fonts/DroidSansFallback-CJK.ttf
"""
import subprocess
import sys
import tempfile


def legacy_set(codec, lead, trail):
    chars = set()
    for a in lead:
        for b in trail:
            try:
                chars.update(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def main(source, target):
    chars = set()
    chars |= legacy_set("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    chars |= legacy_set("big5", range(0xA1, 0xFA), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    chars |= legacy_set("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
    chars |= legacy_set("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))
    codepoints = {ord(c) for c in chars if ord(c) >= 0x2E80}
    blocks = [(0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x3130, 0x318F),
              (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]
    for lo, hi in blocks:
        codepoints.update(range(lo, hi + 1))
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as unicodes:
        unicodes.write("\n".join("U+%04X" % cp for cp in sorted(codepoints)))
        unicodes.flush()
        subprocess.run(["pyftsubset", source, "--unicodes-file=" + unicodes.name, "--output-file=" + target,
                        "--layout-features=*", "--no-hinting", "--name-IDs=*", "--name-languages=*"],
                       check=True)
    print(len(codepoints), "code points kept in", target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
