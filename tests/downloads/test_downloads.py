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
