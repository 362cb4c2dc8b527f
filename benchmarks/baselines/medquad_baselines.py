#!/usr/bin/env python3
"""Baselines for ketaguide's MedQuAD benchmark (issue 7): tantivy and bm25s.

Both index every MedQuAD pair as one document (topic + question + answer),
then ask every eighth pair's question (pairs 0, 8, 16, ... in file order;
--every changes it) and check whether the pair's own answer is the top hit
(recall@1) or in the top five (recall@5). A hit counts when its pair has the
same focus and the same question text as the one asked (MedQuAD repeats some
questions), the same rule the Swift benchmark uses.

Each engine runs in a process of its own, so its peak memory (ru_maxrss) is
its own: Python, the corpus in memory, the index and the queries.

    pip install tantivy bm25s PyStemmer
    python3 benchmarks/baselines/medquad_baselines.py PATH/medquad-answered.jsonl [--every 8] [--json]

MedQuAD: Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511 (2019), CC BY 4.0.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time

ENGINES = ["tantivy", "tantivy-en_stem", "bm25s"]


def collapse(text):
    return " ".join(text.split())


def read_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                pairs.append(json.loads(line))
    return pairs


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), -(-len(sorted_values) * p // 100)))
    return sorted_values[int(rank) - 1]


def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


QUERY_SYNTAX = re.compile(r"[^\w\s]", re.UNICODE)


class Tantivy:
    """tantivy with one indexing thread; 'default' (lowercase) or 'en_stem' tokenizer."""

    def __init__(self, tokenizer):
        import tantivy

        self.tantivy = tantivy
        self.tokenizer = tokenizer

    def build(self, texts):
        tantivy = self.tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("body", stored=False, tokenizer_name=self.tokenizer)
        builder.add_integer_field("pair", stored=True, indexed=False)
        self.index = tantivy.Index(builder.build())
        writer = self.index.writer(num_threads=1)
        for number, text in enumerate(texts):
            writer.add_document(tantivy.Document(body=text, pair=number))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, question, k):
        # Lowercased and without punctuation, so nothing reads as query syntax.
        text = QUERY_SYNTAX.sub(" ", question).lower().strip()
        if not text:
            return []
        query = self.index.parse_query(text, ["body"])
        hits = self.searcher.search(query, k).hits
        return [self.searcher.doc(address)["pair"][0] for _, address in hits]


class BM25S:
    """bm25s with its English stop words and the Snowball English stemmer."""

    def __init__(self):
        import bm25s
        import Stemmer

        self.bm25s = bm25s
        self.stemmer = Stemmer.Stemmer("english")

    def build(self, texts):
        tokens = self.bm25s.tokenize(texts, stopwords="en", stemmer=self.stemmer, show_progress=False)
        self.retriever = self.bm25s.BM25()
        self.retriever.index(tokens, show_progress=False)
        self.vocabulary = set(self.retriever.vocab_dict)

    def search(self, question, k):
        words = self.bm25s.tokenize(question, stopwords="en", stemmer=self.stemmer, return_ids=False, show_progress=False)[0]
        words = [word for word in words if word in self.vocabulary]
        if not words:
            return []
        documents, _ = self.retriever.retrieve([words], k=k, show_progress=False, n_threads=1)
        return [int(number) for number in documents[0]]


def run_engine(name, path, every):
    pairs = read_pairs(path)
    texts = [" ".join([pair["focus"], pair["question"], pair["answer"]]) for pair in pairs]
    keys = [(collapse(pair["focus"]), collapse(pair["question"])) for pair in pairs]
    if name == "tantivy":
        engine = Tantivy("default")
    elif name == "tantivy-en_stem":
        engine = Tantivy("en_stem")
    elif name == "bm25s":
        engine = BM25S()
    else:
        raise SystemExit(f"unknown engine {name}")

    start = time.perf_counter()
    engine.build(texts)
    index_seconds = time.perf_counter() - start

    asked = list(range(0, len(pairs), every))
    for number in asked[:50]:  # warm up
        engine.search(pairs[number]["question"], 5)
    latencies = []
    top1 = top5 = 0
    by_qtype = {}
    for number in asked:
        question = pairs[number]["question"]
        start = time.perf_counter_ns()
        hits = engine.search(question, 5)
        latencies.append((time.perf_counter_ns() - start) / 1e9)
        hit_keys = [keys[hit] for hit in hits]
        first = bool(hit_keys) and hit_keys[0] == keys[number]
        five = keys[number] in hit_keys
        top1 += first
        top5 += five
        stats = by_qtype.setdefault(pairs[number]["qtype"], [0, 0, 0])
        stats[0] += 1
        stats[1] += first
        stats[2] += five
    latencies.sort()
    return {
        "engine": name,
        "pairs": len(pairs),
        "asked": len(asked),
        "every": every,
        "index_seconds": index_seconds,
        "query_p50": percentile(latencies, 50),
        "query_p99": percentile(latencies, 99),
        "query_mean": sum(latencies) / len(latencies),
        "recall_at_1": top1 / len(asked),
        "recall_at_5": top5 / len(asked),
        "by_qtype": {qtype: {"n": n, "recall_at_1": a / n, "recall_at_5": b / n} for qtype, (n, a, b) in by_qtype.items()},
        "peak_kb": peak_kb(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl")
    parser.add_argument("--every", type=int, default=8)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--engine", help=argparse.SUPPRESS)  # one engine, in this process
    parser.add_argument("--json", action="store_true", help="print one JSON object per engine")
    arguments = parser.parse_args()

    if arguments.engine:
        print(json.dumps(run_engine(arguments.engine, arguments.jsonl, arguments.every)))
        return

    results = []
    for name in arguments.engines.split(","):
        process = subprocess.run(
            [sys.executable, os.path.abspath(__file__), arguments.jsonl, "--every", str(arguments.every), "--engine", name],
            capture_output=True,
            text=True,
        )
        if process.returncode != 0:
            message = (process.stderr.strip().splitlines() or ["failed"])[-1]
            results.append({"engine": name, "error": message})
        else:
            results.append(json.loads(process.stdout.strip().splitlines()[-1]))
    if arguments.json:
        for result in results:
            print(json.dumps(result))
        return
    print(f"{'engine':16} {'index':>9} {'p50':>9} {'p99':>9} {'peak':>9} {'R@1':>6} {'R@5':>6}")
    for result in results:
        if "error" in result:
            print(f"{result['engine']:16} error: {result['error']}")
            continue
        print(
            f"{result['engine']:16} {result['index_seconds']:8.2f}s {result['query_p50'] * 1e3:7.3f}ms"
            f" {result['query_p99'] * 1e3:7.3f}ms {result['peak_kb'] / 1024:7.1f}MB"
            f" {result['recall_at_1']:6.3f} {result['recall_at_5']:6.3f}"
        )


if __name__ == "__main__":
    main()
