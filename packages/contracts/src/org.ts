import { type Static, Type } from '@sinclair/typebox';
import { Name, PageQuery, Timestamp, Uuid } from './common';
import { NAME_TEXT } from './text';
import { RoleName } from './auth';
import { UNIT_KIND_NAMES } from './roles';

export const RegionCode = Type.String({
  pattern: '^(\\d{6}|\\d{9}|\\d{12})$',
  description: '行政区划代码：6 位（GB/T 2260，省市县）、9 位（乡镇街道）或 12 位（村社区）',
});

/** The path parameter `:code` (a region). */
export const RegionCodeParams = Type.Object({ code: RegionCode });

export const RegionView = Type.Object({
  code: RegionCode,
  name: Type.String({ description: '名称' }),
  level: Type.Integer({ minimum: 1, maximum: 5, description: '1 省 2 市 3 县区 4 乡镇街道 5 村社区' }),
  parentCode: Type.Union([RegionCode, Type.Null()]),
});
export type RegionView = Static<typeof RegionView>;
export const RegionList = Type.Array(RegionView);

export const RegionListQuery = Type.Object(
  { parentCode: Type.Optional(RegionCode), under: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
export type RegionListQuery = Static<typeof RegionListQuery>;

export const RegionCreate = Type.Object(
  {
    code: RegionCode,
    name: Name(64, '名称'),
    parentCode: Type.Union([RegionCode, Type.Null()], { description: '上级区划代码；省级为 null' }),
  },
  { additionalProperties: false },
);
export type RegionCreate = Static<typeof RegionCreate>;

export const RegionUpdate = Type.Object({ name: Name(64, '名称') }, { additionalProperties: false });
export type RegionUpdate = Static<typeof RegionUpdate>;

export const UnitKindSchema = Type.Union(
  UNIT_KIND_NAMES.map((k) => Type.Literal(k)),
  { description: '单位类型' },
);

const unitFields = {
  name: Name(100, '单位名称'),
  kind: UnitKindSchema,
  regionCode: RegionCode,
  creditCode: Type.Optional(
    Type.Union([Type.String({ maxLength: 40, ...NAME_TEXT }), Type.Null()], {
      description: '统一社会信用代码（可空）',
    }),
  ),
  leaderName: Type.Optional(
    Type.Union([Type.String({ maxLength: 50, ...NAME_TEXT }), Type.Null()], { description: '负责领导姓名' }),
  ),
  leaderTitle: Type.Optional(
    Type.Union([Type.String({ maxLength: 50, ...NAME_TEXT }), Type.Null()], { description: '负责领导职务' }),
  ),
  liaisonName: Type.Optional(
    Type.Union([Type.String({ maxLength: 50, ...NAME_TEXT }), Type.Null()], { description: '联络员姓名' }),
  ),
  liaisonPhone: Type.Optional(
    Type.Union([Type.String({ maxLength: 30, ...NAME_TEXT }), Type.Null()], { description: '联络员电话' }),
  ),
};

export const UnitCreate = Type.Object(unitFields, { additionalProperties: false });
export type UnitCreate = Static<typeof UnitCreate>;

export const UnitUpdate = Type.Partial(
  Type.Object({ ...unitFields, archived: Type.Boolean({ description: '停用' }) }),
  {
    additionalProperties: false,
  },
);
export type UnitUpdate = Static<typeof UnitUpdate>;

export const UnitView = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: UnitKindSchema,
  regionCode: RegionCode,
  regionName: Type.String(),
  creditCode: Type.Union([Type.String(), Type.Null()]),
  leaderName: Type.Union([Type.String(), Type.Null()]),
  leaderTitle: Type.Union([Type.String(), Type.Null()]),
  liaisonName: Type.Union([Type.String(), Type.Null()]),
  liaisonPhone: Type.Union([Type.String(), Type.Null()]),
  archived: Type.Boolean(),
  updatedAt: Timestamp,
});
export type UnitView = Static<typeof UnitView>;

export const UnitListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: '按名称查找' })),
    regionCode: Type.Optional(RegionCode),
    kind: Type.Optional(UnitKindSchema),
    includeArchived: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type UnitListQuery = Static<typeof UnitListQuery>;

