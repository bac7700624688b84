import { type Static, Type } from '@sinclair/typebox';
import { Name, Uuid } from './common';
import { ROLE_NAMES } from './roles';

export const RoleName = Type.Union(
  ROLE_NAMES.map((r) => Type.Literal(r)),
  { description: '角色' },
);

export const LoginBody = Type.Object(
  {
    username: Name(64, '用户名'),
    password: Type.String({ minLength: 1, maxLength: 256, description: '密码' }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const GrantView = Type.Object({
  role: RoleName,
  unitId: Type.Union([Uuid, Type.Null()], { description: '授权所在单位（按单位授权时）' }),
  unitName: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()], { description: '授权覆盖的区划（按区划授权时）' }),
  regionName: Type.Union([Type.String(), Type.Null()]),
});
export type GrantView = Static<typeof GrantView>;

/** Where a session stands with the staff second factor (TOTP). */
export const SecondFactorSessionState = Type.Object({
  state: Type.Union([Type.Literal('none'), Type.Literal('pending'), Type.Literal('passed')], {
    description: 'none 无需第二因素；pending 已验证密码、尚待输入动态验证码（或先绑定）；passed 已通过',
  }),
  enrolled: Type.Boolean({ description: '是否已绑定动态验证码（TOTP）' }),
  required: Type.Boolean({ description: '其角色是否必须使用第二因素' }),
});
export type SecondFactorSessionState = Static<typeof SecondFactorSessionState>;

export const SessionView = Type.Object({
  user: Type.Object({
    id: Uuid,
    username: Type.String(),
    displayName: Type.String(),
    kind: Type.Union([Type.Literal('staff'), Type.Literal('applicant')], { description: '工作人员或申请人' }),
    unitId: Type.Union([Uuid, Type.Null()]),
    unitName: Type.Union([Type.String(), Type.Null()]),
    applicantId: Type.Union([Uuid, Type.Null()]),
  }),
  grants: Type.Array(GrantView),
  csrfToken: Type.String({ description: '修改类请求须在 X-CSRF-Token 头中带上此值' }),
  expiresAt: Type.String({ format: 'date-time' }),
  secondFactor: SecondFactorSessionState,
});
export type SessionView = Static<typeof SessionView>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256, description: '当前密码' }),
    newPassword: Type.String({ minLength: 10, maxLength: 256, description: '新密码（至少 10 位）' }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
