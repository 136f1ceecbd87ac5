"""Sign-in throttling: atomic counters per key, and a bound on password checks at once.

Design (issue 13, items 5, 6 and 8)
-----------------------------------

An attempt is *reserved* before its password is checked, and a reservation is
one statement per counter: an insert-or-increment that only increments while
the counter is under its limit (or its window has passed) and returns the new
count, so counting and checking are one atomic step, on SQLite and on
PostgreSQL, however many server processes share the database. The reservation
is committed before the (slow) password check; a wrong password leaves it
counted, a right one gives it back. Refused attempts change nothing and cost
no password check.

Three counters, each a row of ``login_counter`` keyed by a keyed hash:

* **account and address** (``login_max_failures_per_account_address``, 5 per
  ``login_window_minutes``, 15): always applies. A success clears it (the
  owner's own typos are forgotten once they get in).
* **account** (``login_max_failures_per_account``, 20 per
  ``login_account_window_minutes``, 60): the slower global ceiling against
  guessing from many addresses. It does not apply to an address the account
  signed in from successfully in the last ``login_known_address_days`` (30;
  ``login_known_address`` keeps those pairs hashed), so an attacker elsewhere
  cannot lock the owner out of their usual office or home.
* **address** (``login_max_accounts_per_address``, 20 per window): counts the
  *accounts* with failed attempts from the address (an attempt is counted
  here when it is the first of its account-and-address pair in the pair's
  window), so spraying one password over many accounts is bounded while one
  user's typos on a shared office address count once. It too does not apply to
  (account, address) pairs known from a recent success.

Guessing stays bounded: per account at most 5 per 15 minutes from each known
address and 20 per hour from all others together. IPv6 addresses are counted
per /64 (one subscriber's block), since a single host can use the whole block.

Keys are HMAC-SHA256 of e-mail address and client address under a key derived
from ``secret_key``: the tables keep no personal data that could be read back
by trying every IPv4 address or a list of e-mail addresses.

Password checks (argon2id at 64 MiB each) run at most
``login_max_concurrent_hashes`` at once per process (:class:`HashGate`); an
attempt that waits longer than ``login_hash_wait_seconds`` for its turn is
answered 503 with ``Retry-After`` and its reservation is given back.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import logging
import math
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, literal, or_, select, update
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from models.base import UTCDateTime
from models.ids import utcnow
from server.services.accounts import verify_password
from server.settings import Settings
from server.sql import conflict_insert
from server.tables import LoginCounter, LoginKnownAddress

log = logging.getLogger("kansli.auth")

RATE_LIMITED = "Too many failed sign-in attempts; try again later"


@dataclass(frozen=True)
class Held:
    """One counter this attempt incremented: its key, the window it counted in, and
    the count it reached."""

    key: str
    window_start: datetime
    count: int


@dataclass(frozen=True)
class Reservation:
    """The counters an attempt holds until it is known whether the password was right."""

    pair: Held
    account: Held | None
    address: Held | None
    known_key: str

    def held(self) -> list[Held]:
        return [h for h in (self.pair, self.account, self.address) if h is not None]


@dataclass(frozen=True)
class Limited:
    """A refused attempt: seconds until the counter that refused it starts over."""

    retry_after: int


def _secret(settings: Settings) -> bytes:
    return hashlib.sha256(
        b"kansli login limits\x00" + settings.secret_key.get_secret_value().encode()
    ).digest()


def _mac(settings: Settings, *parts: str) -> str:
    return hmac.new(_secret(settings), "\x00".join(parts).encode(), hashlib.sha256).hexdigest()


def address_block(address: str) -> str:
    """The unit an address is counted as: itself, or its /64 for IPv6."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return address.strip().lower()[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass(frozen=True)
class _Keys:
    pair: str
    account: str
    address: str
    known: str


def _keys(settings: Settings, email: str, address: str) -> _Keys:
    account, block = email.strip().lower(), address_block(address)
    pair = _mac(settings, "pair", account, block)
    return _Keys(
        pair=f"p:{pair}",
        account=f"a:{_mac(settings, 'account', account)}",
        address=f"i:{_mac(settings, 'address', block)}",
        known=f"k:{_mac(settings, 'known', account, block)}",
    )


def _take(session: Session, key: str, now: datetime, window: timedelta, limit: int) -> Held | None:
    """Count one attempt on ``key`` if it is under ``limit`` (one atomic statement)."""
    now_value = literal(now, UTCDateTime())
    expired = LoginCounter.window_start <= literal(now - window, UTCDateTime())
    stmt = (
        conflict_insert(session, LoginCounter)
        .values(key=key, count=1, window_start=now)
        .on_conflict_do_update(
            index_elements=[LoginCounter.key],
            set_={
                "count": case((expired, 1), else_=LoginCounter.count + 1),
                "window_start": case((expired, now_value), else_=LoginCounter.window_start),
            },
            where=or_(expired, LoginCounter.count < limit),
        )
        .returning(LoginCounter.count, LoginCounter.window_start)
    )
    row = session.execute(stmt).first()
    if row is None:
        return None
    start: datetime = row[1]
    return Held(key, start, int(row[0]))


def _give_back(session: Session, held: Held) -> None:
    """Undo one count of ``held`` (only in the window it was counted in)."""
    session.execute(
        update(LoginCounter)
        .where(
            LoginCounter.key == held.key,
            LoginCounter.window_start == held.window_start,
            LoginCounter.count > 0,
        )
        .values(count=LoginCounter.count - 1)
    )


