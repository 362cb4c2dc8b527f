#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/inflections-en.txt from Debian's WordNet.

The English stemmer (Porter2) leaves an irregular verb's forms apart from the
verb: "bled" is not "bleed", "took" not "take", "ate" not "eat". So "I cut
till it bled" would miss a phrase written with "bleed", and "how long after I
ate" a question about eating. WordNet lists every irregular form of every
verb (verb.exc, kept for decades); this script writes each as the stem its
verb gets, in the format of stems-en.txt, so the guide reads them as one word.

Kept: a form and its verb that are both whole words of the guide's embedding
vocabulary (language/embeddings-en.vocab: words people write), and a form
that is no word of its own in WordNet, as a noun, adjective, adverb or another
verb ("bit" is "a bit", "left" a side, "found" founding a company, "wound" an
injury: they stay apart), unless KEPT names it. Left out too: the forms of
"be" and "have" (the safety screen reads the tense of "was" and "had", and
most are stop words), forms with a regular ending the stemmer reads itself
("-ing", "-s"), and EXCLUDED_FORMS. stems-en.txt, written by hand, overrides
any line.

Offline tool, not run at build or run time:
    apt-get install -y wordnet-base     # WordNet 3.0, /usr/share/wordnet
    pip install snowballstemmer          # Porter2, as the guide's stemmer
    python3 tools/inflections/build.py [--wordnet /usr/share/wordnet]
The output is committed.
"""
import argparse, pathlib

HEADER = """# Irregular verb forms and the stem of their verb, one a line ("bled bleed"):
# the English stemmer leaves them apart, so "I cut till it bled" would not
# meet "bleed". Generated from WordNet 3.0's verb.exc by
# tools/inflections/build.py (which says what is kept); do not edit by hand:
# stems-en.txt, written by hand, overrides any line.
"""


# Verbs whose forms tell tense, not meaning, to the guide.
AUXILIARIES = {"be", "have"}
# Forms WordNet files as a word of their own only in a sense no one means
# here ("ate": the goddess Ate).
KEPT = {"ate"}
# Forms of verbs no one means here ("gan": Scots for "go", filed under "gin").
EXCLUDED_FORMS = {"gan"}
REGULAR_ENDINGS = ("ing", "s")


def lemmas(path):
    """The lemmas of a WordNet index file (index.noun, ...)."""
    found = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            found.add(line.split(" ", 1)[0])
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    root = pathlib.Path(__file__).resolve().parents[2]
    parser.add_argument("--output", default=str(root / "KnowledgeBase/language/inflections-en.txt"))
    arguments = parser.parse_args()
    import snowballstemmer
    stem = snowballstemmer.stemmer("english").stemWord
    wordnet = pathlib.Path(arguments.wordnet)
    vocabulary = set((root / "KnowledgeBase/language/embeddings-en.vocab").read_text(encoding="utf-8").split())
    other_words = set()
    for kind in ("noun", "adj", "adv", "verb"):
        other_words |= lemmas(wordnet / f"index.{kind}")
    lines = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *verbs = line.split()
        if not verbs or "_" in form or form not in vocabulary or form in EXCLUDED_FORMS or form.endswith(REGULAR_ENDINGS):
            continue
        if form in other_words and form not in KEPT:
            continue
        verb = verbs[0]
        if verb not in vocabulary or verb in AUXILIARIES or stem(form) == stem(verb):
            continue
        lines[form] = stem(verb)
    text = HEADER + "".join(f"{form} {lines[form]}\n" for form in sorted(lines))
    pathlib.Path(arguments.output).write_text(text, encoding="utf-8")
    print(f"{len(lines)} forms written to {arguments.output}")


if __name__ == "__main__":
    main()
