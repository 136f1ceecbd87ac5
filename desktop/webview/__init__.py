"""The embedded web view for the server's staff pages (manager preview, agent orders).

Importing this package is cheap: QtWebEngine is loaded only when the first
web view is made (``desktop.webview.view``), so start-up never pays for it.
What the app needs before its ``QApplication`` exists is here:
:func:`prepare_application` (QtWebEngine shares OpenGL contexts between
windows, and Qt requires the attribute to be set before the application).

Modules:

- :mod:`desktop.webview.server_api`: the few API calls the web features make
  (handover, notifications) on the network pool; no Qt WebEngine;
- :mod:`desktop.webview.view`: ``KansliWebView`` and its page (navigation
  limited to the server's origin) on a dedicated profile;
- :mod:`desktop.webview.staff_page`: a staff page opened through a one-time
  handover, or "This step needs a connection" with local details offline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt


def prepare_application() -> None:
    """Set what QtWebEngine needs before the ``QApplication`` is made (no-op after)."""
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
