"""Request bodies parsed with orjson, for routes that take large JSON bodies (a push).

FastAPI parses a JSON body with ``Request.json()``, the standard library's parser: a
push of an import's commands (megabytes of rows) spent a tenth of the server's time
in it. orjson parses the same documents several times faster; its
``JSONDecodeError`` is the standard library's, so a malformed body is answered 422
as before. It is stricter where it differs: a lone surrogate is refused, not stored.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response


class OrjsonRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = orjson.loads(await self.body())
        return self._json


class OrjsonRoute(APIRoute):
    """An API route whose JSON body is parsed by orjson (``APIRouter(route_class=...)``)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def parse_with_orjson(request: Request) -> Response:
            return await handler(OrjsonRequest(request.scope, request.receive))

        return parse_with_orjson
