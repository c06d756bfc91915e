import subprocess
import sys
import time

import pytest

from scraper.errors import EXIT_LOCKED, LockedError
from scraper.lock import CrawlLock, lock_path


def test_second_lock_fails_at_once_and_names_the_holder(tmp_path):
    db = tmp_path / "news.db"
    with CrawlLock(db):
        started = time.monotonic()
        with pytest.raises(LockedError) as info:
            CrawlLock(db).acquire()
        assert time.monotonic() - started < 1
        assert "another vnnews crawl is running" in str(info.value)
        assert info.value.exit_code == EXIT_LOCKED
    with CrawlLock(db):  # released on exit
        pass


def test_lock_of_a_killed_process_is_released_by_the_kernel(tmp_path):
    db = tmp_path / "news.db"
    code = f"from scraper.lock import CrawlLock; import time; CrawlLock({str(db)!r}).acquire(); print('held', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockedError) as info:
            CrawlLock(db).acquire()
        assert f"pid {holder.pid}" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    assert lock_path(db).exists()  # the file stays; the lock does not
    with CrawlLock(db):
        pass
