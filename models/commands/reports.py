"""Sending a round's reports (issue 16): ``round.send_participant_list``.

Reports go out as signed, expiring download links, never as attachments: the command
only asks for the sending; the server issues the links and sends the notification of
the event ``round.participant_list`` when the command reaches it (effect
``round.participant_list``, :mod:`server.services.reports`), so the action works
offline and leaves at the next sync.
"""

from __future__ import annotations

import pydantic

from models.commands.base import Args, Command, CommandContext, register
from models.commands.courses import COURSE_ROLES
from models.courses import CourseRound
from models.organisations import Contract, Customer


class SendParticipantListArgs(Args):
    round_id: str
    #: Whom the list is for: a customer, or one of a customer's contracts (at most one of
    #: the two). Their contacts in the role Notification recipient get it when no binding
    #: of the event says otherwise.
    customer_id: str | None = None
    contract_id: str | None = None

    @pydantic.model_validator(mode="after")
    def _one_target(self) -> SendParticipantListArgs:
        if self.customer_id and self.contract_id:
            raise ValueError("give a customer or a contract, not both")
        return self


@register
class SendParticipantList(Command[SendParticipantListArgs]):
    """Send the round's participant list and attendance sheet as links to the
    notification recipients of the customer or contract it is for (and whoever the
    event's bindings name). Sending again sends again, with new links."""

    name = "round.send_participant_list"
    shape = "send"
    args_model = SendParticipantListArgs
    roles = COURSE_ROLES

    def run(self, ctx: CommandContext, args: SendParticipantListArgs) -> None:
        round_ = ctx.get(CourseRound, args.round_id, what="Course round")
        customer_id = args.customer_id
        if args.contract_id:
            customer_id = ctx.get(Contract, args.contract_id, what="Contract").customer_id
        if customer_id:
            ctx.get(Customer, customer_id, what="Customer")
        ctx.audit(
            "round.participant_list_sent",
            round_,
            customer_id=customer_id,
            contract_id=args.contract_id,
        )
        ctx.effect(
            "round.participant_list",
            round_id=round_.id,
            customer_id=customer_id,
            contract_id=args.contract_id,
        )
