#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/medicines-en.txt from Debian's WordNet.

The safety screen knows a message tells of too many pills by its structure
(who took how much of what); "what" must be any medicine or drug, also one
the knowledge base never names ("took 30 of my sertraline"). Those words are
data, not code: this script collects them once from WordNet 3.0, a lexicon
kept for decades, so the list is not guessed word by word.

What is taken: every one-word noun below the roots named in ROOT_LEMMAS
(drug, medicine, narcotic, pill, ...), following hyponyms and instances, when
that word's most frequent sense is one of them ("speed" is mostly a rate,
"pot" a vessel, "ice" frozen water: left out). Left out too: synsets that are
also drinks, foods or tobacco ("alcohol", "beer": drinking is not an overdose
of medicine), words that are also verbs, adjectives or adverbs ("cure",
"dose": too common to name a medicine on their own), and EXCLUDED_WORDS.
WordNet is from 2006: newer names are caught by their endings instead
(KnowledgeBase/language/medicine-endings-en.txt, kept by hand).

Offline tool, not run at build or run time:
    apt-get install -y wordnet-base      # or: make medicines
    python3 tools/medicines/build.py [--wordnet /usr/share/wordnet]
The output is committed; the guide reads it as the word class {medicine}
of KnowledgeBase/safety.txt.
"""
import argparse, collections, pathlib, re

# The roots, by the words that name them: their senses among artifacts.
ROOT_LEMMAS = ["drug", "medicine", "medication", "pill", "tablet", "narcotic", "painkiller",
               "analgesic", "sedative", "tranquilizer", "antidepressant", "opiate", "capsule"]
# Not medicines however WordNet files them: drinks and foods.
EXCLUDED_ROOTS_BY_LEMMA = ["beverage", "food", "foodstuff", "nutriment", "tobacco", "cigar", "cigarette"]
# Words that are medicines only in WordNet's rarest senses or as a brand no one
# says, and everyday words otherwise (a name, a calculator, a tobacco).
# Also words no one says whose stem an everyday verb shares: a phrase word
# matches in any form, so "vomitive" made "the baby is vomiting" name a
# medicine, "suppressant" "I suppressed it" (found by stemming every word of
# the list and every WordNet verb with Snowball; "cocaine" and "medication"
# share theirs with "cocainize" and "medicate" too, but are said, and kept).
EXCLUDED_WORDS = {"abacus", "elvis", "max", "sens", "claro", "quat", "bayer", "gage", "urex", "baccy", "stogie", "stogy",
                  "vomitive", "suppressant", "alleviant", "embrocation", "expectorant"}
# WordNet's category of artifacts (noun.artifact, lexicographer file 06).
ARTIFACT_FILE = "06"


def read_synsets(path):
    """Offset → (lexicographer file, lemmas, hyponym offsets, hypernym offsets)."""
    synsets = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split(" | ")[0].split()
        offset, lexfile = fields[0], fields[1]
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(count)]
        rest = fields[4 + 2 * count:]
        pointers = int(rest[0])
        hyponyms, hypernyms = [], []
        for i in range(pointers):
            symbol, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
            if pos != "n":
                continue
            if symbol in ("~", "~i"):
                hyponyms.append(target)
            elif symbol in ("@", "@i"):
                hypernyms.append(target)
        synsets[offset] = (lexfile, lemmas, hyponyms, hypernyms)
    return synsets


def read_first_senses(path):
    """Lemma → its synset offsets, most frequent sense first."""
    senses = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, count, pointers = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[4 + pointers + 2:]
        senses[lemma] = offsets[:count]
    return senses


def below(synsets, roots):
    seen, queue = set(), collections.deque(roots)
    while queue:
        offset = queue.popleft()
        if offset in seen or offset not in synsets:
            continue
        seen.add(offset)
        queue.extend(synsets[offset][2])
    return seen


def words_of_other_parts(wordnet):
    """Words that are also a verb, adjective or adverb ("cure", "dose",
    "slate"): too common to name a medicine or a poison on their own."""
    other_parts = set()
    for part in ("verb", "adj", "adv"):
        other_parts |= {line.split()[0] for line in open(wordnet / f"index.{part}", encoding="latin-1") if not line.startswith("  ")}
    return other_parts


def one_word_lemmas(synsets, senses, chosen, other_parts, excluded_words):
    """The one-word lemmas of the synsets in `chosen` whose most frequent sense is among them."""
    words = set()
    for offset in chosen:
        for lemma in synsets[offset][1]:
            word = re.sub(r"\(.*\)$", "", lemma).lower()
            if not re.fullmatch(r"[a-z][a-z0-9]*[a-z0-9]", word) or word in excluded_words or word in other_parts:
                continue
            first = senses.get(word, [])
            if first and first[0] in chosen:
                words.add(word)
    return words


def write_list(out, header, words):
    pathlib.Path(out).write_text("\n".join(header + sorted(words)) + "\n")
    print(f"{len(words)} words → {out}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[2] / "KnowledgeBase/language/medicines-en.txt"))
    args = parser.parse_args()
    wordnet = pathlib.Path(args.wordnet)
    synsets = read_synsets(wordnet / "data.noun")
    senses = read_first_senses(wordnet / "index.noun")
    other_parts = words_of_other_parts(wordnet)

    def artifact_senses(lemma):
        return [o for o in senses.get(lemma, []) if synsets[o][0] == ARTIFACT_FILE]

    roots = [o for lemma in ROOT_LEMMAS for o in artifact_senses(lemma)]
    medicines = below(synsets, roots)
    excluded = below(synsets, [o for lemma in EXCLUDED_ROOTS_BY_LEMMA for o in senses.get(lemma, [])])
    medicines -= excluded
    words = one_word_lemmas(synsets, senses, medicines, other_parts, EXCLUDED_WORDS)
    header = [
        "# Words for medicines and drugs, one a line: the word class {medicine} of safety.txt.",
        "# Made by tools/medicines/build.py from WordNet 3.0 (Debian's wordnet-base): every",
        "# one-word noun below drug, medicine, pill, narcotic, ... whose most frequent sense is one.",
        "# Do not edit by hand: rerun the script (words it should add or leave out belong in it).",
    ]
    write_list(args.out, header, words)


if __name__ == "__main__":
    main()
