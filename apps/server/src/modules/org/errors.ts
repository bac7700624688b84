import { defineErrors } from '../../platform/http/errors';

export const OrgErrors = defineErrors({
  /** The code does not fit under the parent (GB/T 2260 prefix) or has the wrong length for its level. */
  REGION_CODE_INVALID: {
    status: 400,
    zh: '区划代码与上级区划不匹配：{reason}',
    en: 'The region code does not fit its parent: {reason}',
  },
  /** A region with this code exists. */
  REGION_EXISTS: { status: 409, zh: '区划代码 {code} 已存在', en: 'Region {code} already exists' },
  /** A unit with this name exists in the region. */
  UNIT_EXISTS: {
    status: 409,
    zh: '该区划下已有同名单位“{name}”',
    en: 'A unit named "{name}" already exists in this region',
  },
  /** The username is taken. */
  USERNAME_TAKEN: { status: 409, zh: '用户名 {username} 已被使用', en: 'Username {username} is taken' },
  /** A grant names a unit or region outside what the administrator manages, or an unknown one. */
  GRANT_OUT_OF_SCOPE: {
    status: 403,
    zh: '不能授予超出您管辖范围的角色：{role}',
    en: 'You cannot grant {role} outside your scope',
  },
  /** A grant must name exactly one of unit or region (or neither, for platform-wide). */
  GRANT_INVALID: {
    status: 400,
    zh: '角色授权须指定单位或区划之一：{role}',
    en: 'A grant names a unit or a region: {role}',
  },
  /** An applicant with this ID number or credit code is registered. */
  APPLICANT_EXISTS: {
    status: 409,
    zh: '该证件号码的申请人已登记',
    en: 'An applicant with this identifier is already registered',
  },
  /** Phone number is not a mainland mobile or landline. */
  PHONE_INVALID: { status: 400, zh: '电话号码格式不正确', en: 'Invalid phone number' },
  /** Username and password go together. */
  CREDENTIALS_INCOMPLETE: {
    status: 400,
    zh: '设置登录账号时须同时提供用户名和密码',
    en: 'Username and password go together',
  },
  /** A unit head may change only the contact fields of their own unit. */
  UNIT_FIELDS_FORBIDDEN: {
    status: 403,
    zh: '单位负责人只能修改本单位的负责领导和联络员信息',
    en: 'A unit head may change only leader and liaison fields',
  },
});
