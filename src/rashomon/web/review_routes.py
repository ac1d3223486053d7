"""The workbench's write side: review endpoints (API and forms), sign-in and the audit log.

No ``from __future__ import annotations`` here: FastAPI reads these annotations at run time.
"""

from typing import Annotated, Any, Literal

from fastapi import Cookie, FastAPI, Form, Header, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field

from rashomon.report.ledger_json import review_dict
from rashomon.types import ReviewChange
from rashomon.web.http import found
from rashomon.web.pages import Pages
from rashomon.web.review import COOKIE, Reviewing
from rashomon.web.source import LedgerSource

MAX_COUNT = 10_000_000  # an input limit: a casualty figure above this is a typo
Why = Annotated[str, Field(min_length=1, max_length=1000, description="why the change is right")]
WhyForm = Annotated[str, Form(min_length=1, max_length=1000)]
IdForm = Annotated[str, Form(max_length=200)]


class FigureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: int | None = Field(None, ge=0, le=MAX_COUNT)
    max: int | None = Field(None, ge=0, le=MAX_COUNT)


class ClaimCorrection(BaseModel):
    """The fields to change; fields left out stay as they are (``killed: null`` removes the figure)."""

    model_config = ConfigDict(extra="forbid")
    stance: Literal["asserts", "confirms", "denies", "declines_comment", "unknown"] | None = None
    source: str | None = Field(None, min_length=1, max_length=200, description="the canonical party")
    killed: FigureIn | None = None
    injured: FigureIn | None = None
    event: str | None = Field(None, max_length=200, description="move the claim to this event")
    not_a_claim: bool = False
    why: Why


