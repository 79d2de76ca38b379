"""Search as you type: ranked while matches are few, newest first when they are very many."""

from __future__ import annotations

from fasilitaattori.core import notes, workshops
from fasilitaattori.core.quick_search import matches_at_least, quick_search
from fasilitaattori.core.search import search


def test_few_matches_are_ranked_like_search(demo_wb):
    assert quick_search(demo_wb, "neuvosto") == search(demo_wb, "neuvosto", limit=60)
    assert quick_search(demo_wb, "  ") == [] and quick_search(demo_wb, "*:(") == []


def test_very_many_matches_come_newest_first(wb):
    workshop = workshops.create_workshop(wb, title="Iso työpaja")
    made = [notes.add_note(wb, workshop.id, f"Kylätalo {i}") for i in range(12)]
    assert matches_at_least(wb, "kylätalo", 5) == 5
    assert matches_at_least(wb, "kylätalo", 100) == 12
    hits = quick_search(wb, "kylätalo", limit=4, rank_limit=5)
    assert [h.ref_id for h in hits] == [n.id for n in reversed(made)][:4]
    assert all(h.kind == "note" and "[Kylätalo]" in h.snippet for h in hits)
    # under the limit the same words are ranked by core.search
    assert {h.ref_id for h in quick_search(wb, "kylätalo", rank_limit=50)} == {n.id for n in made}
