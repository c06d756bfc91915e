"""One module per `vnnews` command; see `scraper.cli.COMMANDS`."""
