"""Demo data: a deterministic generator (:mod:`server.demo.generate`), seeding
(:mod:`server.demo.seed`) and the local mail catcher of ``kansli-server demo``."""
