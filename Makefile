# Entry points for people and CI. Each target creates .venv if needed.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
N ?= 200
JOBS ?= 2  # pytest-xdist workers; each loads the pipeline once (tests/conftest.py)

.PHONY: demo test test-quick lint bench eval sweep places-data install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/rashomon demo --db rashomon.db --json ledger.json --html report.html

# PYTHONDONTWRITEBYTECODE is cleared for the tests: with it set (some shells and containers set
# it) every process compiles the package again and pytest rewrites every test module again:
# ~4 s of CPU per xdist worker and ~1-2 s per child `rashomon` process, each run
# (__pycache__ is git-ignored)
TEST_ENV := HF_HUB_OFFLINE=1 PYTHONDONTWRITEBYTECODE=

test: $(STAMP)
	bash .ci/setup-browser.sh
	$(TEST_ENV) $(BIN)/python -m pytest -n $(JOBS) --dist loadgroup
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# while working: everything but the slow end-to-end tests and quality gates (make test and CI run all)
test-quick: $(STAMP)
	$(TEST_ENV) $(BIN)/python -m pytest -n $(JOBS) --dist loadgroup -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/rashomon bench --articles $(N)

# Both eval sets (their score.py) and the public data sets of ../shared, as one table with the
# issues' targets, and for each eval set the reliability of claims' confidence (how often the
# claims stated at each value were right); the raw figures go to out/eval.json. A set whose files are absent is skipped
# (an error under CI=true). Another location: make eval SHARED=/path/to/shared
SHARED ?= ../shared
eval: $(STAMP)
	$(BIN)/rashomon eval --shared $(SHARED) --json out/eval.json

# Sweeps of the settings (src/rashomon/data/settings.toml) over both eval sets: each value in its
# own process, the spaCy parses read from out/sweep-docs after the first; rows to
# docs/settings-sweeps.tsv, verdicts to docs/settings-sweeps.md. KEYS=table.name ... (default:
# every setting whose comment says "set by hand"); a (setting, value) already in the TSV is skipped.
KEYS ?= --hand
sweep: $(STAMP)
	nice -n 10 $(BIN)/python tools/sweep_settings.py --shared $(SHARED) $(KEYS)

# The incident-derived villages (src/rashomon/data/incident_places.tsv) from the GTD Iraq rows of
# ../shared that make eval does not measure: a re-run writes the same bytes. Another location:
# make places-data SHARED=/path/to/shared
places-data: $(STAMP)
	$(BIN)/python tools/make_incident_places.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache out ledger.json report.html rashomon.db
