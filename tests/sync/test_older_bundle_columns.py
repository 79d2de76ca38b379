"""A bundle written before feedback responses kept their respondent (and questions their options)
is still read: the columns it lacks take their empty defaults."""

from __future__ import annotations

import io
import zipfile

from fasilitaattori.core import feedback, workshops
from fasilitaattori.library.seed import open_workbench
from fasilitaattori.sync.export import build_bundle
from fasilitaattori.sync.importer import import_bundle

from .test_hostile_bundles import pack, rows_edit


def _drop(column: str):
    def edit(body: dict) -> None:
        at = body["columns"].index(column)
        del body["columns"][at]
        for row in body["rows"]:
            del row[at]
    return edit


def test_a_bundle_without_the_new_feedback_columns_imports(tmp_path):
    source = open_workbench(tmp_path / "source")
    ws = workshops.create_workshop(source, title="Palautetyöpaja", date="2026-03-10")
    question = feedback.add_question(source, ws.id, "Mitkä menetelmät?", kind="choice", options="A\nB")
    feedback.add_response(source, ws.id, {question.id: "A"})
    data = build_bundle(source)[0]
    source.close()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members = rows_edit(members, "feedback_response", _drop("respondent"))
    members = rows_edit(members, "feedback_response", _drop("answered_at"))
    members = rows_edit(members, "feedback_question", _drop("options"))
    path = tmp_path / "older.fasi"
    path.write_bytes(pack(members))

    target = open_workbench(tmp_path / "target")
    try:
        import_bundle(target, path)
        (response, answers), = feedback.list_responses(target, ws.id)
        assert (response.respondent, response.answered_at) == ("", "")
        assert answers[question.id].value_text == "A"
        assert feedback.list_questions(target, ws.id)[0].options == ""
    finally:
        target.close()
