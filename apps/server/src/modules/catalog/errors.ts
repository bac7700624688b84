import { defineErrors } from '../../platform/http/errors';

export const CatalogErrors = defineErrors({
  /** The rule check found errors: the proposal cannot go forward until they are fixed. */
  RULES_FAILED: {
    status: 422,
    zh: '该证明事项未通过规则检查：{first}',
    en: 'The proof entry fails the rule check: {first}',
  },
  /** The entry was changed by someone else since it was loaded. */
  ENTRY_VERSION_CONFLICT: {
    status: 409,
    zh: '该证明事项已被他人修改，请刷新后再编辑',
    en: 'Someone else changed this entry; reload before editing',
  },
  /** The entry is in a stage where this action is not allowed. */
  ENTRY_STAGE_INVALID: {
    status: 409,
    zh: '该证明事项当前处于“{status}”阶段，不能执行此操作',
    en: 'The entry is at stage "{status}"; this action is not allowed now',
  },
  /** This review already approved the entry in the current round. */
  ALREADY_REVIEWED: {
    status: 409,
    zh: '您已审查通过该证明事项，正在等待另一方审查',
    en: 'You already approved this entry; waiting for the other review',
  },
  /** The unit already registered a proof with this name. */
  ENTRY_EXISTS: {
    status: 409,
    zh: '本单位已登记名为“{name}”的证明事项',
    en: 'This unit already registered a proof named "{name}"',
  },
  /** A service item with this code exists in the region. */
  SERVICE_ITEM_EXISTS: {
    status: 409,
    zh: '本区划已有编码为 {code} 的政务服务事项',
    en: 'A service item with code {code} exists in this region',
  },
  /** Publication found no approved entry in the region. */
  NOTHING_TO_PUBLISH: {
    status: 409,
    zh: '本区划没有已审定待公布的证明事项',
    en: 'No approved entries to publish in this region',
  },
  /** The region has no draft lists open for comment. */
  CONSULTATION_CLOSED: {
    status: 409,
    zh: '本区划目前没有正在征求意见的清单',
    en: 'No draft lists are open for comment in this region',
  },
  /** The uploaded file cannot be read as an attachment-4 workbook. */
  IMPORT_FILE_INVALID: {
    status: 400,
    zh: '导入文件无法读取：{reason}',
    en: 'The uploaded file cannot be imported: {reason}',
  },
  /** 承接 names a region that is not above the adopting one. */
  ADOPTION_NOT_UPPER: {
    status: 400,
    zh: '只能承接本区划的上级区划公布的清单',
    en: 'A region can adopt only the lists of a region above it',
  },
  /** An Excel import whose body is not a raw .xlsx (JSON, a form upload, CSV…). */
  IMPORT_MEDIA_TYPE: {
    status: 415,
    zh: '请直接上传 Excel（.xlsx）文件本身作为请求内容（Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）',
    en: 'Send the Excel (.xlsx) file itself as the request body (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
  },
  /** A linked service item is unknown or belongs to another region. */
  SERVICE_ITEM_UNKNOWN: {
    status: 400,
    zh: '所选政务服务事项不存在或不属于本区划',
    en: 'A selected service item does not exist in this region',
  },
});
