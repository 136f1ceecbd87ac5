"""Home addresses from Navet, Skatteverket's population register: a documented adapter.

Navet ("Navet Hämta", the e-persondata service *PersonpostXML*) gives an
organisation with an agreement the registered address (folkbokföringsadress) of a
personnummer. It is a SOAP service over HTTPS with the organisation's certificate
(mutual TLS); each request names the agreement with the organisation number
(``OrgNr``) and the order id (``BestallningsId``) Skatteverket issued.

**Partly unverified.** Skatteverket's technical description is given to
organisations with an agreement. What is written here:

* The request: a SOAP 1.1 envelope whose body is ``PersonpostRequest`` in the
  namespace ``http://xmls.skatteverket.se/se/skatteverket/folkbokforing/na/epersondata/V1``
  with ``Bestallning`` (``OrgNr``, ``BestallningsId``) and ``PersonId``
  (the 12-digit personnummer), POSTed to ``KANSLI_NAVET_URL``
  (production ``https://www2.skatteverket.se/na/na_epersondata/V2/personpostXML``).
  *Unverified*: the element names of the request.
* The answer: ``PersonpostXMLResponse/Folkbokforingsposter/Folkbokforingspost/
  Personpost/Adresser/Folkbokforingsadress`` with ``CareOf``,
  ``Utdelningsadress1``, ``Utdelningsadress2``, ``PostNr`` and ``Postort``
  (matches published sample answers). A person with protected identity
  (``Sekretessmarkering`` or ``SkyddadFolkbokforing`` = ``J``) gets no address
  from us, nor from the student system: :meth:`NavetAddresses.home_address`
  answers :data:`PROTECTED` and :class:`~.enrichment.WithHomeAddresses` drops every
  address of theirs. A personnummer Navet does not know: None.
* Errors: a SOAP fault (HTTP 500) of the client side about the person (a
  personnummer Navet refuses) is permanent: None, not retried. Any other fault
  (the agreement, the server's side) or an HTTP/TLS failure raises (a technical
  error; the registration is retried), through :mod:`.outside_http`.
  *Unverified*: the fault codes and strings Navet uses.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Unpack
from xml.sax.saxutils import escape

import httpx

from server.services.alumni.outside_http import (
    PERSONNUMMER_PATTERN,
    Endpoint,
    OutsideClient,
    Retries,
    SourceUnavailable,
)

log = logging.getLogger("kansli.alumni.sources")

__all__ = [
    "NAMESPACE",
    "PROTECTED",
    "AddressSource",
    "HomeAddress",
    "NavetAddresses",
    "parse_personpost",
]

NAMESPACE = "http://xmls.skatteverket.se/se/skatteverket/folkbokforing/na/epersondata/V1"
_SOAP = "http://schemas.xmlsoap.org/soap/envelope/"


@dataclass(frozen=True)
class HomeAddress:
    """A registered address in the form a person's address fields take it."""

    street: str
    postal_code: str
    city: str
    #: Protected identity: no address of this person may be kept, whoever holds one.
    protected: bool = False


#: Navet's answer for a person with protected identity.
PROTECTED = HomeAddress("", "", "", protected=True)

#: Words of a SOAP fault about the agreement or the certificate, not about the person:
#: configuration, a technical error until it is put right. *Unverified* wording.
_AGREEMENT = ("bestallning", "beställning", "orgnr", "behorig", "behörig", "avtal", "certifikat")


