"""Server-rendered web pages: the flows people outside the office use, and
staff pages the desktop shows in its embedded web view, in English and
Swedish (:mod:`server.web.i18n`). :mod:`server.web.routers` puts them
together (``install``, ``page_routers``)."""