export const GrantInput = Type.Object(
  {
    role: RoleName,
    unitId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: '按单位授权' })),
    regionCode: Type.Optional(Type.Union([RegionCode, Type.Null()], { description: '按区划授权（含下级）' })),
  },
  { additionalProperties: false },
);
export type GrantInput = Static<typeof GrantInput>;

export const StaffCreate = Type.Object(
  {
    username: Type.String({
      pattern: '^[a-zA-Z0-9_.-]{3,64}$',
      description: '用户名（3–64 位字母、数字、_ . -）',
      ...NAME_TEXT,
    }),
    displayName: Name(50, '姓名'),
    unitId: Uuid,
    password: Type.String({ minLength: 10, maxLength: 256, description: '初始密码（至少 10 位）' }),
    grants: Type.Array(GrantInput, { minItems: 1, maxItems: 20, description: '角色授权' }),
  },
  { additionalProperties: false },
);
export type StaffCreate = Static<typeof StaffCreate>;

export const StaffUpdate = Type.Object(
  {
    displayName: Type.Optional(Name(50, '姓名')),
    disabled: Type.Optional(Type.Boolean({ description: '停用账号' })),
    grants: Type.Optional(Type.Array(GrantInput, { minItems: 1, maxItems: 20 })),
    unlock: Type.Optional(Type.Boolean({ description: '解除登录锁定' })),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 256, description: '重置密码' })),
  },
  { additionalProperties: false },
);
export type StaffUpdate = Static<typeof StaffUpdate>;

export const StaffView = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  unitId: Type.Union([Uuid, Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  locked: Type.Boolean({ description: '是否因登录失败被锁定' }),
  secondFactorEnrolled: Type.Boolean({ description: '是否已绑定动态验证码（第二因素）' }),
  lastLoginAt: Type.Union([Timestamp, Type.Null()]),
  grants: Type.Array(
    Type.Object({
      role: RoleName,
      unitId: Type.Union([Uuid, Type.Null()]),
      unitName: Type.Union([Type.String(), Type.Null()]),
      regionCode: Type.Union([Type.String(), Type.Null()]),
      regionName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type StaffView = Static<typeof StaffView>;

export const StaffListQuery = Type.Object(
  { ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })), unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type StaffListQuery = Static<typeof StaffListQuery>;

export const ApplicantCreate = Type.Object(
  {
    kind: Type.Union([Type.Literal('natural'), Type.Literal('legal')], { description: 'natural 自然人 / legal 法人' }),
    name: Name(100, '姓名或单位名称'),
    identifier: Type.String({
      minLength: 1,
      maxLength: 40,
      ...NAME_TEXT,
      description: '居民身份证号码（自然人）或统一社会信用代码（法人）',
    }),
    phone: Type.Optional(
      Type.Union([Type.String({ maxLength: 30, ...NAME_TEXT }), Type.Null()], { description: '手机号码' }),
    ),
    legalRepresentative: Type.Optional(
      Type.Union([Type.String({ maxLength: 50, ...NAME_TEXT }), Type.Null()], { description: '法定代表人' }),
    ),
    regionCode: Type.Optional(Type.Union([RegionCode, Type.Null()])),
    username: Type.Optional(
      Type.String({
        pattern: '^[a-zA-Z0-9_.-]{3,64}$',
        description: '登录用户名（可选，设置后申请人可登录）',
        ...NAME_TEXT,
      }),
    ),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 256 })),
  },
  { additionalProperties: false },
);
export type ApplicantCreate = Static<typeof ApplicantCreate>;

export const ApplicantView = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('natural'), Type.Literal('legal')]),
  name: Type.String(),
  identifierMasked: Type.String({ description: '脱敏后的证件号码' }),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  legalRepresentative: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});
export type ApplicantView = Static<typeof ApplicantView>;

export const ApplicantListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: '按姓名查找' })),
    identifier: Type.Optional(Type.String({ maxLength: 40, description: '按完整证件号码精确查找' })),
  },
  { additionalProperties: false },
);
export type ApplicantListQuery = Static<typeof ApplicantListQuery>;
