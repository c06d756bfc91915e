import re
from pathlib import Path

import pytest

from scraper.profiles import ProfileError, all_profiles, load_profile, parse_profile, profile_for_url


def test_every_shipped_profile_loads_and_has_a_template() -> None:
    profiles = all_profiles()
    assert "baophutho.vn" in {p.name for p in profiles}
    for profile in profiles:
        assert profile.hosts, profile.name
        assert profile.templates, f"{profile.name} has no [[templates]]"


def test_baophutho_url_families() -> None:
    p = load_profile("baophutho.vn")
    assert p.is_article_url("https://baophutho.vn/de-phong-trao-dung-vung-trong-long-dan-156789.htm")
    assert p.is_article_url(
        "https://baophutho.vn/chinh-tri/de-phong-trao-dung-vung-trong-long-dan/156789.html"
    )
    assert not p.is_article_url("https://baophutho.vn/chinh-tri")
    assert p.feeds == ("https://baophutho.vn/rss/home.rss",)
    assert {t.name for t in p.templates} >= {"current", "2019"}


def test_profile_for_url_matches_subdomains_only_of_known_hosts() -> None:
    assert profile_for_url("https://www.baophutho.vn/a-1.htm").name == "baophutho.vn"
    assert profile_for_url("https://baophutho.vn.evil.example/a-1.htm") is None
    assert profile_for_url(None) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"hosts": ["x.vn"]}, "missing 'name'"),
        ({"name": "x", "hosts": ["x.vn"], "colour": "red"}, "unknown key"),
        ({"name": "x", "hosts": ["x.vn"], "article_patterns": ["("]}, "bad regular expression"),
        ({"name": "x", "hosts": ["x.vn"], "templates": [{"titel": "h1"}]}, "templates[0]"),
    ],
)
def test_bad_profiles_are_rejected_with_a_clear_message(data: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=re.escape(message)):
        parse_profile(data, "test.toml")


def test_unknown_profile_name_lists_known_ones() -> None:
    with pytest.raises(ProfileError, match=r"baophutho\.vn"):
        load_profile("no-such-site.vn")


def test_profile_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "local.toml"
    path.write_text('name = "local"\nhosts = ["127.0.0.1"]\n[[templates]]\ntitle = "h1"\n', encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.name == "local" and profile.templates[0].title == "h1"
