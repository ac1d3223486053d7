"""The SSRF guard: a fetch may only reach public internet addresses.

A URL's host is resolved and every address it resolves to must be global: loopback, private,
link-local, multicast, reserved, unspecified and shared (CGNAT) addresses are refused, for
IPv4 and IPv6 (IPv4-mapped IPv6 addresses are checked as IPv4). The fetcher checks before
every request, so each redirect hop is checked again. ``allow_private`` lifts the check (tests
serve pages on 127.0.0.1).

Known limit: the check and the connection resolve the name separately, so a DNS server that
answers differently within milliseconds (DNS rebinding) could slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

SCHEMES = ("http", "https")


class Refused(Exception):
    """A URL the guard will not fetch; the message is the one-line reason."""


Resolver = Callable[[str], set[str]]


def resolve(host: str) -> set[str]:
    """Every address ``host`` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(f"cannot resolve {host!r}: {exc}") from None
    return {str(info[4][0]) for info in infos}


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool = False, resolver: Resolver = resolve) -> None:
    """Raise :class:`Refused` unless ``url`` is http(s) to a host whose addresses are all public."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise Refused(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise Refused(f"no host in {url!r}")
    if parts.username or parts.password:
        raise Refused("URLs with a user name or password are not fetched")
    if allow_private:
        return
    try:
        ipaddress.ip_address(host)
        addresses = {host}
    except ValueError:
        addresses = resolver(host)
    bad = sorted(a for a in addresses if not is_public(a))
    if bad:
        raise Refused(f"{host} resolves to a private or reserved address ({bad[0]}); "
                      "--allow-private lifts this for local servers")
