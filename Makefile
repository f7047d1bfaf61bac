# The ties kit. `make` builds everything a reader needs; `make test` checks it all.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
NBFLAGS := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

.PHONY: all data notebooks html lab test lint bench clean help

## Build the data, execute every notebook and render the HTML pages (build/html/index.html)
all: data notebooks html

# lab-settings/: the kit's JupyterLab settings (no news, no update checks), into this environment only
$(STAMP): pyproject.toml lab-settings/pyproject.toml lab-settings/ties-kit.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[notebooks,dev]' ./lab-settings
	touch $@

# Tests also exercise the optional Dask back end; readers do not need it.
$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[notebooks,dev,dask]'
	touch $@

## Export the seed corpus's tables to build/data (CSV)
data: $(STAMP)
	$(BIN)/python -m ties_lib export seeds build/data

## Execute the notebook series in place (outputs stored, no timing metadata)
notebooks: $(STAMP)
	$(BIN)/python tools/run_notebooks.py

## Render the executed notebooks to HTML with an index, in build/html
html: $(STAMP)
	$(BIN)/python tools/render_html.py build/html

## Open JupyterLab in the kit's environment at the first notebook
lab: $(STAMP)
	cd notebooks && ../$(BIN)/jupyter lab 00_corpus.ipynb

## Unit tests, the seed thresholds, then strict nbval over every stored notebook
test: $(DEVSTAMP)
	$(BIN)/python -m pytest tests
	TIES_PROGRESS=0 $(BIN)/python -m pytest $(NBFLAGS) notebooks

## ruff over the library, tests and tools
lint: $(STAMP)
	$(BIN)/ruff check ties_lib tests tools benchmarks

## Speed and memory benchmarks: corpus size, article length (figures to stdout; see docs/performance.md)
bench: $(DEVSTAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_length.py

clean:
	rm -rf build $(VENV)

## List the targets
help:
	@grep -B1 -E '^[a-z]+:' Makefile | grep -E '^## ' -A1 | grep -v -- '--' | paste - - | sed -E 's/^## (.*)\t([a-z]+):.*/\2\t\1/'
