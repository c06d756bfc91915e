from scraper.urls import host_of, is_binary_url, normalize_url, same_host


def test_fragment_tracking_host_case_and_default_port_are_removed():
    url = "HTTPS://BaoPhuTho.VN:443/chinh-tri/bai-1.htm?utm_source=fb&id=2&fbclid=abc&zarsrc=31#binh-luan"
    assert normalize_url(url) == "https://baophutho.vn/chinh-tri/bai-1.htm?id=2"


def test_query_order_and_path_case_are_kept():
    assert normalize_url("http://a.vn/Tin-Tuc?b=2&a=1") == "http://a.vn/Tin-Tuc?b=2&a=1"


def test_non_default_port_is_kept_and_empty_path_becomes_slash():
    assert normalize_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080/"
    assert normalize_url("http://example.vn:80/") == "http://example.vn/"


def test_relative_links_resolve_against_base():
    assert normalize_url("../p2", "https://a.vn/tin-tuc/p1") == "https://a.vn/p2"
    assert normalize_url("//cdn.a.vn/x.htm", "https://a.vn/") == "https://cdn.a.vn/x.htm"


def test_non_http_urls_are_rejected():
    assert normalize_url("mailto:toasoan@baophutho.vn") is None
    assert normalize_url("javascript:void(0)") is None
    assert normalize_url("http://a.vn:99999/") is None


def test_binary_links_and_hosts():
    assert is_binary_url("https://a.vn/tai-lieu/bao-cao.PDF")
    assert is_binary_url("https://a.vn/anh/1.jpg")
    assert not is_binary_url("https://a.vn/bai-1.htm")
    assert host_of("http://127.0.0.1:8080/x") == "127.0.0.1:8080"
    assert same_host("http://a.vn/1", "http://a.vn/2") and not same_host("http://a.vn/", "http://b.vn/")
