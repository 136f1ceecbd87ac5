"""The domain: SQLAlchemy models, state machines, validators and commands.

Plain Python and SQLAlchemy only: no Qt, no HTTP, nothing of the server,
the sync engine or the desktop. Importing this package registers every
table on ``Base.metadata``.
"""

from models.accounting import AccountMappingRow
from models.agent_orders import AgentOrder, AgentOrderStep, OrderState, Signature, SigningMethod
from models.alumni import (
    AlumniRegistration,
    AlumniRule,
    AlumniRuleKind,
    AlumniStatus,
    StudentRecord,
)
from models.attendance import Attendance, CheckInHow, MembershipCard
from models.audit import AuditEvent
from models.base import Base, SyncMixin, synced_tables
from models.booking import (
    CancellationPolicy,
    DiscountRule,
    MembershipType,
    PersonMembership,
    PriceRule,
)
from models.courses import (
    ApprovalState,
    Course,
    CourseRound,
    FormElement,
    FormElementKind,
    Registration,
    RegistrationStatus,
    RoundSession,
    RoundStatus,
    SignupForm,
)
from models.evaluations import EvaluationForm
from models.grants import GrantRuleSetRow
from models.notifications import MessageTemplate
from models.organisations import Agent, Contact, ContactRole, Contract, Customer, Organisation
from models.payments import PaymentSettings
from models.people import (
    Activity,
    ActivityKind,
    Category,
    CategoryKey,
    Consent,
    Person,
    PersonCategory,
    PersonEmail,
    PersonPhone,
)
from models.prerequisites import CoursePrerequisite, LevelApproval
from models.registration_notes import RegistrationNote
from models.retention import RetentionRun, RetentionSettings
from models.service_desk import CaseStatus, ServiceDeskCase, ServiceDeskNote
from models.tenancy import Membership, Role, Tenant, User

__all__ = [
    "AccountMappingRow",
    "Activity",
    "ActivityKind",
    "Agent",
    "AgentOrder",
    "AgentOrderStep",
    "AlumniRegistration",
    "AlumniRule",
    "AlumniRuleKind",
    "AlumniStatus",
    "ApprovalState",
    "Attendance",
    "AuditEvent",
    "Base",
    "CancellationPolicy",
    "CaseStatus",
    "Category",
    "CategoryKey",
    "CheckInHow",
    "Consent",
    "Contact",
    "ContactRole",
    "Contract",
    "Course",
    "CoursePrerequisite",
    "CourseRound",
    "Customer",
    "DiscountRule",
    "EvaluationForm",
    "FormElement",
    "FormElementKind",
    "GrantRuleSetRow",
    "LevelApproval",
    "Membership",
    "MembershipCard",
    "MembershipType",
    "MessageTemplate",
    "OrderState",
    "Organisation",
    "PaymentSettings",
    "Person",
    "PersonCategory",
    "PersonEmail",
    "PersonMembership",
    "PersonPhone",
    "PriceRule",
    "Registration",
    "RegistrationNote",
    "RegistrationStatus",
    "RetentionRun",
    "RetentionSettings",
    "Role",
    "RoundSession",
    "RoundStatus",
    "ServiceDeskCase",
    "ServiceDeskNote",
    "Signature",
    "SigningMethod",
    "SignupForm",
    "StudentRecord",
    "SyncMixin",
    "Tenant",
    "User",
    "synced_tables",
]
