import { defineErrors } from '../../platform/http/errors';

export const ApplicationErrors = defineErrors({
  /** The service item is not in the lists in force in that region. */
  ITEM_NOT_IN_FORCE: {
    status: 404,
    zh: '该区划公布的清单中没有此政务服务事项',
    en: 'This service item is not in the lists in force in that region',
  },
  /** A proof that can be replaced by commitment has no choice, or a choice names a proof the item does not need. */
  CHOICE_INVALID: {
    status: 400,
    zh: '请对“{name}”选择签署承诺书或提交证明',
    en: 'Choose commitment or submission for "{name}"',
  },
  /** Commitment was chosen for a proof that the lists do not allow to replace by commitment. */
  COMMITMENT_NOT_OFFERED: {
    status: 409,
    zh: '“{name}”不适用告知承诺，须提交证明',
    en: '"{name}" cannot be replaced by a commitment; submit it',
  },
  /** The applicant's credit file rules out commitment (seed 001 四.12). */
  NOT_ELIGIBLE: { status: 409, zh: '{reason}', en: '{reason}' },
  /** Commitment for an entry marked for disclosure needs the applicant's consent (seed 004 §7). */
  DISCLOSURE_CONSENT_REQUIRED: {
    status: 409,
    zh: '“{name}”的承诺书将向社会公示；不同意公示的，请选择提交证明',
    en: 'The letter for "{name}" is disclosed publicly; without consent, submit the proof',
  },
  /** Staff starting an application must say for whom; applicants apply for themselves only. */
  APPLICANT_REQUIRED: { status: 400, zh: '请先选择申请人', en: 'Choose the applicant first' },
  /** The applicant is not registered with an account that can apply. */
  NOT_AN_APPLICANT: {
    status: 403,
    zh: '只有申请人本人或窗口、网格代办人员可以提出申请',
    en: 'Only applicants, window clerks or grid workers can apply',
  },
  /** The application is not in a state that allows this action. */
  STATUS_INVALID: {
    status: 409,
    zh: '办件当前为“{status}”，不能{action}',
    en: 'The application is "{status}": cannot {action}',
  },
  /** The letter was already signed, withdrawn, or is not this applicant's to sign. */
  LETTER_STATUS_INVALID: {
    status: 409,
    zh: '该告知承诺书当前为“{status}”，不能{action}',
    en: 'The letter is "{status}": cannot {action}',
  },
  /** The text the applicant read is not the text on file (it was changed or the page is stale). */
  LETTER_TEXT_MISMATCH: {
    status: 409,
    zh: '您阅读的承诺书文本与平台存档不一致，请刷新后重新阅读再签署',
    en: 'The letter you read differs from the one on file; reload and read it again',
  },
  /** Only the applicant signs electronically; staff upload a scan of the paper signature. */
  SIGNER_NOT_APPLICANT: {
    status: 403,
    zh: '电子签署须由申请人本人进行；窗口或代办人员请上传纸质承诺书扫描件',
    en: 'Only the applicant signs electronically; staff upload a scan of the signed paper',
  },
  /** Something is still missing before submission. */
  INCOMPLETE: { status: 409, zh: '还不能提交：{missing}', en: 'Not ready to submit: {missing}' },
  /** The uploaded file is empty, too large or not a PDF/JPEG/PNG. */
  FILE_INVALID: {
    status: 415,
    zh: '请上传 10 MB 以内的 PDF、JPG 或 PNG 文件',
    en: 'Upload a PDF, JPEG or PNG of at most 10 MB',
  },
  /** The bytes are not a whole file of the type declared: cut off in transfer, damaged, or another format renamed. */
  FILE_CONTENT_INVALID: {
    status: 400,
    zh: '文件内容不是完整的 {type} 文件（可能已损坏、未传完整或扩展名与实际格式不符），请重新选择文件上传',
    en: 'The file is not a complete {type} (damaged, cut off, or another format renamed); choose the file again',
  },
  /** A scan of a signed paper letter must be a real scan, not a few bytes. */
  SCAN_TOO_SMALL: {
    status: 400,
    zh: '扫描件过小，请上传清晰的手写签字承诺书扫描件或照片',
    en: 'The scan is too small to be a signed page',
  },
  /** After submission, only a proof replacing a withdrawn commitment may still be uploaded. */
  UPLOAD_CLOSED: {
    status: 409,
    zh: '办件已提交，材料不能再更换；撤回承诺后可补交对应证明',
    en: 'The application is submitted; only proofs for withdrawn commitments can still be uploaded',
  },
  /** Staff may start applications only within their own area. */
  OUT_OF_AREA: {
    status: 403,
    zh: '只能为本窗口受理范围或本网格所在区县的事项代为申请',
    en: 'Staff can only apply for items within their own area',
  },
  /** A reason is required to reject. */
  REASON_REQUIRED: { status: 400, zh: '不予办理时须写明理由', en: 'A reason is required to reject' },
});
