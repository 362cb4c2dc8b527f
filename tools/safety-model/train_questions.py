#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/safety-question-model-en.txt: the safety
screen's model for whole messages that ask (SafetyScreen+Meaning.swift,
`judgedAsAsked`; `[by-meaning] question-model-threshold`).

The statement model (train.py) is fitted on what messages tell; every
harmless question is harmless text to it, so it reads nearly every question
as harmless ("is 40 sertraline enough or do i need more before saturday"
scores 0.01), and a question that names no one is never given to it. This
model has the same form (a logistic regression over the sentence vector and
the word pieces, as the guide computes them) but is fitted on whole
messages, danger put as questions among them, and is asked only of a
message with a question that nothing else flags, at a high threshold.

It learns from:
  - questions-danger-*.txt and questions-harmless-*.txt beside this script:
    questions written for the fit from the leaflet and a brief, by writers
    who had not seen the guide (dangers put as questions of every kind, and
    harmless questions in the same words);
  - what train.py learns from, whole: KnowledgeBase/safety-examples.txt,
    the safety and question sets looked at (no "heldout" set), every
    danger*.txt and harmless*.txt statement file (also those train.py
    leaves out, NOT_YET_FITTED), ../shared/eval/real-questions.tsv;
  - one MedQuAD question in FOURTH_OF_MEDQUAD (../shared/corpora/medquad,
    when present): real medical questions, harmless, many of them about
    bleeding, breathing and poisoning.

Offline tool, not run at build or run time:
    swift build -c release
    pip install numpy scikit-learn tokenizers
    python3 tools/safety-model/train_questions.py
"""
import json
import train

OUT = train.LANGUAGE / "safety-question-model-en.txt"
MEDQUAD = train.ROOT.parent / "shared/corpora/medquad/medquad-answered.jsonl"
# Every this many MedQuAD questions, one is fitted on (the others stay free to measure with).
FOURTH_OF_MEDQUAD = 4
# As in train.py: the fit's strength and the smallest piece weight kept (the pieces' say is train.PIECE_VALUE).
STRENGTH = train.STRENGTH
SMALLEST_PIECE_WEIGHT = train.SMALLEST_PIECE_WEIGHT
CHECKS_PER_LABEL = 6


def medquad_questions():
    if not MEDQUAD.exists():
        return []
    questions = []
    for number, line in enumerate(open(MEDQUAD, encoding="utf-8")):
        if number % FOURTH_OF_MEDQUAD == 0:
            questions.append(json.loads(line)["question"])
    return sorted(set(questions))


def main():
    messages = [(text, label) for text, label, _ in train.example_rows()]
    for path in sorted(train.FIXTURES.glob("safety*.tsv")):
        if "heldout" not in path.name:
            messages += train.safety_rows(path)
    for path in sorted(train.FIXTURES.glob("questions*.tsv")):
        if "heldout" not in path.name:
            messages += train.question_rows(path)
    if train.REAL.exists():
        messages += train.question_rows(train.REAL)
    for prefix, label in ("danger", 1), ("harmless", 0), ("questions-danger", 1), ("questions-harmless", 0):
        messages += [(text, label) for text in train.written_lines(prefix)]
    messages += [(text, 0) for text in medquad_questions()]
    texts = [" ".join(text.split()) for text, _ in messages]
    labels = [label for _, label in messages]
    features = [train.vector(text) for text in texts]
    weights, bias, piece_weights, probability = train.fit(texts, features, labels, STRENGTH, SMALLEST_PIECE_WEIGHT)
    checks = train.written_lines("questions-danger")[:CHECKS_PER_LABEL] + train.written_lines("questions-harmless")[:CHECKS_PER_LABEL]
    train.write_model(OUT, "train_questions.py", f"{sum(labels)} messages of danger and {len(labels) - sum(labels)} harmless ones",
                      " for whole messages that ask", bias, weights, piece_weights, [(probability(text), text) for text in checks])
    print(f"wrote {OUT.relative_to(train.ROOT)}: {len(labels)} messages, {sum(labels)} of danger")


if __name__ == "__main__":
    main()
