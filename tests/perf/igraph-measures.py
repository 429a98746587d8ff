"""python-igraph's time for the path measures of a network: betweenness and closeness (exact,
unweighted), read from the same CSV files `cli analyse` reads (`cli generate` writes them).
Prints one line of JSON: {"seconds": …, "version": …}. Used by tests/perf/cli-vs-igraph.ts."""
import csv
import json
import sys
import time

import igraph as ig

folder = sys.argv[1]
with open(f"{folder}/partner.csv", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, delimiter=";"))
ids = [r[0] for r in rows[1:]]
pos = {i: k for k, i in enumerate(ids)}
with open(f"{folder}/kooperationen.csv", encoding="utf-8-sig") as f:
    ties = list(csv.reader(f, delimiter=";"))[1:]
start = time.perf_counter()
graph = ig.Graph(n=len(ids), edges=[(pos[a], pos[b]) for a, b, *_ in ties])
graph.betweenness(directed=False)
graph.closeness()
print(json.dumps({"seconds": time.perf_counter() - start, "version": ig.__version__}))
