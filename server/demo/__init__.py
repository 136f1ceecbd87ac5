"""Demo data and the local demo: a deterministic generator (:mod:`server.demo.generate`),
seeding (:mod:`server.demo.seed`), the local mail catcher (:mod:`server.demo.mailcatcher`)
and ``kansli-server demo`` itself (:mod:`server.demo.start`)."""
