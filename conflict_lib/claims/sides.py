"""Sides from relations between parties: who fights whom, who stands with whom.

A general rule, the same for every war (conflict_lib.claims.parties builds the
relations from the claims): same-side relations are merged first with a
union-find; the merged groups are then two-coloured breadth-first over the
adversary relations. Each connected group of adversaries gets its own pair of
colour classes, so two unrelated wars never share a class. A relation that
contradicts what is already merged or coloured is reported, not applied.
"""

from __future__ import annotations

from collections import defaultdict


class _UnionFind:
    """Disjoint sets of parties; the smallest key names its set (stable output)."""

    def __init__(self, keys: list[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def infer_sides(parties: list[str], same: list[tuple[str, str, str]],
                opposed: list[tuple[str, str, str]]) -> tuple[dict[str, int], list[str]]:
    """Colour class of each party (0, 1, 2, ...: two classes per connected group of
    adversaries) and the relations that contradict the colouring.

    Same-side relations are merged first (union-find); the merged groups are then
    two-coloured breadth-first over the adversary relations, in the order given.
    """
    uf = _UnionFind(parties)
    for a, b, _ in same:
        uf.union(a, b)
    adjacent: dict[str, list[str]] = defaultdict(list)
    conflicts: list[str] = []
    for a, b, where in opposed:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            conflicts.append(f"{where}: {a} against {b}, but they are on one side")
            continue
        adjacent[ra].append(rb)
        adjacent[rb].append(ra)
    colour: dict[str, int] = {}
    next_class = 0
    for start in dict.fromkeys(uf.find(p) for p in parties):
        if start in colour:
            continue
        colour[start], queue, base = next_class, [start], next_class
        next_class += 2
        while queue:
            node = queue.pop(0)
            for other in adjacent[node]:
                if other not in colour:
                    colour[other] = base + (1 - (colour[node] - base))
                    queue.append(other)
                elif colour[other] == colour[node]:
                    conflicts.append(f"{node} and {other} are adversaries in a cycle of odd length")
    return {p: colour[uf.find(p)] for p in parties}, conflicts
