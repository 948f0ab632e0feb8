"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import itertools
import json
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from . import __version__
from .batch.inputs import common_root, expand, problems
from .batch.progress import Progress
from .batch.records import Failure, RunError
from .batch.report import Report
from .batch.run import Stop, run
from .batch.worker import dedup_post, dedup_replay, documents, job
from .dedup.deduper import MODES, THRESHOLD, Deduper
from .errors import InputError, RulesError
from .models import schema_json
from .options import Options
from .output.formats import errors_path_for
from .output.readback import NotOutput, document_at, is_output
from .output.validate import check
from .output.write import ErrorLog, LinesFile, OutputError, clash, open_output, own_files
from .read.ocr import MODES as OCR_MODES
from .read.ocr import Mode
from .read.ocr import missing as ocr_missing
from .rules.catalog import CODE_RULES
from .rules.packs import all_packs
from .text.tokens import UserDictError, read_user_dict
from .tools.evaluate import evaluate, table
from .tools.view import render


def _options(rules: tuple[str, ...], sites: str | None, keywords: int = 10, user_dict: str | None = None,
             text_field: str = "text", id_field: str | None = None, timeout: float | None = 600.0,
             ocr: Mode = "auto") -> Options:
    if user_dict:
        read_user_dict(user_dict)  # a malformed dictionary stops the run before it starts
    return Options(rules=rules, sites=tuple(s.strip() for s in sites.split(",")) if sites else None,
                   keywords=keywords, user_dict=user_dict, text_field=text_field, id_field=id_field,
                   timeout=timeout or None, ocr=ocr)


@click.group()
@click.version_option(__version__, prog_name="jingwen")
def main() -> None:
    """jingwen (净文): scraped Chinese documents → clean, structured JSON."""


def _check_sites(options: Options) -> None:
    """--sites names packs that exist: an unknown name would silently turn every site pack off."""
    known = sorted(p.id for p in options.packs if p.site)
    unknown = [s for s in options.sites or () if s not in known and s != "all"]
    if unknown:
        raise click.UsageError(f"--sites: no site pack {', '.join(map(repr, unknown))}; "
                               f"the packs are {', '.join(known)} (or 'all')")


class RunFailed(click.ClickException):
    """The run itself failed (bad rules file, unwritable output, ...): exit status 2."""

    exit_code = 2


@dataclass(frozen=True)
class Local:
    """The flags of --engine local only."""

    workers: int | None
    unordered: bool
    resume: bool


@dataclass(frozen=True)
class Clean:
    """`jingwen clean`'s flags, sorted once: inputs and outputs, how each document is processed
    (Options, rule packs parsed), duplicates, and the engine with its own flags."""

    inputs: tuple[str, ...]
    output: str
    errors_file: str | None
    report_file: str | None
    quiet: bool
    verbose: bool
    options: Options
    dedup: str
    threshold: float
    engine: str
    local: Local
    address: str | None
    """--engine ray: the cluster to join."""
    pages: bool = False
    """--pages-as-document: a folder of page images is one document."""

    @classmethod
    def of(cls, p: dict[str, Any]) -> Clean:
        """From click's parameters; a UsageError for a flag of the other engine, RunFailed for a
        malformed rules file or user dictionary."""
        local = Local(p["workers"], p["unordered"], p["resume"])
        if p["engine"] == "ray":
            used = [name for name, on in (("--workers", local.workers is not None), ("--unordered", local.unordered),
                                          ("--resume", local.resume)) if on]
            if used:
                raise click.UsageError(f"{', '.join(used)}: for --engine local only")
        elif p["address"]:
            raise click.UsageError("--address: for --engine ray only")
        if p["ocr"] == "force" and (why := ocr_missing()) is not None:
            raise click.UsageError(f"--ocr force: {why}")
        try:
            options = _options(p["rules"], p["sites"], p["keywords"], p["user_dict"], p["text_field"],
                               p["id_field"], p["timeout"], p["ocr"])  # the rule packs are parsed here, once
        except (RulesError, UserDictError) as e:
            raise RunFailed(str(e)) from None
        _check_sites(options)
        return cls(p["inputs"], p["output"], p["errors_file"], p["report_file"], p["quiet"], p["verbose"], options,
                   p["dedup"], p["dedup_threshold"], p["engine"], local, p["address"], p["pages_as_document"])


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="out.jsonl", show_default=True,
              help="FILE.jsonl (.gz, .zst: compressed; .parquet), DIR/ for one .json per document, - for stdout")
