"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .dedup import MODES, THRESHOLD, Deduper
from .enrich import UserDictError, read_user_dict
from .errors import InputError, RulesError
from .evaluate import evaluate, table
from .inputs import expand
from .models import Document, schema_json
from .pipeline import Options
from .read.files import documents
from .rules.packs import all_packs
from .run import Failure, run
from .view import render
from .write import JsonlWriter


def _options(rules: tuple[str, ...], sites: str | None, keywords: int = 10, user_dict: str | None = None,
             text_field: str = "text", id_field: str | None = None) -> Options:
    if user_dict:
        read_user_dict(user_dict)  # a malformed dictionary stops the run before it starts
    return Options(rules=rules, sites=tuple(s.strip() for s in sites.split(",")) if sites else None,
                   keywords=keywords, user_dict=user_dict, text_field=text_field, id_field=id_field)


@click.group()
@click.version_option(__version__, prog_name="jingwen")
def main() -> None:
    """jingwen (净文): scraped Chinese documents → clean, structured JSON."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="out.jsonl", show_default=True, help="JSON lines file, or - for stdout")
@click.option("--rules", "rules", multiple=True, type=click.Path(), help="an extra rules pack (TOML); repeatable")
@click.option("--sites", default=None, help="apply these site packs (comma-separated, or 'all') instead of detecting")
@click.option("--keywords", default=10, show_default=True, type=click.IntRange(min=0),
              help="jieba keywords per document (0: no keywords, no token count)")
@click.option("--user-dict", type=click.Path(exists=True, dir_okay=False),
              help="jieba user dictionary for keywords: 'word [freq] [tag]' a line")
@click.option("--dedup", type=click.Choice(MODES), default="exact", show_default=True,
              help="exact: mark copies of an earlier text; near: also similar ones (MinHash); drop: leave both "
                   "out of the output; off")
@click.option("--dedup-threshold", default=THRESHOLD, show_default=True, type=click.FloatRange(0, 1, min_open=True),
              help="estimated Jaccard similarity from which a document is a near duplicate")
@click.option("--text-field", default="text", show_default=True, help="JSON lines input: the field holding the text")
@click.option("--id-field", default=None, help="JSON lines input: the field holding the record's own id")
@click.option("-q", "--quiet", is_flag=True, help="print nothing but errors")
def clean(inputs: tuple[str, ...], output: str, rules: tuple[str, ...], sites: str | None, keywords: int,
          user_dict: str | None, dedup: str, dedup_threshold: float, text_field: str, id_field: str | None,
          quiet: bool) -> None:
    """Clean INPUTS (files, folders, globs of .txt, .pdf, .jsonl) into JSON lines."""
    try:
        options = _options(rules, sites, keywords, user_dict, text_field, id_field)
        options.packs()
    except (RulesError, UserDictError) as e:
        _run_failed(str(e))
    deduper = Deduper(dedup, dedup_threshold) if dedup != "off" else None  # type: ignore[arg-type]
    try:
        writer = JsonlWriter(output)
    except OSError as e:
        _run_failed(_os_error(output, e))

    def failed(f: Failure) -> None:
        click.echo(f"error: {f.message}", err=True)

    ok = False
    try:
        report = run(expand(list(inputs)), writer.write, options, failed, deduper)
        ok = True
    except OSError as e:  # the output could not be written (disk full, folder gone)
        _run_failed(_os_error(output, e))
    finally:
        if not ok:  # never leave a partial output file
            with contextlib.suppress(OSError, ValueError):
                writer.close(False)
    try:
        writer.close(True)
    except OSError as e:
        with contextlib.suppress(OSError, ValueError):
            writer.close(False)
        _run_failed(_os_error(output, e))
    if not quiet:
        click.echo(report.table(), err=True)
    sys.exit(1 if report.failures else 0)


def _run_failed(message: str) -> NoReturn:
    """The run itself cannot go on (bad rules, unwritable output): a clear message and exit 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _os_error(output: str, e: OSError) -> str:
    where = f" ({e.filename})" if e.filename and str(e.filename) != output else ""
    return f"cannot write {output}: {e.strerror or e}{where}"


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("-n", "--index", default=0, show_default=True, help="which document of a JSON lines file")
@click.option("--text-field", default="text", show_default=True, help="JSON lines input: the field holding the text")
@click.option("--id-field", default=None, help="JSON lines input: the field holding the record's own id")
def show(file: str, index: int, text_field: str, id_field: str | None) -> None:
    """Show one document: its tree, what was removed (and by which rule), what was repaired.

    FILE is an output file (.json/.jsonl) or an input to clean on the fly."""
    path = Path(file)
    try:
        if path.suffix in (".json", ".jsonl") and _is_output(path):
            lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            if path.suffix == ".json":
                lines = [path.read_text(encoding="utf-8")]
            doc = Document.model_validate_json(lines[index])
        else:
            item = list(documents(path, _options((), None, text_field=text_field, id_field=id_field)))[index]
            if isinstance(item, InputError):
                raise item
            doc = item
    except (InputError, IndexError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(render(doc))


def _is_output(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as f:
        head = f.read(200).lstrip()
    return head.startswith("{") and '"schema_version"' in head


@main.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder of gold files <name>.json")
@click.argument("output", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--raw", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder of the raw inputs <name>.*, for the ledger check")
@click.option("--json", "as_json", is_flag=True, help="per-document scores and the summary as JSON")
def eval_cmd(gold: Path, output: Path, raw: Path | None, as_json: bool) -> None:
    """Score OUTPUT (JSON lines from `jingwen clean`) against hand-labelled gold files."""
    try:
        ev = evaluate(gold, output, raw)
    except (ValueError, OSError, RecursionError) as e:  # malformed or absurdly nested JSON
        raise click.ClickException(f"cannot score {output}: {e}") from None
    click.echo(json.dumps(ev.as_dict(), ensure_ascii=False) if as_json else table(ev))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output documents."""
    click.echo(schema_json(), nl=False)


@main.command("rules")
@click.option("--rules", "extra", multiple=True, type=click.Path(), help="also list this rules pack")
@click.option("--json", "as_json", is_flag=True, help="as JSON lines")
def rules_cmd(extra: tuple[str, ...], as_json: bool) -> None:
    """List every rule with its id, kind and pack."""
    try:
        packs = all_packs(extra)
    except RulesError as e:
        raise click.ClickException(str(e)) from None
    for p in packs:
        for r in p.rules:
            if as_json:
                click.echo(json.dumps({"id": r.id, "kind": r.kind, "pack": p.id, "reason": r.reason},
                                      ensure_ascii=False))
            else:
                click.echo(f"{r.id:<32} {r.kind:<9} {p.id:<10} {r.reason}")
