#!/usr/bin/env python3
"""Writes a corpus of text articles as JSON Lines, repeated with distinct ids, for scale runs.

  bench/make-jsonl.py CORPUS_DIR COPIES OUT.jsonl[.gz]

Each article of CORPUS_DIR (headline on line 1, optional date line, blank line, body) becomes
one line {"id", "title", "date", "text", "source"}; copy k of article NAME gets id NAME-k.
"""
import gzip, json, pathlib, sys

corpus, copies, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
files = sorted(p for p in corpus.rglob("*.txt"))
opener = gzip.open if out.endswith(".gz") else open
n = 0
with opener(out, "wt", encoding="utf-8") as f:
    for k in range(copies):
        for p in files:
            lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
            title = lines[0].strip()
            body = "\n".join(lines[1:]).strip()
            f.write(json.dumps({"id": f"{p.parent.name}-{p.stem}-{k}", "title": title, "date": "",
                                "text": body, "source": "bbc"}) + "\n")
            n += 1
print(f"{n} articles -> {out}", file=sys.stderr)