class Merge(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: str = Field(max_length=200, description="the event that joins")
    into: str = Field(max_length=200, description="the event it joins")
    why: Why


class Split(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: str = Field(max_length=200)
    article: str = Field(max_length=200, description="the article that leaves the event")
    why: Why


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _after(body: ClaimCorrection) -> dict[str, Any]:
    after: dict[str, Any] = {}
    for key in body.model_fields_set - {"why", "not_a_claim"}:
        value = getattr(body, key)
        after[key] = value.model_dump() if isinstance(value, FigureIn) else value
    if body.not_a_claim:
        after["not_a_claim"] = True
    if not after:
        raise HTTPException(422, "nothing to change: give stance, source, killed, injured, event or not_a_claim")
    return after


def add_review_routes(app: FastAPI, source: LedgerSource, reviewing: Reviewing, pages: Pages) -> None:
    def api_reviewer(authorization: str | None) -> str:
        who = reviewing.reviewer(_bearer(authorization))
        if who is None:
            raise HTTPException(401, "a review change needs a token: Authorization: Bearer TOKEN "
                                     "(RASHOMON_TOKEN or 'rashomon token create')")
        return who

    def apply_claim(who: str, claim_id: str, body: ClaimCorrection) -> ReviewChange:
        view = source.view()
        claim = found(view.index.claims, claim_id, "claim")
        after = _after(body)
        if after.get("event") is not None and after["event"] not in view.events:
            raise HTTPException(422, f"no event {after['event']!r} to move the claim to")
        return reviewing.correct_claim(who, claim, after, body.why)

    def apply_merge(who: str, body: Merge) -> ReviewChange:
        view = source.view()
        into, other = found(view.events, body.into, "event"), found(view.events, body.event, "event")
        if into.id == other.id:
            raise HTTPException(422, "an event cannot be merged into itself")
        return reviewing.merge(who, into, other, body.why)

    def apply_split(who: str, body: Split) -> ReviewChange:
        event = found(source.view().events, body.event, "event")
        if body.article not in event.article_ids or len(event.article_ids) < 2:
            raise HTTPException(422, f"article {body.article!r} is not one of several in event {event.id!r}")
        return reviewing.split(who, event, body.article, body.why)

    # ---- API -------------------------------------------------------------------------------
    @app.post("/api/review/claims/{claim_id}", summary="Correct a claim (needs a token)")
    def api_correct(claim_id: str, body: ClaimCorrection,
                    authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        return review_dict(apply_claim(api_reviewer(authorization), claim_id, body))

    @app.post("/api/review/merge", summary="Merge one event into another (needs a token)")
    def api_merge(body: Merge, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        return review_dict(apply_merge(api_reviewer(authorization), body))

    @app.post("/api/review/split", summary="Split an article out of its event (needs a token)")
    def api_split(body: Split, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        return review_dict(apply_split(api_reviewer(authorization), body))

    @app.get("/api/review/log", summary="The audit log: every reviewer's change, oldest first")
    def api_log() -> list[dict[str, Any]]:
        return [review_dict(r) for r in source.view().ledger.reviews]

    # ---- browser ---------------------------------------------------------------------------
    def form_reviewer(token: str | None, csrf: str) -> str:
        who = reviewing.reviewer(token)
        if who is None:
            raise HTTPException(401, "sign in with a review token first (/login)")
        if not reviewing.csrf_ok(token, csrf):
            raise HTTPException(403, "the form is stale or forged (CSRF check failed); reload the page")
        return who

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page() -> HTMLResponse:
        return HTMLResponse(pages.login())

    @app.post("/login", include_in_schema=False)
    def login(token: Annotated[str, Form(max_length=200)]) -> RedirectResponse:
        if reviewing.reviewer(token) is None:
            raise HTTPException(401, "that token is not valid")
        response = RedirectResponse("/events", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    @app.post("/logout", include_in_schema=False)
    def logout() -> RedirectResponse:
        response = RedirectResponse("/events", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    def _figure(lo: str, hi: str) -> dict[str, Any] | None:
        if not lo.strip() and not hi.strip():
            return None
        try:
            return FigureIn(min=int(lo) if lo.strip() else None, max=int(hi) if hi.strip() else None).model_dump()
        except ValueError as exc:
            raise HTTPException(422, f"a figure must be a whole number: {exc}") from exc

    @app.post("/review/claim", include_in_schema=False)
    def form_correct(
        claim_id: Annotated[str, Form(alias="claim", max_length=200)],
        csrf: Annotated[str, Form()], why: WhyForm,
        stance: Annotated[str, Form()] = "", source_name: Annotated[str, Form(alias="source", max_length=200)] = "",
        killed_min: Annotated[str, Form(max_length=9)] = "", killed_max: Annotated[str, Form(max_length=9)] = "",
        injured_min: Annotated[str, Form(max_length=9)] = "", injured_max: Annotated[str, Form(max_length=9)] = "",
        event: IdForm = "", not_a_claim: Annotated[str, Form()] = "",
        token: Annotated[str | None, Cookie(alias=COOKIE)] = None,
    ) -> RedirectResponse:
        who = form_reviewer(token, csrf)
        fields: dict[str, Any] = {"why": why}
        if stance:
            fields["stance"] = stance
        if source_name.strip():
            fields["source"] = source_name.strip()
        for kind, lo, hi in (("killed", killed_min, killed_max), ("injured", injured_min, injured_max)):
            if (fig := _figure(lo, hi)) is not None:
                fields[kind] = fig
        if event.strip():
            fields["event"] = event.strip()
        if not_a_claim:
            fields["not_a_claim"] = True
        try:
            body = ClaimCorrection(**fields)
        except ValueError as exc:
            raise HTTPException(422, str(exc).splitlines()[0]) from exc
        claim = found(source.view().index.claims, claim_id, "claim")
        apply_claim(who, claim_id, body)
        back = fields.get("event") or claim.event_id
        return RedirectResponse(f"/events/{back}" if back else f"/articles/{claim.article_id}", status_code=303)

    @app.post("/review/merge", include_in_schema=False)
    def form_merge(csrf: Annotated[str, Form()], event: IdForm,
                   into: IdForm, why: WhyForm,
                   token: Annotated[str | None, Cookie(alias=COOKIE)] = None) -> RedirectResponse:
        apply_merge(form_reviewer(token, csrf), Merge(event=event, into=into.strip(), why=why))
        return RedirectResponse(f"/events/{into.strip()}", status_code=303)

    @app.post("/review/split", include_in_schema=False)
    def form_split(csrf: Annotated[str, Form()], event: IdForm,
                   article: IdForm, why: WhyForm,
                   token: Annotated[str | None, Cookie(alias=COOKIE)] = None) -> RedirectResponse:
        apply_split(form_reviewer(token, csrf), Split(event=event, article=article, why=why))
        return RedirectResponse(f"/events/{event}~{article}", status_code=303)
