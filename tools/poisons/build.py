#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/poisons-en.txt from Debian's WordNet.

The safety screen hears a poisoning by its structure (someone drank or
swallowed a substance that harms); the substance must be any solvent,
cleaner, pesticide or poison, also one the knowledge base never names
("my son swallowed some acetone", "she drank nail polish remover"). Those
words are data, not code: this script collects them once from WordNet 3.0,
as tools/medicines/build.py does for medicines, and reuses its reader.

What is taken: every one-word noun below the roots named in ROOT_LEMMAS,
among substances and artifacts, whose most frequent sense is one of them,
less words that are also verbs, adjectives or adverbs and EXCLUDED_WORDS
(things swallowed without harm, or too rare a sense). Fuels are left out:
WordNet's fuels are mostly solid ("firewood", "coal"); the liquid ones a
reader may drink are kept by hand in safety.txt's {poison} class.

Offline tool, not run at build or run time:
    apt-get install -y wordnet-base      # or: make medicines
    python3 tools/poisons/build.py [--wordnet /usr/share/wordnet]
The output is committed; the guide reads it as part of the word class
{poison} of KnowledgeBase/safety.txt.
"""
import argparse, pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "medicines"))
from build import below, one_word_lemmas, read_first_senses, read_synsets, words_of_other_parts, write_list  # noqa: E402

# The roots, by the words that name them (their senses among substances and artifacts).
ROOT_LEMMAS = ["poison", "solvent", "cleansing_agent", "pesticide", "antifreeze", "bleach", "caustic"]
# WordNet's categories of substances (noun.substance, 27) and artifacts (noun.artifact, 06).
LEXICOGRAPHER_FILES = {"27", "06"}
# Swallowed without harm, used as a medicine, or a sense no reader means.
EXCLUDED_WORDS = {"botox", "whitener", "nicotine", "toothpaste", "dentifrice", "toothpowder", "toxoid", "seb", "kwell", "menstruum",
                  "alcahest", "alkahest", "resolvent", "dissolver", "dissolvent", "atropine", "hyoscyamine",
                  "tubocurarine", "curare"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[2] / "KnowledgeBase/language/poisons-en.txt"))
    args = parser.parse_args()
    wordnet = pathlib.Path(args.wordnet)
    synsets = read_synsets(wordnet / "data.noun")
    senses = read_first_senses(wordnet / "index.noun")
    other_parts = words_of_other_parts(wordnet)
    roots = [o for lemma in ROOT_LEMMAS for o in senses.get(lemma, []) if synsets[o][0] in LEXICOGRAPHER_FILES]
    poisons = below(synsets, roots)
    words = one_word_lemmas(synsets, senses, poisons, other_parts, EXCLUDED_WORDS)
    header = [
        "# Words for poisons, solvents, cleaners and pesticides, one a line: part of the word class",
        "# {poison} of safety.txt. Made by tools/poisons/build.py from WordNet 3.0 (Debian's",
        "# wordnet-base): every one-word noun below poison, solvent, cleanser, pesticide, ... whose",
        "# most frequent sense is one. Do not edit by hand: rerun the script.",
    ]
    write_list(args.out, header, words)


if __name__ == "__main__":
    main()
