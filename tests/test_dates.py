"""Vietnamese date lines and machine dates to ISO 8601 at +07:00."""

import pytest

from extractors.dates import parse_date, parse_iso_date, parse_vn_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ hai, 06/05/2019, 07:15:40", "2019-05-06T07:15:40+07:00"),
        ("06/05/2019 07:15 GMT+7", "2019-05-06T07:15:00+07:00"),
        ("ngày 6 tháng 5 năm 2019", "2019-05-06T00:00:00+07:00"),
        ("Thứ năm, 20/12/2012, 10:18 GMT+7", "2012-12-20T10:18:00+07:00"),
        ("15:20 PM | 21/12/2012", "2012-12-21T15:20:00+07:00"),
        ("Cập nhật: 07h15 ngày 06-05-2019", "2019-05-06T07:15:00+07:00"),
        ("Thứ Năm, 08/01/2026 - 21:03", "2026-01-08T21:03:00+07:00"),
        ("24/12/2012 03:02 PM", "2012-12-24T15:02:00+07:00"),
        ("Chủ nhật, 13.2.2022 | 16:08", "2022-02-13T16:08:00+07:00"),
        ("06/05/2019 00:15 GMT+0", "2019-05-06T07:15:00+07:00"),
    ],
)
def test_visible_date_lines_read_day_first_at_vietnam_time(line: str, expected: str) -> None:
    assert parse_vn_date(line) == expected


def test_day_first_not_month_first() -> None:
    assert parse_vn_date("03/04/2020 08:00") == "2020-04-03T08:00:00+07:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-22T19:25:52+07:00", "2025-10-22T19:25:52+07:00"),
        ("2025-10-22T12:25:52Z", "2025-10-22T19:25:52+07:00"),
        ("2022-01-20 12:39:00", "2022-01-20T12:39:00+07:00"),
        ("2026-07-20T06:31:56.000+0700", "2026-07-20T06:31:56+07:00"),
        ("2019-05-06", "2019-05-06T00:00:00+07:00"),
    ],
)
def test_machine_dates_are_converted_to_plus_seven(value: str, expected: str) -> None:
    assert parse_iso_date(value) == expected
    assert parse_date(value) == expected


@pytest.mark.parametrize("line", ["", "Thời sự", "32/13/2019", "Hà Nội 99 độ"])
def test_lines_without_a_date_give_none(line: str) -> None:
    assert parse_vn_date(line) is None


def test_profile_formats_are_tried_first() -> None:
    assert parse_vn_date("2019|05|06 07.15", ("%Y|%m|%d %H.%M",)) == "2019-05-06T07:15:00+07:00"