@click.option("-w", "--workers", type=click.IntRange(min=0), default=None,
              help="worker processes  [default: this machine's cores; 0: no pool]")
@click.option("--unordered", is_flag=True, help="write documents as they finish instead of in input order")
@click.option("--resume", is_flag=True, help="continue an interrupted run: keep its output, skip what it finished")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), default=None,
              help="failed inputs as JSON lines  [default: OUTPUT's name + .errors.jsonl, beside it]")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default=None,
              help="also write the run's report here as JSON")
@click.option("--rules", "rules", multiple=True, type=click.Path(), help="an extra rules pack (TOML); repeatable")
@click.option("--sites", default=None, help="apply these site packs (comma-separated, or 'all') instead of detecting")
@click.option("--keywords", default=10, show_default=True, type=click.IntRange(min=0),
              help="jieba keywords per document (0: no keywords, no token count)")
@click.option("--user-dict", type=click.Path(exists=True, dir_okay=False),
              help="jieba user dictionary for keywords: 'word [freq] [tag]' a line")
@click.option("--dedup", type=click.Choice(MODES), default="exact", show_default=True,
              help="exact: mark copies of an earlier text; near: also similar ones (MinHash); drop: as near, and "
                   "leave the later copies out of the output (the first is kept); off")
@click.option("--dedup-threshold", default=THRESHOLD, show_default=True, type=click.FloatRange(0, 1, min_open=True),
              help="estimated Jaccard similarity from which a document is a near duplicate")
@click.option("--text-field", default="text", show_default=True, help="JSON lines input: the field holding the text")
@click.option("--id-field", default=None, help="JSON lines input: the field holding the record's own id")
@click.option("--timeout", default=600.0, show_default=True, type=click.FloatRange(min=0),
              help="seconds one input (one record of a JSON lines file) may take; past it the input is an "
                   "error of kind timeout and its worker is replaced (0: no bound)")
@click.option("--ocr", type=click.Choice(OCR_MODES), default="auto", show_default=True,
              help="auto: read scanned PDF pages and page images by OCR (the [ocr] extra: pip install '.[ocr]'); "
                   "off: never (a scanned PDF is an error); force: every PDF page, its text layer ignored")
@click.option("--pages-as-document", is_flag=True,
              help="a folder holding page images (.png .jpg .webp .tif …) is one document, its pages in natural "
                   "name order (page2 before page10)")
@click.option("-q", "--quiet", is_flag=True, help="no progress and no report; only errors")
@click.option("-v", "--verbose", is_flag=True, help="the report lists every rule, site and type; Ray's own logs")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine's worker processes; ray: a Ray cluster (the [ray] extra: pip install '.[ray]')")
@click.option("--address", default=None,
              help="--engine ray: the cluster to join (auto, HOST:6379)  [default: start a local Ray instance]")
