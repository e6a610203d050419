"""conflict_lib: who claimed what, where — source-attributed analysis of contradictory
casualty claims in war reporting.

Layers import only downward (see README "Layout"):
foundation (config, errors, atomic, reference, geo) → text → corpus → extract → claims →
analysis → viz → runner → cli. The public API is re-exported in one place,
``conflict_lib.api``; importing ``conflict_lib`` itself loads nothing heavy.
"""
