#!/usr/bin/env python3
"""Scores the clustering scale benchmark: story-level B-cubed against the generated events, and
precision/recall of the planted near-copies.

    bench-cluster-score.py GOLD.json PREDICTED.json DUPLICATES.json
"""
import json
import sys
from collections import defaultdict

gold = json.load(open(sys.argv[1]))
predicted = json.load(open(sys.argv[2]))
found = json.load(open(sys.argv[3]))
events, copies = gold["events"], gold["copies"]

def bcubed(labels, clusters):
    by_label, by_cluster = defaultdict(set), defaultdict(set)
    for item, label in labels.items():
        by_label[label].add(item)
        by_cluster[clusters.get(item, "missing:" + item)].add(item)
    precision = recall = 0.0
    for item, label in labels.items():
        cluster = by_cluster[clusters.get(item, "missing:" + item)]
        same = len(cluster & by_label[label])
        precision += same / len(cluster)
        recall += same / len(by_label[label])
    n = len(labels)
    p, r = precision / n, recall / n
    return p, r, 2 * p * r / (p + r)

p, r, f = bcubed(events, predicted)
print(f"stories: B-cubed F1 {f:.3f} (P {p:.3f}, R {r:.3f}); {len(set(predicted.values()))} stories for {len(set(events.values()))} events")

def family(ident):
    while ident in copies:
        ident = copies[ident]
    return ident

# A found copy is right when it and its named original descend from the same planted original.
right = sum(1 for copy, original in found.items() if copy in copies and family(copy) == family(original))
precision = right / len(found) if found else 1.0
recall = sum(1 for copy in copies if copy in found and family(copy) == family(found[copy])) / len(copies) if copies else 1.0
print(f"near-copies: precision {precision:.3f}, recall {recall:.3f} ({len(found)} found, {len(copies)} planted)")