def _retry_after(session: Session, key: str, now: datetime, window: timedelta) -> int:
    start = session.scalar(select(LoginCounter.window_start).where(LoginCounter.key == key))
    if start is None:
        return 1
    # A parallel attempt that started the window after this one took ``now`` leaves
    # ``start`` a little after ``now``: never say more than the window itself.
    left = min(window, start + window - now)
    return max(1, math.ceil(left.total_seconds()))


def _is_known(session: Session, settings: Settings, key: str, now: datetime) -> bool:
    since = now - timedelta(days=settings.login_known_address_days)
    return (
        session.scalar(
            select(LoginKnownAddress.key).where(
                LoginKnownAddress.key == key, LoginKnownAddress.last_success_at > since
            )
        )
        is not None
    )


def reserve(
    session: Session, settings: Settings, *, email: str, address: str
) -> Reservation | Limited:
    """Count this attempt against its limits, or refuse it without counting anything.

    Commit ``session`` before checking the password: the reservation is what
    makes parallel attempts see each other.
    """
    now = utcnow()
    keys = _keys(settings, email, address)
    window = timedelta(minutes=settings.login_window_minutes)
    account_window = timedelta(minutes=settings.login_account_window_minutes)
    # The first statement writes: on SQLite the transaction takes the write lock at once
    # (a read first would have to upgrade, which WAL refuses when another writer won).
    pair = _take(session, keys.pair, now, window, settings.login_max_failures_per_account_address)
    if pair is None:
        return Limited(_retry_after(session, keys.pair, now, window))
    if _is_known(session, settings, keys.known, now):
        return Reservation(pair=pair, account=None, address=None, known_key=keys.known)
    account = _take(
        session, keys.account, now, account_window, settings.login_max_failures_per_account
    )
    if account is None:
        _give_back(session, pair)
        return Limited(_retry_after(session, keys.account, now, account_window))
    held_address = None
    if pair.count == 1:  # the first attempt of this account from here in the window
        held_address = _take(
            session, keys.address, now, window, settings.login_max_accounts_per_address
        )
        if held_address is None:
            _give_back(session, pair)
            _give_back(session, account)
            return Limited(_retry_after(session, keys.address, now, window))
    return Reservation(pair=pair, account=account, address=held_address, known_key=keys.known)


def release(session: Session, reservation: Reservation) -> None:
    """Give back every count of an attempt whose password was never checked."""
    for held in reservation.held():
        _give_back(session, held)


def succeeded(session: Session, settings: Settings, reservation: Reservation) -> None:
    """The password was right: clear the pair's failures, give back the ceilings' counts,
    and remember the address as one this account signs in from."""
    now = utcnow()
    session.execute(
        update(LoginCounter).where(LoginCounter.key == reservation.pair.key).values(count=0)
    )
    for held in (reservation.account, reservation.address):
        if held is not None:
            _give_back(session, held)
    session.execute(
        conflict_insert(session, LoginKnownAddress)
        .values(key=reservation.known_key, last_success_at=now)
        .on_conflict_do_update(
            index_elements=[LoginKnownAddress.key], set_={"last_success_at": now}
        )
    )
    _prune(session, settings, now)


def _prune(session: Session, settings: Settings, now: datetime) -> None:
    longest = max(settings.login_window_minutes, settings.login_account_window_minutes)
    session.execute(
        delete(LoginCounter).where(LoginCounter.window_start < now - timedelta(minutes=longest))
    )
    session.execute(
        delete(LoginKnownAddress).where(
            LoginKnownAddress.last_success_at
            < now - timedelta(days=settings.login_known_address_days)
        )
    )


class HashGateBusy(Exception):
    """No password check slot came free in time."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("password checks are busy")
        self.retry_after = retry_after


class HashGate:
    """At most ``login_max_concurrent_hashes`` password checks at once in this process.

    Waiting for a slot holds no thread (an asyncio semaphore); the check itself
    runs on the thread pool. Each check is logged (``password_check`` with the
    number running and the total so far, nothing about the account), which is
    what the ``login-storm`` benchmark counts.
    """

    def __init__(self, settings: Settings) -> None:
        self.limit = settings.login_max_concurrent_hashes
        self.wait_seconds = settings.login_hash_wait_seconds
        self._slots = asyncio.Semaphore(self.limit)
        self._lock = threading.Lock()
        self.running = 0
        self.checks = 0
        self.peak = 0

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """Check ``password`` against ``password_hash`` (a dummy hash when None)."""
        if self._slots.locked():
            try:
                await asyncio.wait_for(self._slots.acquire(), timeout=self.wait_seconds)
            except TimeoutError:
                raise HashGateBusy(max(1, math.ceil(self.wait_seconds))) from None
        else:
            await self._slots.acquire()  # free: taken without yielding
        try:
            with self._lock:
                self.running += 1
                self.checks += 1
                self.peak = max(self.peak, self.running)
                running, checks = self.running, self.checks
            started = time.perf_counter()
            ok = await run_in_threadpool(verify_password, password_hash, password)
            log.info(
                "password_check",
                extra={
                    "fields": {
                        "running": running,
                        "checks": checks,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                    }
                },
            )
            return ok
        finally:
            with self._lock:
                self.running -= 1
            self._slots.release()
