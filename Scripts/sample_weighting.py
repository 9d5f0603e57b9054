"""Weighting plans for the sample, in numpy: an implementation independent of the Swift one.

Used by gen_samples.py to tune the sample's WEIGHTED scores and, in --check, to recompute
them from the files alone. It reads the same plan JSON and population CSV files as
`par-survey` and implements the subset the sample uses, with the same rules:

  postStratify  w <- w * N_g / sum_g w  (cells crossed with the unit when withinUnit)
  rake          iterative proportional fitting on the joint table of the margins' categories;
                stop after the sweep in which no cell moved by tolerance * sum(input w) or more
                (R's rake() rule); then every margin must be within marginTolerance
  groupShares   post-stratification on the group with totals share * sum w (per unit)

Anything else in a plan (another step, an unknown key) is an error here.
"""
import csv
import json
import os
import unicodedata

import numpy as np


def fold(s):
    return unicodedata.normalize("NFC", s).strip().casefold()


def _read_targets(value, kind, folder, variables, unit_col, within):
    """{key tuple: value}; key = (unit,) + values when the targets have the unit column."""
    col = "total" if kind == "totals" else "share"
    if isinstance(value, str):
        with open(os.path.join(folder, value), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    elif isinstance(value, dict):
        if len(variables) != 1:
            raise ValueError("a map of targets needs one variable")
        rows = [{variables[0]: k, col: v} for k, v in value.items()]
    else:
        rows = value
    out = {}
    has_unit = False
    for r in rows:
        keys = {fold(k): v for k, v in r.items()}
        extra = set(keys) - {fold(v) for v in variables} - {fold(col), fold(unit_col), "unit"}
        if extra:
            raise ValueError("target columns not understood: %s" % sorted(extra))
        unit = keys.get(fold(unit_col), keys.get("unit"))
        has_unit = unit is not None
        if has_unit and not within:
            raise ValueError("targets by unit need withinUnit")
        key = ((fold(unit),) if has_unit else ()) + tuple(fold(keys[fold(v)]) for v in variables)
        if key in out:
            raise ValueError("target repeats: %r" % (key,))
        out[key] = float(keys[fold(col)])
    return out, has_unit


class PlanWeighting:
    """A weighting plan applied to rows (dicts of column -> text)."""

    STEP_KEYS = {
        "postStratify": {"step", "cells", "withinUnit", "totals", "shares"},
        "rake": {"step", "margins", "withinUnit", "tolerance", "maxSweeps", "marginTolerance"},
        "groupShares": {"step", "shares", "withinUnit"},
    }

    def __init__(self, path, unit_col, group_col=None):
        with open(path, encoding="utf-8") as f:
            self.plan = json.load(f)
        self.folder = os.path.dirname(path)
        self.unit_col, self.group_col = unit_col, group_col
        unknown = set(self.plan) - {"description", "steps"}
        if unknown:
            raise ValueError("%s: keys not understood here: %s" % (path, sorted(unknown)))
        for s in self.plan["steps"]:
            if s["step"] not in self.STEP_KEYS or set(s) - self.STEP_KEYS[s["step"]]:
                raise ValueError("%s: step not supported here: %r" % (path, s))

    def _categories(self, rows, units, variables, targets, kind, within):
        table, has_unit = _read_targets(targets, kind, self.folder, variables, self.unit_col, within)
        keys = []
        for r, u in zip(rows, units):
            k = tuple(fold(r[v]) for v in variables)
            keys.append(((u,) if has_unit else ()) + k)
        levels = sorted(set(keys))
        index = {k: i for i, k in enumerate(levels)}
        for k in levels:
            if k not in table:
                raise ValueError("category %r has no target" % (k,))
        # a target with population > 0 must have respondents (units with respondents only)
        present_units = set(units)
        for k, v in table.items():
            if v > 0 and k not in index and (not has_unit or k[0] in present_units):
                raise ValueError("category %r has a population but no respondents" % (k,))
        cat = np.array([index[k] for k in keys])
        value = np.array([table[k] for k in levels])
        unit_of = [k[0] if has_unit else None for k in levels]
        if within and not has_unit:  # shares holding in every unit: categories per unit
            keys2 = [(u,) + k for u, k in zip(units, keys)]
            levels2 = sorted(set(keys2))
            for u in sorted(present_units):
                for k, v in table.items():
                    if v > 0 and (u,) + k not in set(levels2):
                        raise ValueError("category %r has a share but no respondents in %s" % (k, u))
            index2 = {k: i for i, k in enumerate(levels2)}
            cat = np.array([index2[k] for k in keys2])
            value = np.array([table[k[1:]] for k in levels2])
            unit_of = [k[0] for k in levels2]
        return cat, value, unit_of

    def apply(self, rows, weights=None):
        """(weights, per-step info) for `rows`."""
        n = len(rows)
        w = np.ones(n) if weights is None else np.asarray(weights, float).copy()
        units = [fold(r[self.unit_col]) for r in rows]
        info = []
        for s in self.plan["steps"]:
            within = s.get("withinUnit", False)

            def base():
                if not within:
                    return lambda unit: w.sum()
                sums = {}
                for u, x in zip(units, w):
                    sums[u] = sums.get(u, 0.0) + x
                return lambda unit: sums[unit]

            if s["step"] in ("postStratify", "groupShares"):
                variables = s.get("cells", [self.group_col] if s["step"] == "groupShares" else None)
                variables = [variables] if isinstance(variables, str) else variables
                kind = "shares" if "shares" in s else "totals"
                cat, value, unit_of = self._categories(rows, units, variables, s[kind], kind, within)
                if kind == "shares":
                    b = base()
                    value = np.array([v * b(u) for v, u in zip(value, unit_of)])
                sums = np.bincount(cat, weights=w, minlength=len(value))
                w = w * (value / sums)[cat]
                info.append({"step": s["step"]})
            else:
                cats, targets = [], []
                for m in s["margins"]:
                    variables = [m["variables"]] if isinstance(m["variables"], str) else m["variables"]
                    kind = "shares" if "shares" in m else "totals"
                    cat, value, _ = self._categories(rows, units, variables, m[kind], kind, within)
                    if kind == "shares":
                        raise ValueError("raking to shares is not implemented here")
                    cats.append(cat)
                    targets.append(value)
                w, sweeps, error = rake(w, cats, targets, s.get("tolerance", 1e-10), s.get("maxSweeps", 100),
                                        s.get("marginTolerance", 1e-6))
                info.append({"step": "rake", "sweeps": sweeps, "maxMarginError": error})
            if not np.all(np.isfinite(w)) or np.any(w <= 0):
                raise ValueError("weights not positive and finite after %s" % s["step"])
        return w, info


def rake(w, cats, targets, tolerance, max_sweeps, margin_tolerance):
    """IPF on the joint table of the margins' categories; R's stopping rule."""
    cells, inv = np.unique(np.stack(cats, axis=1), axis=0, return_inverse=True)
    inv = np.asarray(inv).ravel()
    total = np.bincount(inv, weights=w, minlength=len(cells))
    factor = np.ones(len(cells))
    limit = tolerance * w.sum()
    old = total.copy()
    converged = False
    for sweep in range(1, max_sweeps + 1):
        for m, cat_of_cell in enumerate(cells.T):
            s = np.bincount(cat_of_cell, weights=total, minlength=len(targets[m]))
            r = (targets[m] / s)[cat_of_cell]
            total = total * r
            factor = factor * r
        delta = np.max(np.abs(total - old))
        old = total.copy()
        if delta < limit:
            converged = True
            break
    error = max(np.max(np.abs(np.bincount(c, weights=total, minlength=len(t)) - t) / t)
                for c, t in zip(cells.T, targets))
    if not converged or error > margin_tolerance:
        raise ValueError("raking did not converge: %d sweeps, margin error %g" % (sweep, error))
    return w * factor[inv], sweep, float(error)


def kish(w):
    """Kish design effect n sum w^2 / (sum w)^2 and effective sample size (sum w)^2 / sum w^2."""
    w = np.asarray(w, float)
    return {"respondents": int(w.size), "sumOfWeights": float(w.sum()), "minWeight": float(w.min()),
            "maxWeight": float(w.max()), "designEffect": float(w.size * (w ** 2).sum() / w.sum() ** 2),
            "effectiveSampleSize": float(w.sum() ** 2 / (w ** 2).sum())}
