"""A TCP proxy for fault tests: it forwards to the server and cuts, delays or stalls on demand.

    proxy = TcpProxy(server_port).start()
    client = ServerClient(proxy.url)
    proxy.cut_response("/api/v1/sync/push")          # the server answers, the client never hears
    proxy.cut_response("/api/v1/sync/pull", after_bytes=2000)   # a page cut off mid-body
    proxy.stall_response("/api/v1/sync/pull")        # the answer never comes (read timeout)
    proxy.cut_request("/api/v1/sync/push", after_bytes=100)     # the request never arrives whole
    proxy.delay = 0.05                               # latency per forwarded chunk
    proxy.refuse = True                              # new connections are closed at once
    proxy.stop()

Each connection is served by its own thread with ``select`` over its two
sockets. A rule matches the request path of the HTTP request currently on
the connection (the proxy watches request lines going up) and fires
``times`` times. ``events`` records what happened, for assertions.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from dataclasses import dataclass, field

_METHODS = (b"GET ", b"POST ", b"PUT ", b"DELETE ", b"PATCH ", b"HEAD ", b"OPTIONS ")


@dataclass
class Rule:
    """One fault: on requests to ``path`` (prefix), in ``direction``, after ``after_bytes``."""

    path: str
    direction: str  # "up" (client to server) or "down" (server to client)
    action: str  # "cut" or "stall"
    after_bytes: int = 0
    times: int = 1
    skip: int = 0  # let this many matching requests through first
    fired: int = 0
    seen: int = 0

    def matches(self, path: str | None, direction: str) -> bool:
        if self.fired >= self.times or direction != self.direction:
            return False
        if path is None or not path.startswith(self.path):
            return False
        self.seen += 1
        return self.seen > self.skip


@dataclass(eq=False)
class _Conn:
    client: socket.socket
    server: socket.socket
    path: str | None = None
    sent: dict[str, int] = field(default_factory=lambda: {"up": 0, "down": 0})
    rule: Rule | None = None
    checked: set[str] = field(default_factory=set)  # directions of this request already matched
    stalled: bool = False


class TcpProxy:
    """Listens on 127.0.0.1 and forwards every connection to ``upstream_port``."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.delay = 0.0
        self.refuse = False
        self.events: list[str] = []
        self._rules: list[Rule] = []
        self._conns: set[_Conn] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    # -- faults -----------------------------------------------------------------------

    def _add(self, rule: Rule) -> Rule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def cut_response(
        self, path: str, *, after_bytes: int = 0, times: int = 1, skip: int = 0
    ) -> Rule:
        """Close the connection once ``after_bytes`` of the answer to ``path`` went down."""
        return self._add(Rule(path, "down", "cut", after_bytes, times, skip))

    def cut_request(self, path: str, *, after_bytes: int = 0, times: int = 1) -> Rule:
        """Close the connection once ``after_bytes`` of a request to ``path`` went up."""
        return self._add(Rule(path, "up", "cut", after_bytes, times))

    def stall_response(self, path: str, *, after_bytes: int = 0, times: int = 1) -> Rule:
        """Stop forwarding the answer to ``path``; the connection stays open, silent."""
        return self._add(Rule(path, "down", "stall", after_bytes, times))

    def clear(self) -> None:
        """Forget every rule, delay and refusal; release stalled connections by closing them."""
        with self._lock:
            self._rules.clear()
            stalled = [c for c in self._conns if c.stalled]
        self.delay = 0.0
        self.refuse = False
        for conn in stalled:
            self._close(conn)

    def cut_all(self) -> None:
        """Close every open connection now."""
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            self._close(conn)
        self.events.append(f"cut all ({len(conns)})")

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> TcpProxy:
        self._listener.listen(64)
        t = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        t.start()
        self._threads.append(t)
        return self

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self.cut_all()
        for t in self._threads:
            t.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- forwarding ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], 0.1)
                if not ready:
                    continue
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.refuse:
                client.close()
                self.events.append("refused")
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()  # the server is down: so is the proxy, for the client
                self.events.append("upstream down")
                continue
            server.settimeout(None)
            conn = _Conn(client, server)
            with self._lock:
                self._conns.add(conn)
            t = threading.Thread(
                target=self._pump, args=(conn,), name="tcp-proxy-conn", daemon=True
            )
            t.start()
            self._threads.append(t)

    def _close(self, conn: _Conn) -> None:
        for s in (conn.client, conn.server):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()
        with self._lock:
            self._conns.discard(conn)

    def _rule_for(self, conn: _Conn, direction: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(conn.path, direction):
                    rule.fired += 1
                    return rule
        return None

    def _pump(self, conn: _Conn) -> None:
        peers = {conn.client: (conn.server, "up"), conn.server: (conn.client, "down")}
        try:
            while not self._stopping.is_set():
                if conn.stalled:
                    # Hold everything; wait for the client to give up (or clear()).
                    readable, _, _ = select.select([conn.client], [], [], 0.1)
                    if readable and not conn.client.recv(65536, socket.MSG_PEEK):
                        return
                    continue
                readable, _, _ = select.select(list(peers), [], [], 0.1)
                for src in readable:
                    dst, direction = peers[src]
                    data = src.recv(65536)
                    if not data:
                        return
                    if direction == "up" and data.startswith(_METHODS):
                        conn.path = data.split(b" ", 2)[1].decode("latin-1")
                        conn.sent = {"up": 0, "down": 0}
                        conn.rule = None
                        conn.checked = set()
                    if direction not in conn.checked:  # once per request and direction
                        conn.checked.add(direction)
                        rule = self._rule_for(conn, direction)
                        if rule is not None:
                            conn.rule = rule
                    rule = conn.rule
                    if rule is not None and rule.direction == direction:
                        room = rule.after_bytes - conn.sent[direction]
                        if len(data) >= room:
                            if room > 0:
                                dst.sendall(data[:room])
                            self.events.append(f"{rule.action} {direction} {conn.path}")
                            if rule.action == "cut":
                                return
                            conn.stalled = True
                            break
                    if self.delay:
                        time.sleep(self.delay)  # the injected latency itself
                    dst.sendall(data)
                    conn.sent[direction] += len(data)
        except OSError:
            return
        finally:
            self._close(conn)
