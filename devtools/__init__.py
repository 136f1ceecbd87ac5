"""Tools for working on Kansli, shared by the tests and the benchmarks (never shipped:
the installed packages are models, sync, server and desktop).

- :mod:`.live_server`: the real server in a subprocess, an account to sign in with;
- :mod:`.postgres`: a throwaway PostgreSQL cluster from the installed binaries;
- :mod:`.server_data`: rows straight into the server's database (``seed_people``);
- :mod:`.client_data`: a filled client store (``fill``), at any size.
"""