class AddressSource(Protocol):
    """Finds the registered home address of a personnummer (canonical, 12 digits).

    None: no address to give (unknown person, a personnummer the register refuses);
    :data:`PROTECTED` for a protected identity. Raise on a technical failure, never
    answer None for "I could not ask".
    """

    def home_address(self, personnummer: str) -> HomeAddress | None:
        """The registered address of the person with this personnummer."""
        ...


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def parse_personpost(xml: bytes) -> HomeAddress | None:
    """The registered address in a PersonpostXML answer (None: none to give).

    A SOAP fault from the client side (``faultcode`` Client) about the person is
    permanent: no address (asking again would answer the same). One about the
    agreement (order id, organisation number, certificate), or from the server's
    side, raises: a technical error, retried.
    """
    try:
        root = ET.fromstring(xml)  # noqa: S314  (Navet's answer over mutual TLS)
    except ET.ParseError as exc:
        raise SourceUnavailable("Navet answered with something not XML") from exc
    elements = list(root.iter())
    fault = next((e for e in elements if _local(e.tag) == "Fault"), None)
    if fault is not None:
        code = _child_text(fault, "faultcode").rsplit(":", 1)[-1]
        reason = PERSONNUMMER_PATTERN.sub("[personnummer]", _child_text(fault, "faultstring"))[:200]
        if code == "Client" and not any(w in reason.lower() for w in _AGREEMENT):
            # About the person (a personnummer Navet refuses): asking again gives the same.
            log.warning("Navet refused the personnummer (SOAP fault: %s): no address", reason)
            return None
        raise SourceUnavailable(f"Navet answered with a SOAP fault ({code}: {reason})")
    protected = {"Sekretessmarkering", "SkyddadFolkbokforing"}
    if any(_local(e.tag) in protected and (e.text or "").strip() == "J" for e in elements):
        return PROTECTED
    address = next((e for e in elements if _local(e.tag) == "Folkbokforingsadress"), None)
    if address is None:
        return None
    street = _child_text(address, "Utdelningsadress2") or _child_text(address, "Utdelningsadress1")
    if not street:
        return None
    return HomeAddress(
        street=street,
        postal_code=_child_text(address, "PostNr").replace(" ", ""),
        city=_child_text(address, "Postort"),
    )


def _client_fault(answer: httpx.Response) -> bool:
    """True for a SOAP fault of the client side (HTTP 500): trying again gives the same."""
    return b"Fault" in answer.content and b"Client</faultcode>" in answer.content


class NavetAddresses:
    """:class:`AddressSource` on Navet's PersonpostXML (module docstring)."""

    def __init__(
        self,
        *,
        url: str,
        cert_file: Path | str | None,
        key_file: Path | str | None,
        org_nr: str,
        order_id: str,
        ca_file: Path | str | None = None,
        sleep: Callable[[float], None] | None = None,
        **retries: Unpack[Retries],
    ) -> None:
        self.org_nr = org_nr
        self.order_id = order_id
        self._configured = bool(url and cert_file and key_file and org_nr and order_id)
        endpoint = Endpoint(
            "Navet",
            url,
            cert_file=cert_file,
            key_file=key_file,
            ca_file=ca_file,
            **retries,
        )
        self._client = OutsideClient(endpoint, sleep=sleep)

    def request_body(self, personnummer: str) -> bytes:
        """The SOAP envelope asking for ``personnummer``'s person record."""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<S:Envelope xmlns:S="{_SOAP}"><S:Body>'
            f'<ns:PersonpostRequest xmlns:ns="{NAMESPACE}">'
            f"<ns:Bestallning><ns:OrgNr>{escape(self.org_nr)}</ns:OrgNr>"
            f"<ns:BestallningsId>{escape(self.order_id)}</ns:BestallningsId></ns:Bestallning>"
            f"<ns:PersonId>{escape(personnummer)}</ns:PersonId>"
            "</ns:PersonpostRequest></S:Body></S:Envelope>"
        ).encode()

    def home_address(self, personnummer: str) -> HomeAddress | None:
        with self._client.lookup():  # one deadline for all its requests
            return self._home_address(personnummer)

    def _home_address(self, personnummer: str) -> HomeAddress | None:
        if not self._configured:
            raise SourceUnavailable(
                "Navet is not configured (KANSLI_NAVET_CERT_FILE, KANSLI_NAVET_KEY_FILE, "
                "KANSLI_NAVET_ORG_NR, KANSLI_NAVET_ORDER_ID)"
            )
        answer = self._client.request(
            "POST",
            "",
            what="the registered address",
            headers={"Content-Type": "text/xml; charset=UTF-8", "SOAPAction": ""},
            content=self.request_body(personnummer),
            answers=_client_fault,
        )
        if answer is None:  # Navet answers an unknown person with no record, never 404
            raise SourceUnavailable("Navet: KANSLI_NAVET_URL answered 404")
        return parse_personpost(answer.content)
