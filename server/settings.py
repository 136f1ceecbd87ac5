"""Server configuration through pydantic-settings: environment variables ``KANSLI_*``.

Every option has a default that works on one machine (the embedded default:
a SQLite file in the user data folder, SMTP on localhost). Production sets
at least ``KANSLI_DATABASE_URL``, ``KANSLI_SECRET_KEY``, ``KANSLI_PUBLIC_BASE_URL``
and the SMTP options; ``kansli-server serve`` refuses to start without the key
and the base URL (``--dev`` allows it on a developer's machine), and behind a
reverse proxy ``KANSLI_TRUSTED_PROXIES`` names the proxy.
"""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from models.files import private_dir
from models.version import VERSION, parse_version

APP_NAME = "Kansli"


def default_database_url() -> str:
    """A SQLite file in the platform's user data folder (created when missing)."""
    folder = private_dir(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    return f"sqlite:///{folder / 'kansli-server.db'}"


class Settings(BaseSettings):
    """Everything the server reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="KANSLI_", extra="ignore", frozen=True)

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
    worker_poll_seconds: float = Field(default=2.0, gt=0)
    mail_max_attempts: int = Field(default=12, ge=1)
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

    def missing_for_production(self) -> list[str]:
        """The environment variables production must set that were not given.

        Without ``KANSLI_SECRET_KEY`` each process signs with its own random key
        (CSRF tokens fail across restarts and behind a load balancer); without
        ``KANSLI_PUBLIC_BASE_URL`` links in mails point to 127.0.0.1.
        """
        return [
            f"KANSLI_{name.upper()}"
            for name in ("secret_key", "public_base_url")
            if name not in self.model_fields_set
        ]

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
