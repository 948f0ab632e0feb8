# Set-up on a fresh machine: `make demo` (jingwen alone), then `make test` (adds what the tests need).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# make bench MB=50 ROUNDS=3: corpus size and rounds per row.
MB ?= 50
ROUNDS ?= 3

.PHONY: demo test lint eval bench schema samples clean

# The core only: what `jingwen clean` needs (no Ray, pandas, datasets or test tools).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

# The tests' extras on top: test tools, every output format, near duplicates, Ray, OCR (~120 MB of
# wheels, ~25 s; the OCR tests also want a CJK font: .ci/run installs fonts-wqy-zenhei).
$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,ray,ocr]"
	touch $(TEST_STAMP)

demo: $(STAMP)
	$(BIN)/jingwen clean samples/*.txt -o .demo/samples.jsonl
	@echo; echo "── jingwen show samples/seed003_book118_plan.txt (first 30 lines) ──"
	@$(BIN)/jingwen show samples/seed003_book118_plan.txt | head -30
	@echo; echo "output: .demo/samples.jsonl (one JSON document per input); checked-in examples: samples/*.json"

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench tools

test: lint
	JINGWEN_SHARED=$(SHARED) $(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/jingwen clean $(SHARED)/eval/dev/raw -o /tmp/jingwen-eval.jsonl --quiet
	$(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/eval/dev/gold --pred /tmp/jingwen-eval.jsonl --raw $(SHARED)/eval/dev/raw

bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py --mb $(MB) --rounds $(ROUNDS)

schema: $(STAMP)
	$(BIN)/jingwen schema > schemas/document.schema.json

samples: $(TEST_STAMP)
	$(BIN)/python tests/golden.py --write

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .demo