def clean(**params: Any) -> None:
    """Clean INPUTS (files, folders, globs of .txt, .pdf, .jsonl, page images) into JSON.

    Exit status: 0 every input succeeded, 1 some inputs failed (see the errors file), 2 the run itself
    failed, 130/143 interrupted by Ctrl-C/SIGTERM (finish with --resume)."""
    c = Clean.of(params)
    wrong = problems(list(c.inputs))
    if wrong:  # before anything is written
        raise click.UsageError("\n".join(wrong))
    output = c.output
    errors_path = Path(c.errors_file) if c.errors_file else errors_path_for(output)
    if (why := clash(list(c.inputs), output, errors_path)) is not None:  # before anything is written
        raise click.UsageError(f"{why}: choose another output")
    try:
        deduper = Deduper(c.dedup, c.threshold) if c.dedup != "off" else None  # type: ignore[arg-type]
    except ImportError as e:  # near duplicates are an extra: the core install leaves scipy out
        raise RunFailed(f"--dedup {c.dedup} needs the [near] extra: in jingwen's folder, pip install '.[near]' "
                        f"({e})") from None
    sink = open_output(output, base=common_root(list(c.inputs), c.pages))
    errors = ErrorLog(errors_path)
    own = own_files(output, errors_path)

    def listing() -> Iterator[Path]:
        return (p for p in expand(list(c.inputs), c.pages) if not own(p))

    progress = None if c.quiet or c.engine == "ray" else Progress()
    if progress:
        progress.count_in_background(listing)

    def failed(f: Failure) -> None:
        if progress:
            progress.message(f"error: {f.message}")
        else:
            click.echo(f"error: {f.message}", err=True)

    stop = Stop()
    try:
        errors.open()
        if c.engine == "ray":
            report = _ray_run(listing(), c, errors, failed)
        else:
            with stop.handling_signals():
                report = run(listing(), sink, job(c.options, sign=bool(deduper and deduper.near)),
                             workers=c.local.workers, ordered=not c.local.unordered, resume=c.local.resume,
                             errors=errors, on_failure=failed,
                             progress=progress, stop=stop, post=dedup_post(deduper) if deduper else None,
                             replay=dedup_replay(deduper) if deduper else None)
    except (OutputError, RunError) as e:
        raise RunFailed(str(e)) from None
    except OSError as e:  # the output could not be written (a file where a folder must be, disk full)
        where = f" ({e.filename})" if e.filename and str(e.filename) != output else ""
        raise RunFailed(f"cannot write {output}: {e.strerror or e}{where}") from None
    finally:
        errors.commit()
    if not c.quiet:
        _show_report(report, top=None if c.verbose else 8)
    if c.report_file:
        _write_json(Path(c.report_file), report.as_dict())
    if report.interrupted:
        kept = f" in {sink.part}" if isinstance(sink, LinesFile) else ""
        click.echo(f"interrupted by {report.interrupted}: finished documents are kept{kept}; "
                   "run the same command with --resume to finish", err=True)
        sys.exit(128 + (stop.signal or signal.SIGINT))
    sys.exit(1 if report.failures else 0)


def _ray_run(paths: Iterator[Path], c: Clean, errors: ErrorLog, failed: Callable[[Failure], None]) -> Report:
    try:
        from .ray import run_files
    except ImportError as e:
        raise RunFailed(f"--engine ray needs Ray, the [ray] extra: in jingwen's folder, pip install '.[ray]' "
                        f"({e})") from None
    try:
        return run_files(paths, c.output, c.options, dedup=c.dedup, threshold=c.threshold, errors=errors,
                         on_failure=failed, address=c.address, quiet=c.quiet, verbose=c.verbose,
                         base=common_root(list(c.inputs), c.pages))
    except ConnectionError as e:
        raise RunFailed(f"--address {c.address}: {e}") from None
    except Exception as e:
        if type(e).__module__.split(".")[0] == "ray":  # the cluster failed the run (not one input)
            raise RunFailed(f"Ray: {type(e).__name__}: {e}") from None
        raise


def _show_report(report: Report, top: int | None) -> None:
    """The report on stderr: a rich table on a terminal, plain text in a log."""
    if sys.stderr.isatty():
        from rich.console import Console

        Console(stderr=True).print(report.rich_table(top))
    else:
        click.echo(report.table(top), err=True)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


@main.command()
@click.argument("file", type=click.Path(exists=True))
@click.option("--max-shown", default=50, show_default=True, help="print at most this many failing records")
def validate(file: str, max_shown: int) -> None:
    """Check an output (JSON lines, .gz, .zst, .parquet, or a folder of .json) against the schema.

    Prints each failing record's place, field and reason, then a count; exit status 1 if any fails
    (or FILE is not jingwen output)."""
    total = bad = 0
    try:
        for found in check(Path(file)):
            total += 1
            if found:
                bad += 1
                if bad <= max_shown:
                    click.echo("\n".join(map(str, found)))
    except NotOutput as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    if bad > max_shown:
        click.echo(f"… {bad - max_shown} more")
    click.echo(f"{total} records, {bad} invalid", err=True)
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("file", type=click.Path(exists=True))
@click.option("-n", "--index", default=0, show_default=True, type=click.IntRange(min=0),
              help="which document of the file (from 0)")
