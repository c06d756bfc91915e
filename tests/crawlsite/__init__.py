"""A real HTTP server on 127.0.0.1 for crawl tests and the crawl benchmark, and fixture sites for it."""
