#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/emoji-en.txt: each emoji's words, so the
safety screen reads "💊💊💊🥃" as "pill pill pill tumbler glass".

The words are the emoji's CLDR short names in English, as the `emoji`
package (PyPI) carries them (":kitchen_knife:" → "kitchen knife"). Only
fully qualified emoji, without skin-tone variants (the screen reads those
by their base emoji, the tone marks being no words); an emoji typed without
its variation selector (U+FE0F) is looked up without it too.

Offline tool, not run at build or run time:
    pip install emoji
    python3 tools/emoji/build.py
The output is committed.
"""
import pathlib
import emoji

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "KnowledgeBase" / "language" / "emoji-en.txt"
TONES = {chr(c) for c in range(0x1F3FB, 0x1F400)}

rows = {}
for text, data in emoji.EMOJI_DATA.items():
    if data.get("status") != emoji.STATUS["fully_qualified"] or any(ch in TONES for ch in text):
        continue
    name = data["en"].strip(":").replace("_", " ").replace("-", " ").lower()
    words = " ".join("".join(ch for ch in name if ch.isalnum() or ch == " ").split())
    if words and not any(ch in text for ch in "\t\n"):
        rows[text] = words
with OUT.open("w", encoding="utf-8") as out:
    out.write("# Made by tools/emoji/build.py from the emoji's CLDR short names (the\n")
    out.write("# emoji package, PyPI); do not edit by hand. Each line: an emoji, a tab, its words.\n")
    for text in sorted(rows):
        out.write(f"{text}\t{rows[text]}\n")
print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} emoji")
