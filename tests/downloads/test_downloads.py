"""The downloads of the built site, checked with independent tools: frictionless validates the data
package and its CSV, jsonschema validates the JSON against its schema, and Python's csv module reads
the CSV back and compares it with the JSON row for row."""
import csv
import io
import json
import os
import pathlib

import frictionless
import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = pathlib.Path(os.environ.get("SITE_DIR", ROOT / "dist"))
DATA = SITE / "data"


def load(rel):
    return json.loads((DATA / rel).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dataset():
    return load("dataset.json")


@pytest.fixture(scope="module")
def validator():
    schema = load("dataset.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_data_package_and_csv_are_valid_for_frictionless():
    report = frictionless.validate(str(DATA / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_dataset_json_is_valid_against_its_schema(dataset, validator):
    errors = [e.message for e in validator.iter_errors(dataset)]
    assert errors == []


def test_the_schema_describes_two_answers_with_a_rename_and_a_correction(validator):
    """The invented second answer of the tests (never shipped) has body_links and corrections."""
    data = json.loads((ROOT / "tests/fixtures/invented-second-answer/dataset.json").read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(data)] == []
    data["snapshots"][1]["body_links"][0]["kind"] = "guessed"
    data["corrections"][0]["date"] = "gestern"
    assert len(list(validator.iter_errors(data))) == 2


@pytest.mark.parametrize(
    "broken",
    ["negative-count.json", "missing-field.json", "wrong-type-count.json", "share-out-of-range.json",
     "unknown-schema-version.json", "no-snapshot.json", "absurd-count.json"],
)
def test_schema_rejects_broken_datasets(broken, validator):
    data = json.loads((ROOT / "tests/fixtures/broken" / broken).read_text(encoding="utf-8"))
    assert not validator.is_valid(data)


def test_csv_matches_the_json_row_for_row(dataset):
    raw = (DATA / "behoerden.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "BOM so spreadsheets read UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    snapshot = max(dataset["snapshots"], key=lambda s: s["source"]["date"])
    bodies = snapshot["bodies"]
    assert len(rows) == len(bodies) == 40
    for row, body in zip(rows, bodies):
        assert row["Stand"] == snapshot["id"]
        assert row["Behörde"] == body["abbreviation"]
        assert row["Ressort"] == (body["portfolio"] or "")
        assert int(row["MSE"]) == body["exchange_accounts"]
        assert int(row["MSE Res"]) == body["exchange_resources"]
        assert int(row["OX"]) == body["ox_accounts"]
        assert float(row["OX % (gedruckt)"].replace(",", ".")) == body["ox_share_published"]
        total = body["exchange_accounts"] + body["exchange_resources"] + body["ox_accounts"]
        assert row["OX % (nachgerechnet)"] == f"{body['ox_accounts'] * 100 / total:.2f}".replace(".", ",")
    assert sum(int(r["OX"]) for r in rows) == 43051


def test_versioned_download_equals_the_current_one_for_the_newest_snapshot(dataset):
    newest = max(dataset["snapshots"], key=lambda s: s["source"]["date"])["id"]
    versioned = DATA / "versions" / newest
    assert json.loads((versioned / "dataset.json").read_text(encoding="utf-8")) == dataset
    assert (versioned / "behoerden.csv").read_bytes() == (DATA / "behoerden.csv").read_bytes()


def test_the_press_kit_unpacks_and_checks_out_with_its_own_checksums(dataset):
    """The newest press kit (a copy at data/pressekit.zip) is the version's, its checksums hold,
    its data are the version's files, and its citations parse as the formats they claim to be."""
    import hashlib
    import struct
    import zipfile

    import yaml

    version = dataset["snapshots"][-1]["id"]
    folder = DATA / "versions" / version
    latest = (DATA / "pressekit.zip").read_bytes()
    assert latest == (folder / "pressekit.zip").read_bytes()
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    assert f"{hashlib.sha256(latest).hexdigest()}  pressekit.zip" in sums.splitlines()
    kit = zipfile.ZipFile(io.BytesIO(latest))
    prefix = f"pressekit-{version}/"
    names = kit.namelist()
    assert all(n.startswith(prefix) for n in names)
    files = {n[len(prefix):]: kit.read(n) for n in names}
    for line in files["SHA256SUMS"].decode("utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(files[name]).hexdigest() == digest, name
    assert len(files["SHA256SUMS"].decode().splitlines()) == len(files) - 1
    assert files["dataset.json"] == (folder / "dataset.json").read_bytes()
    assert files["behoerden.csv"] == (folder / "behoerden.csv").read_bytes()
    charts = ["anteil", "konten", "ressorts", "restkonten", "zeitplan"]
    for slug in charts:
        png = files[f"diagramme/{slug}.png"]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert width == 2560 and height > 1000, (slug, width, height)
        svg = files[f"diagramme/{slug}.svg"].decode("utf-8")
        assert "Drucksache 20/4245" in svg and version in svg
    cff = yaml.safe_load(files["CITATION.cff"])
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset" and cff["version"] == version
    csl = json.loads(files["zitation.csl.json"])
    assert [item["type"] for item in csl] == ["dataset", "report"]
    bib = files["zitation.bib"].decode("utf-8")
    assert bib.count("{") == bib.count("}") and "@misc{" in bib and "@techreport{" in bib
    text = files["zitieren.txt"].decode("utf-8")
    assert "Deutsch:" in text and "English:" in text and version in text
    assert "CC-BY-4.0" in files["LIZENZ.txt"].decode("utf-8")
