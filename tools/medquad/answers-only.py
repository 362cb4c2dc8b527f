#!/usr/bin/env python3
"""Measure understanding on MedQuAD with answers only (issue 16).

Imports every N-th MedQuAD pair with `--answers-only` (each section's heading
is its focus and kind, "Glaucoma: symptoms", with no example question), asks
each pair's own question, and counts how often its own section comes first,
with the kinds of question and without them, beside plain BM25.

    python3 tools/medquad/answers-only.py [--every 4] [--binary .build/release/ketaguide]
        [--pairs ../shared/corpora/medquad/medquad-answered.jsonl]
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--binary", default=".build/release/ketaguide")
    parser.add_argument("--pairs", default="../shared/corpora/medquad/medquad-answered.jsonl")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="ketaguide-medquad-")
    kb = os.path.join(work, "MedQuAD")
    subprocess.run([args.binary, "import-medquad", args.pairs, kb, "--every", str(args.every), "--answers-only"],
                   check=True, stdout=subprocess.DEVNULL)

    # Each pair's section: headings are "focus: qtype", in file order (-2, -3… when repeated).
    sections = collections.defaultdict(list)
    for name in sorted(os.listdir(os.path.join(kb, "documents"))):
        for line in open(os.path.join(kb, "documents", name), encoding="utf-8"):
            match = re.match(r"^## (.*) \{#(.+)\}$", line.rstrip())
            if match:
                sections[match.group(1)].append(match.group(2))
    used = collections.Counter()
    rows = []
    with open(args.pairs, encoding="utf-8") as pairs:
        for index, line in enumerate(pairs):
            if index % args.every:
                continue
            pair = json.loads(line)
            heading = " ".join(pair["focus"].split()) + ": " + " ".join(pair["qtype"].split())
            ids = sections.get(heading, [])
            if used[heading] < len(ids):
                rows.append((" ".join(pair["question"].split()), ids[used[heading]]))
            used[heading] += 1

    def ask():
        text = "".join(f"/reset\n{question}\n" for question, _ in rows)
        out = subprocess.run([args.binary, "--kb", kb, "--format", "json"], input=text, capture_output=True,
                             text=True, check=True).stdout
        replies = [json.loads(line) for line in out.splitlines()]
        replies = [reply for reply in replies if reply["status"] != "command"]
        right = sum(reply.get("intent") == wanted for reply, (_, wanted) in zip(replies, rows))
        declined = sum(reply["status"] in ("no_match", "clarify") for reply in replies)
        return right, declined

    def plain():
        tsv = os.path.join(work, "questions.tsv")
        with open(tsv, "w", encoding="utf-8") as out:
            out.writelines(f"{question}\t{wanted}\n" for question, wanted in rows)
        report = subprocess.run([args.binary, "eval", "--kb", kb, tsv, "--plain-bm25"], capture_output=True, text=True)
        return report.stdout.splitlines()[0]

    n = len(rows)
    right, declined = ask()
    print(f"{n} questions (every {args.every}th pair), the right section first:")
    print(f"  ketaguide                      {right / n:.1%}   declined or asked back {declined / n:.1%}")
    kinds = os.path.join(kb, "language", "question-kinds-en.txt")
    if os.path.exists(kinds):
        os.remove(kinds)
        right, declined = ask()
        print(f"  ketaguide without the kinds    {right / n:.1%}   declined or asked back {declined / n:.1%}")
    print("  " + plain())
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
