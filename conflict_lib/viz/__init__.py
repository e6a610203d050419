"""Viz layer: the only place Altair and vl-convert are imported — chart style, charts, maps,
and offline display/saving. Import the modules (``from conflict_lib.viz import charts``);
this ``__init__`` stays empty so importing one chart module does not load the maps."""
