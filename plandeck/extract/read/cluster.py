"""Grouping along one axis: sort by a coordinate, cut wherever the next thing starts past a tolerance.

The one clustering primitive of the readers (after pdfplumber's ``utils/clustering.py``:
``cluster_list`` / ``cluster_objects``), used wherever things are grouped by a single
coordinate: paragraphs into indent levels by where their words start, a slide's blocks
into columns and rows for reading order. Groupings that weigh more than one thing at
once are not clusterings of this kind and keep their own rules: characters into lines
(content order, baseline and gap), lines into blocks (gap, overlap and font size), table
segments into rows (a tolerance from each pair's heights), OCR sizes (a ratio, not a
distance).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def cluster_objects(objs: Iterable[T], key: Callable[[T], float], tolerance: float, *,
                    end: Callable[[T], float] | None = None, anchored: bool = False) -> list[list[T]]:
    """Objects in clusters along one axis, clusters and their members in ``key`` order (a stable sort).

    An object starts a new cluster when its ``key`` lies more than ``tolerance`` past the
    current cluster's reach. The reach is where the cluster has got to so far: its last
    key, so that clusters chain as pdfplumber's do; or, when objects are spans (a block
    from x0 to x1), the furthest ``end`` of its members. With ``anchored`` the reach stays
    at the cluster's first key, so no cluster grows wider than ``tolerance`` by chaining.
    """
    if anchored and end is not None:
        raise ValueError("an anchored clustering measures from its first key; it takes no end")
    clusters: list[list[T]] = []
    reach = 0.0
    for obj in sorted(objs, key=key):
        start = key(obj)
        if not clusters or start > reach + tolerance:
            clusters.append([obj])
            reach = start if end is None else end(obj)
            continue
        clusters[-1].append(obj)
        if not anchored:
            reach = max(reach, start if end is None else end(obj))
    return clusters


def cluster_index(values: list[float], tolerance: float, *, anchored: bool = False) -> list[int]:
    """For each value, the number of its cluster (0 for the smallest values): pdfplumber's ``make_cluster_dict``."""
    out = [0] * len(values)
    for number, members in enumerate(cluster_objects(range(len(values)), values.__getitem__, tolerance,
                                                     anchored=anchored)):
        for i in members:
            out[i] = number
    return out
