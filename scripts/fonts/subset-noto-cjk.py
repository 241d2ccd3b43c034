"""Makes the fonts the minutes PDF is set in (assets/fonts/).

The Simplified Chinese faces of Noto Serif CJK, regular (the body) and bold (headings), cut down to the characters of GB 2312 plus ASCII, Latin-1,
the pinyin vowels, general and CJK punctuation and the full-width forms, so that each file stays a few
megabytes. The PDF then embeds only the glyphs a document uses.

Source: the collections of Debian's fonts-noto-cjk (1:20220127+repack1-1, SIL OFL 1.1), one face of each
.ttc, subset by fontTools (Debian's python3-fonttools, 4.38.0). On Debian 12:

    apt-get install -y fonts-noto-cjk python3-fonttools
    /usr/bin/python3 scripts/fonts/subset-noto-cjk.py

The same inputs and fontTools version give the same files (assets/fonts/README.md).
"""

import os
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE_DIR = Path(os.environ.get("NOTO_CJK_DIR", "/usr/share/fonts/opentype/noto"))
OUT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

FACES = [
    ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular", "NotoSerifSC-Regular-GB2312.otf"),
    ("NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold", "NotoSerifSC-Bold-GB2312.otf"),
]


def gb2312_code_points():
    """Every character of GB 2312: its two-byte codes (rows and cells 0xA1–0xFE) that decode."""
    points = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # an empty cell of the table
    return points


def extra_code_points():
    """Beyond GB 2312: Latin text, punctuation of both scripts, full-width forms, circled numbers, and a few
    characters of people's and places' names that GB 2312 lacks (朱镕基's 镕, for one)."""
    ranges = [
        (0x20, 0x7E),  # ASCII
        (0xA0, 0xFF),  # Latin-1
        (0x0100, 0x017F),  # Latin Extended-A: macrons and carons of pinyin, names of Europe
        (0x01CD, 0x01DC),  # the pinyin vowels with caron, ü with tones
        (0x2000, 0x206F),  # general punctuation
        (0x2460, 0x2473),  # ① – ⑳
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF00, 0xFFEF),  # half-width and full-width forms
    ]
    points = {p for start, end in ranges for p in range(start, end + 1)}
    points.update(ord(c) for c in "℃№™←↑→↓√∶镕堃喆玥昇珺琤赟颋婧瑄祎焜熠炜")
    return points


def face_index(collection_path, postscript_name):
    collection = TTCollection(str(collection_path), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(6) == postscript_name:
            return index
    sys.exit(f"no face {postscript_name} in {collection_path}")


def main():
    unicodes = sorted(gb2312_code_points() | extra_code_points())
    print(f"{len(unicodes)} code points")
    for collection, face, out in FACES:
        source = SOURCE_DIR / collection
        options = subset.Options()
        options.font_number = face_index(source, face)
        # Copyright, names, version, licence and its address stay in the file itself.
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
        options.name_languages = ["*"]
        # No time stamp of today in the file: the same inputs give the same bytes.
        options.recalc_timestamp = False
        # Proportional forms besides fontTools' default features: in these faces ’ “ ” are full-width,
        # and English text asks for their proportional glyphs (the 'pwid' feature).
        options.layout_features = [*options.layout_features, "pwid"]
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        target = OUT_DIR / out
        subset.save_font(font, str(target), options)
        print(f"{out}: {target.stat().st_size / 1e6:.2f} MB from {face}")


if __name__ == "__main__":
    main()
