from datetime import timedelta

from fasilitaattori.core import workshops
from fasilitaattori.core.backups import backup_if_due, list_backups
from fasilitaattori.core.dump import dump_json
from fasilitaattori.core.restore import restore_backup


def test_daily_backup_is_written_once_and_rotates(wb):
    workshops.create_workshop(wb, title="Ennen varmuuskopiota")
    first = backup_if_due(wb)
    assert first is not None and first.exists()
    assert backup_if_due(wb) is None  # not due again today
    for _ in range(4):
        backup_if_due(wb, every=timedelta(0), keep=3)
    assert len([p for p in list_backups(wb) if p.name.startswith("auto-")]) == 3


def test_an_automatic_backup_restores_the_content_of_its_day(wb):
    workshops.create_workshop(wb, title="Säilytettävä")
    before = dump_json(wb)
    path = backup_if_due(wb)
    workshops.create_workshop(wb, title="Myöhempi")
    restore_backup(wb, path)
    assert dump_json(wb) == before
