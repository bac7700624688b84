/** Every audited action of the platform: one union, a comment per member (HOUSE-STYLE habit 2). */
export type AuditAction =
  /** A user signed in. */
  | 'auth.login'
  /** A sign-in's password was checked and was wrong, or its user name matched no account (kept masked). */
  | 'auth.login_failed'
  /** A failed sign-in filled a sign-in limit (a name from one address, a name, or an address). */
  | 'auth.locked'
  /** A user signed out. */
  | 'auth.logout'
  /** A user changed their own password. */
  | 'auth.password_changed'
  /** A staff member confirmed a TOTP authenticator (second factor) and received recovery codes. */
  | 'auth.second_factor.enrolled'
  /** A half-signed-in session passed the second factor (the note says: TOTP or recovery code). */
  | 'auth.second_factor.passed'
  /** A TOTP or recovery code was wrong, or a used code was replayed. */
  | 'auth.second_factor.failed'
  /** Code attempts ran out; the lock ends by itself. */
  | 'auth.second_factor.locked'
  /** A staff member whose role does not require it turned the second factor off. */
  | 'auth.second_factor.disabled'
  /** Another administrator reset a staff member's second factor (lost phone); their sessions ended. */
  | 'auth.second_factor.reset'
  /** A region was added to the tree. */
  | 'org.region.created'
  /** A region was renamed. */
  | 'org.region.updated'
  /** A unit was added. */
  | 'org.unit.created'
  /** A unit's details, leader or liaison changed, or it was archived. */
  | 'org.unit.updated'
  /** A staff account was created with its role grants. */
  | 'org.staff.created'
  /** A staff account was changed: name, grants, disabled, unlocked or password reset. */
  | 'org.staff.updated'
  /** An applicant was registered. */
  | 'org.applicant.created'
  /** A year of holiday arrangements was added or replaced. */
  | 'calendar.year.saved'
  /** One calendar day was set or changed. */
  | 'calendar.day.saved'
  /** One calendar day was removed (back to the plain weekday rule). */
  | 'calendar.day.deleted'
  /** Provisional deadlines of every module were counted again after a calendar change. */
  | 'calendar.deadlines_recomputed'
  /** A service item (政务服务事项) was added. */
  | 'catalog.service_item.created'
  /** A service item or its guide changed. */
  | 'catalog.service_item.updated'
  /** A unit registered a proof entry (附件4). */
  | 'catalog.entry.created'
  /** A proof entry's content changed. */
  | 'catalog.entry.updated'
  /** A proof entry moved in the clean-up workflow (submit, review, send back, withdraw…). */
  | 'catalog.entry.transition'
  /** A region's entries moved stage together (consultation closed, lists approved). */
  | 'catalog.lists.stage'
  /** A region's lists were published as a new version. */
  | 'catalog.lists.published'
  /** A region adopted the lists of a region above it (承接). */
  | 'catalog.lists.adopted'
  /** Someone commented on draft lists in public consultation. */
  | 'catalog.comment.submitted'
  /** A consultation comment was published with an answer, or rejected. */
  | 'catalog.comment.moderated'
  /** A unit asked to add, change or remove a published entry (动态调整). */
  | 'catalog.adjustment.requested'
  /** The Justice Bureau approved or rejected an adjustment. */
  | 'catalog.adjustment.reviewed'
  /** The filing of an adjustment with the level above was recorded (备案). */
  | 'catalog.adjustment.filed'
  /** An adjustment's filing deadline (7 working days) passed without a filing. */
  | 'catalog.adjustment.filing_overdue'
  /** A provisional filing deadline was counted again on the official calendar and moved. */
  | 'catalog.adjustment.deadline_recomputed'
  /** A clean-up round with its stage deadlines was opened for a region. */
  | 'catalog.round.opened'
  /** A unit's inventory was imported from Excel (附件4). */
  | 'catalog.inventory.imported'
  /** A list published before the platform was imported as a published version. */
  | 'catalog.lists.imported'
  /** A synonym group for the public search was added or changed. */
  | 'search.synonyms.saved'
  /** A synonym group for the public search was deleted. */
  | 'search.synonyms.deleted'
  /** An application (办件) was started, with its letters drafted from the lists in force. */
  | 'application.created'
  /** An applicant signed a commitment letter electronically. */
  | 'application.letter_signed'
  /** The scan of a hand-signed commitment letter was uploaded (paper signing). */
  | 'application.letter_scanned'
  /** An applicant withdrew a commitment before the decision (中途退出); the letter is kept. */
  | 'application.commitment_withdrawn'
  /** A proof (or other material) was uploaded to an application. */
  | 'application.file_uploaded'
  /** The applicant (or their proxy) submitted the application. */
  | 'application.submitted'
  /** The office accepted the application (受理). */
  | 'application.accepted'
  /** The office asked for corrections (补正). */
  | 'application.correction_requested'
  /** The office approved or rejected the application. */
  | 'application.decided'
  /** A provisional acceptance or decision deadline was counted again on the official calendar and moved. */
  | 'application.deadline_recomputed'
  /** Verification tasks were created for an approved application's commitments. */
  | 'verification.tasks_created'
  /** A provisional verification due date was counted again on the official calendar and moved. */
  | 'verification.deadline_recomputed'
  /** A credit officer set an applicant's credit status (eligibility for commitment). */
  | 'credit.status.set'
  /** The demo city was loaded. */
  | 'system.demo_loaded'
  /** A job exhausted its attempts and stopped. */
  | 'system.job_dead';

export interface AuditEntry {
  action: AuditAction;
  targetType: string;
  targetId: string;
  /** A short summary of the state before the change (never secrets; personal data masked). */
  before?: unknown;
  after?: unknown;
  note?: string;
}
