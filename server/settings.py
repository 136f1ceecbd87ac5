"""Server configuration through pydantic-settings: environment variables ``KANSLI_*``,
or a settings file.

Every option has a default that works on one machine (the embedded default:
a SQLite file in the user data folder, SMTP on localhost). Production sets
at least ``KANSLI_DATABASE_URL``, ``KANSLI_SECRET_KEY``, ``KANSLI_PUBLIC_BASE_URL``
and the SMTP options; ``kansli-server serve`` refuses to start without the key
and the base URL (``--dev`` allows it on a developer's machine), and behind a
reverse proxy ``KANSLI_TRUSTED_PROXIES`` names the proxy.

Settings come only from the environment and, when ``KANSLI_SETTINGS_FILE`` names
one, from that file (``KEY=value`` lines, the same ``KANSLI_*`` names, e.g. a
systemd ``EnvironmentFile``); a variable in the environment wins over the file.
A named file that cannot be read is refused: a server quietly started on the
defaults would serve an empty SQLite database.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import stat
import warnings
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from models.files import private_dir
from models.version import VERSION, parse_version

APP_NAME = "Kansli"
#: The environment variable naming the settings file.
SETTINGS_FILE_VARIABLE = "KANSLI_SETTINGS_FILE"
#: The shortest ``KANSLI_SECRET_KEY`` production accepts (``secrets.token_urlsafe(32)`` is 43).
MIN_SECRET_KEY_LENGTH = 32


def absolute_http_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL: a host, an optional port and path."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port that is not a number in range)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and not (parts.query or parts.fragment or parts.username)
        and not any(c.isspace() for c in url)
    )


def default_database_url() -> str:
    """A SQLite file in the platform's user data folder (created when missing)."""
    folder = private_dir(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    return f"sqlite:///{folder / 'kansli-server.db'}"


def _check_settings_file(path: Path) -> None:
    """Refuse a settings file others may write (they could point the server anywhere, or
    read its secrets through it); warn when everyone may read it (it holds the secrets)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ValueError(
            f"{SETTINGS_FILE_VARIABLE}={path}: the settings file {path} may be written by "
            f"others than its owner (mode {mode:04o}); make it writable by its owner only "
            f"and readable by the service's user only, e.g. chmod 0640 {path}"
        )
    if mode & stat.S_IROTH:
        warnings.warn(
            f"the settings file {path} may be read by anyone (mode {mode:04o}) and it holds "
            f"the secret key and passwords: chmod 0640 {path}",
            UserWarning,
            stacklevel=2,
        )


class Settings(BaseSettings):
    """Everything the server reads from its environment."""

    #: hide_input_in_errors: a refused value (a database URL with its password) is not
    #: repeated in the error, which goes to the journal.
    model_config = SettingsConfigDict(
        env_prefix="KANSLI_", extra="ignore", frozen=True, hide_input_in_errors=True
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments, then the environment, then ``KANSLI_SETTINGS_FILE`` (when set)."""
        named = os.environ.get(SETTINGS_FILE_VARIABLE, "").strip()
        if not named:
            return (init_settings, env_settings)
        path = Path(named)
        if not path.is_file() or not os.access(path, os.R_OK):
            raise ValueError(f"{SETTINGS_FILE_VARIABLE}={named}: no readable file there")
        _check_settings_file(path)
        return (init_settings, env_settings, DotEnvSettingsSource(settings_cls, env_file=path))

    database_url: str = Field(default_factory=default_database_url)

    # Outgoing mail (the outbox worker's SMTP server).
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    #: "none": plain SMTP; "starttls": upgrade with STARTTLS; "ssl": implicit TLS (port 465).
    smtp_tls: Literal["none", "starttls", "ssl"] = "none"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = Field(default=20.0, gt=0)
    mail_from: str = "Kansli <no-reply@kansli.local>"

    #: Base of the links in mails, e.g. https://kansli.example.se (no trailing slash).
    public_base_url: str = "http://127.0.0.1:8000"
    #: Key for signing (CSRF tokens of the web flows). A random one per process if unset,
    #: which is fine for one process but not for several behind a load balancer.
    secret_key: SecretStr = Field(default_factory=lambda: SecretStr(secrets.token_urlsafe(32)))

    #: How long a sign-in token is valid.
    token_ttl_hours: float = Field(default=24 * 30, gt=0)
    # Sign-in throttling (server/services/login_limits.py explains the design).
    #: Window of the per (account, address) and per address limits.
    login_window_minutes: float = Field(default=15, gt=0)
    #: Failed sign-ins of one account from one address per window.
    login_max_failures_per_account_address: int = Field(default=5, ge=1)
    #: Failed sign-ins of one account from addresses it has not signed in from recently,
    #: per ``login_account_window_minutes`` (the slower global ceiling).
    login_max_failures_per_account: int = Field(default=20, ge=1)
    login_account_window_minutes: float = Field(default=60, gt=0)
    #: Accounts with failed sign-ins from one address per window (a shared office address
    #: counts each colleague once, however often they mistype).
    login_max_accounts_per_address: int = Field(default=20, ge=1)
    #: How long a successful sign-in from an address exempts it from the account's and
    #: the address's ceilings.
    login_known_address_days: float = Field(default=30, gt=0)
    #: Days after a round's evaluation mail that those who have not answered are reminded
    #: (``round.evaluation_reminder``, once).
    evaluation_reminder_days: int = Field(default=7, ge=1)
    #: Password checks (argon2, 64 MiB each) run at once per server process; more wait.
    login_max_concurrent_hashes: int = Field(default=2, ge=1)
    #: How long a sign-in waits for a password check slot before a 503 with Retry-After.
    login_hash_wait_seconds: float = Field(default=5.0, ge=0)

    #: Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed: addresses or
    #: networks, comma-separated (e.g. ``10.0.0.5,10.1.0.0/16``). None by default: the
    #: client address is the connection's, whatever headers a client sends.
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)

    #: Serve the interactive API documentation (Swagger UI at ``/api/v1/docs``, which
    #: loads its script from a CDN): development only. ``/api/v1/openapi.json`` is always served.
    api_docs: bool = False

    #: The oldest desktop version whose sync requests are taken (``models.version``): an
    #: older one is answered 426 ``client_too_old`` and asked to update, its unsent work
    #: kept. Raise it when a release changes what the server expects of clients.
    oldest_client: str = VERSION

    #: Run the mail outbox worker inside the API process (embedded default, demo).
    run_worker: bool = False
    #: Web processes ``kansli-server serve`` starts (``--workers``); above 1, PostgreSQL only,
    #: and the background jobs run apart, in ``kansli-server worker`` (docs/SCALING.md).
    web_workers: int = Field(default=1, ge=1, le=64)
    worker_poll_seconds: float = Field(default=2.0, gt=0)
    mail_max_attempts: int = Field(default=12, ge=1)
    #: How long a worker's claim on a mail it is sending lasts; a mail whose claimer died
    #: (killed mid-send) is sent again, by any worker, once its claim has run out. Unset:
    #: two sends' worst case (:meth:`mail_send_worst_case`) and 30 s; at least two sends'
    #: worst case when set (a batch's mails are tried while one still fits in the claim).
    mail_lease_seconds: float | None = Field(default=None, gt=0)
    #: First retry delay; doubled per attempt up to ``mail_retry_max_seconds``.
    mail_retry_base_seconds: float = Field(default=30.0, gt=0)
    mail_retry_max_seconds: float = Field(default=3600.0, gt=0)

    # Signing of agent orders. SMS: "outbox" records each SMS (and appends it to
    # ``sms_spool_file`` when set) instead of sending it; "http" posts it to an HTTP
    # SMS API (46elks' by default). BankID: configured once the RP certificate and
    # key are given; ``bankid_api_url`` defaults to BankID's production API.
    sms_gateway: Literal["outbox", "http"] = "outbox"
    sms_spool_file: Path | None = None
    sms_http_url: str = "https://api.46elks.com/a1/sms"
    sms_http_username: str = ""
    sms_http_password: SecretStr | None = None
    sms_sender: str = "Kansli"
    bankid_api_url: str = "https://appapi2.bankid.com/rp/v6.0/"
    bankid_cert_file: Path | None = None
    bankid_key_file: Path | None = None
    #: CA bundle of the BankID API's server certificate (bundled for BankID's own hosts).
    bankid_ca_file: Path | None = None

    # Card payments (issue 18, server/services/card.py). Stripe: the secret API key and the
    # webhook endpoint's signing secret (whsec_...); Swish for Merchants: the merchant's
    # Swish number, its client certificate and key (mutual TLS) and Swish's CA bundle.
    # Secrets are SecretStr: never logged, never in a repr.
    stripe_api_key: SecretStr | None = None
    stripe_webhook_secret: SecretStr | None = None
    #: Stripe's API (a stand-in's in tests).
    stripe_api_base: str = "https://api.stripe.com"
    #: How long a Checkout Session can be paid (Stripe allows 30 minutes to 24 hours).
    stripe_checkout_minutes: int = Field(default=60, ge=30, le=24 * 60)
    swish_api_url: str = "https://cpc.getswish.net/swish-cpcapi/api/"
    swish_payee_alias: str = ""
    swish_cert_file: Path | None = None
    swish_key_file: Path | None = None
    swish_ca_file: Path | None = None

    # Student records and home addresses for alumni processing (seed 001,
    # docs/STUDENT_RECORDS.md). "database": the imported export (default, offline);
    # "ladok": Ladok's REST API with the institution's client certificate (mutual TLS);
    # "fs": FS (Felles studentsystem) through FS-API. Addresses: "none", or "navet"
    # (Skatteverket's Navet, with the organisation's certificate and order id).
    student_records: Literal["database", "ladok", "fs"] = "database"
    #: The tenants (slugs, comma-separated) whose registrations Ladok, FS and Navet are
    #: asked about: the institution's own. Required with any source but the database;
    #: every other tenant of the server checks its own imported records.
    student_records_tenants: Annotated[list[str], NoDecode] = Field(default_factory=list)
    #: Ladok's integration API base, e.g. https://api.ladok.se (test: api.test.ladok.se).
    ladok_url: str = ""
    ladok_cert_file: Path | None = None
    ladok_key_file: Path | None = None
    #: CA bundle of Ladok's server certificate (the system's when unset).
    ladok_ca_file: Path | None = None
    ladok_timeout_seconds: float = Field(default=10.0, gt=0)
    #: Tries of one request on a timeout or a 5xx answer (backoff doubles from the base).
    student_records_attempts: int = Field(default=3, ge=1, le=10)
    student_records_backoff_seconds: float = Field(default=0.5, ge=0, le=10)
    #: The longest wait between two tries, whatever the backoff has doubled to.
    student_records_max_wait_seconds: float = Field(default=10.0, ge=0, le=60)
    #: The most one lookup (all its requests and tries) may take before it is given up
    #: as a technical error (the registration is checked again later).
    student_records_deadline_seconds: float = Field(default=60.0, gt=0, le=600)
    fs_url: str = ""
    #: CA bundle of FS-API's server certificate (the system's when unset).
    fs_ca_file: Path | None = None
    fs_username: str = ""
    fs_password: SecretStr | None = None
    address_source: Literal["none", "navet"] = "none"
    navet_url: str = "https://www2.skatteverket.se/na/na_epersondata/V2/personpostXML"
    navet_cert_file: Path | None = None
    navet_key_file: Path | None = None
    navet_ca_file: Path | None = None
    #: The organisation number and order id ("BeställningsId") of the Navet agreement.
    navet_org_nr: str = ""
    navet_order_id: str = ""

    log_level: str = "INFO"

    @property
    def bankid_configured(self) -> bool:
        """True when signing with BankID can be offered (the RP certificate is set)."""
        return self.bankid_cert_file is not None and self.bankid_key_file is not None

    @property
    def stripe_configured(self) -> bool:
        """True when card payments through Stripe can be offered."""
        return self.stripe_api_key is not None and self.stripe_webhook_secret is not None

    @property
    def swish_configured(self) -> bool:
        """True when Swish payments can be offered (the merchant's number and certificate)."""
        return bool(self.swish_payee_alias) and self.swish_cert_file is not None

    def mail_send_worst_case(self) -> float:
        """The longest one mail's send may take, in seconds: three SMTP timeouts (the
        connection, the envelope, the data)."""
        return 3 * self.smtp_timeout_seconds

    def mail_lease(self) -> float:
        """How long a worker's claim on a batch of mails lasts, in seconds."""
        return self.mail_lease_seconds or 2 * self.mail_send_worst_case() + 30

    def missing_for_production(self) -> list[str]:
        """The environment variables production must set that were not given (or given
        blank, or unfit: each then with what it must be).

        Without ``KANSLI_SECRET_KEY`` each process signs with its own random key
        (CSRF tokens fail across restarts and behind a load balancer), and a short one
        can be guessed; without ``KANSLI_PUBLIC_BASE_URL`` links in mails point to
        127.0.0.1, and one that is not an absolute http(s) URL makes no link at all.
        """
        missing = []
        key = self.secret_key.get_secret_value().strip()
        if "secret_key" not in self.model_fields_set or not key:
            missing.append("KANSLI_SECRET_KEY")
        elif len(key) < MIN_SECRET_KEY_LENGTH:
            missing.append(f"KANSLI_SECRET_KEY (at least {MIN_SECRET_KEY_LENGTH} characters)")
        url = self.public_base_url.strip()
        if "public_base_url" not in self.model_fields_set or not url:
            missing.append("KANSLI_PUBLIC_BASE_URL")
        elif not absolute_http_url(url):
            missing.append("KANSLI_PUBLIC_BASE_URL (an absolute http:// or https:// URL)")
        return missing

    @model_validator(mode="after")
    def _lease_outlasts_a_send(self) -> Settings:
        """A mail's claim must outlast two sends' worst case, or no worker could send."""
        least = 2 * self.mail_send_worst_case()
        if self.mail_lease_seconds is not None and self.mail_lease_seconds < least:
            raise ValueError(
                f"KANSLI_MAIL_LEASE_SECONDS={self.mail_lease_seconds:g} must be at least "
                f"{least:g}: twice three SMTP timeouts (KANSLI_SMTP_TIMEOUT_SECONDS="
                f"{self.smtp_timeout_seconds:g}), the longest one send may take"
            )
        return self

    @model_validator(mode="after")
    def _outside_sources_complete(self) -> Settings:
        """A chosen student-record or address source must have what it needs to be asked.

        Refused at start, not at every registration (docs/STUDENT_RECORDS.md).
        """
        needs: list[str] = {
            "ladok": ["ladok_url", "ladok_cert_file", "ladok_key_file"],
            "fs": ["fs_url", "fs_username", "fs_password"],
        }.get(self.student_records, [])
        if self.address_source == "navet":
            needs += ["navet_url", "navet_cert_file", "navet_key_file", "navet_org_nr"]
            needs += ["navet_order_id"]
        if needs:
            needs.append("student_records_tenants")
        missing = [f"KANSLI_{name.upper()}" for name in needs if not getattr(self, name)]
        if missing:
            raise ValueError(
                f"KANSLI_STUDENT_RECORDS={self.student_records}, "
                f"KANSLI_ADDRESS_SOURCE={self.address_source} need {', '.join(missing)}"
            )
        # Personnummer and FS's password travel in these requests: never in clear text.
        clear = [
            f"KANSLI_{name.upper()}"
            for name in ("ladok_url", "fs_url", "navet_url")
            if name in needs and not getattr(self, name).lower().startswith("https://")
        ]
        if clear:
            raise ValueError(f"{', '.join(clear)} must be an https:// URL")
        return self

    @field_validator("student_records_tenants", mode="before")
    @classmethod
    def _slug_list(cls, value: object) -> object:
        if isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _proxy_list(cls, value: object) -> object:
        if isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        if isinstance(value, list):
            for item in value:
                try:
                    ipaddress.ip_network(str(item), strict=False)
                except ValueError:
                    raise ValueError(
                        f"trusted_proxies: {item!r} is not an IP address or network"
                    ) from None
        return value

    @field_validator("oldest_client")
    @classmethod
    def _a_version(cls, value: str) -> str:
        if parse_version(value) is None:
            raise ValueError("oldest_client must be a version such as 1.4.0")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("database_url must be a sqlite:/// or postgresql+psycopg:// URL")
        return value