@click.option("--text-field", default="text", show_default=True, help="JSON lines input: the field holding the text")
@click.option("--id-field", default=None, help="JSON lines input: the field holding the record's own id")
def show(file: str, index: int, text_field: str, id_field: str | None) -> None:
    """Show one document: its tree, what was removed (and by which rule), what was repaired.

    FILE is an output (any format `clean` writes) or an input to clean on the fly."""
    path = Path(file)
    try:
        if is_output(path):
            doc = document_at(path, index)
        else:
            if path.is_dir():
                raise click.UsageError(f"{file}: a folder that is not a per-file output; name one input file")
            items = documents(path, _options((), None, text_field=text_field, id_field=id_field))
            item = next(itertools.islice(items, index, None), None)
            if item is None:
                raise IndexError(f"{file}: no document number {index} (-n counts from 0)")
            if isinstance(item, InputError):
                raise item
            doc = item
    except (InputError, IndexError, ValueError, OSError, EOFError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(render(doc))


@main.command("report")
@click.argument("output", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "target", default="report.html", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="the HTML file to write")
@click.option("--raw-root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="the folder the inputs are in now, when they moved since the run  [default: source.path as written]")
@click.option("--run-report", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="the run's --report JSON  [default: OUTPUT's name + .report.json, beside it, if there]")
@click.option("--errors", "errors_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="the run's errors file  [default: OUTPUT's name + .errors.jsonl, beside it, if there]")
@click.option("--sample", default=40, show_default=True, type=click.IntRange(min=0),
              help="documents drawn at random to view beside their source")
@click.option("--worst", default=20, show_default=True, type=click.IntRange(min=0),
              help="documents that lost the largest share of their text, listed and viewed")
@click.option("--text-field", default="text", show_default=True,
              help="JSON lines inputs: the field holding the text, as given to clean")
def report_cmd(output: Path, target: Path, raw_root: Path | None, run_report: Path | None, errors_file: Path | None,
               sample: int, worst: int, text_field: str) -> None:
    """Write an HTML report of OUTPUT (any format `clean` writes): the corpus at a glance, and the worst
    and a sample of the documents, each beside its raw text.

    One self-contained file (charts and data inline): it opens from disk with no network."""
    from .tools.report import build  # Bokeh and the page's parts only for this command

    try:
        built = build(output, target, raw_root=raw_root, run_report_path=run_report, errors_path=errors_file,
                      sample=sample, worst=worst, text_field=text_field)
    except NotOutput as e:
        raise click.ClickException(str(e)) from None
    except ImportError as e:  # the [report] extra is not installed
        raise RunFailed(str(e)) from None
    except (OSError, ValueError, EOFError) as e:  # unreadable, truncated or corrupt output; unwritable target
        raise click.ClickException(f"cannot report on {output}: {e}") from None
    click.echo(f"{built.target}: {built.documents} documents, {built.views} viewed beside their source, "
               f"{built.bytes / 1e6:.1f} MB in {built.seconds:.1f} s", err=True)
    if built.raw_missing:
        click.echo(f"note: {built.raw_missing} of the views show the clean side only (raw files not found; "
                   "--raw-root DIR names where the inputs are now)", err=True)


@main.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder of gold files <name>.json")
@click.argument("output", type=click.Path(exists=True, path_type=Path))
@click.option("--raw", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder of the raw inputs <name>.*, for the ledger check")
@click.option("--json", "as_json", is_flag=True, help="per-document scores and the summary as JSON")
def eval_cmd(gold: Path, output: Path, raw: Path | None, as_json: bool) -> None:
    """Score OUTPUT (any format `jingwen clean` writes) against hand-labelled gold files."""
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
    # What code finds (repetition, page position, damage) rather than a pattern.
    for c in CODE_RULES:
        if as_json:
            click.echo(json.dumps({"id": c.id, "kind": c.kind, "pack": c.pack, "reason": c.reason}, ensure_ascii=False))
        else:
            click.echo(f"{c.id:<32} {c.kind:<9} {c.pack:<10} {c.reason}")
