"""The privacy tests' server: the notification events' site (the app over real HTTP, a
real SMTP server, the mail worker run by the tests) on the module's database."""

from tests.server.test_notify_events import site, world  # noqa: F401 (fixtures)
