import { type Static, Type } from '@sinclair/typebox';
import { SessionView } from './auth';

/** A 6-digit TOTP code as an authenticator app shows it (spaces allowed, removed on the server). */
export const TotpCode = Type.String({
  minLength: 6,
  maxLength: 9,
  pattern: '^[0-9 ]+$',
  description: '动态验证码（6 位数字）',
});
/** A one-time recovery code (恢复码), e.g. "k7qm2-x9fd4"; case, spaces and dashes are ignored. */
export const RecoveryCode = Type.String({
  minLength: 10,
  maxLength: 24,
  pattern: '^[A-Za-z0-9 -]+$',
  description: '一次性恢复码',
});

export const SecondFactorCodeBody = Type.Object(
  {
    code: Type.Optional(TotpCode),
    recoveryCode: Type.Optional(RecoveryCode),
  },
  { additionalProperties: false, description: '动态验证码或恢复码（二选一）' },
);
export type SecondFactorCodeBody = Static<typeof SecondFactorCodeBody>;

export const SecondFactorConfirmBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
export type SecondFactorConfirmBody = Static<typeof SecondFactorConfirmBody>;

export const SecondFactorStatus = Type.Object({
  enrolled: Type.Boolean({ description: '是否已绑定' }),
  required: Type.Boolean({ description: '其角色是否必须使用第二因素' }),
  enrolledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: '绑定时间' }),
  recoveryCodesLeft: Type.Integer({ description: '剩余未用的恢复码' }),
});
export type SecondFactorStatus = Static<typeof SecondFactorStatus>;

export const SecondFactorEnrolment = Type.Object({
  secret: Type.String({ description: '密钥（Base32），无法扫码时手工输入验证器' }),
  otpauthUri: Type.String({ description: 'otpauth:// 地址，生成二维码供验证器扫描' }),
  issuer: Type.String(),
  account: Type.String(),
});
export type SecondFactorEnrolment = Static<typeof SecondFactorEnrolment>;

export const SecondFactorEnrolled = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: '一次性恢复码，仅显示这一次' }),
});
export type SecondFactorEnrolled = Static<typeof SecondFactorEnrolled>;

/** Enrolment confirmed: the recovery codes (shown once) and the session, now with its second factor. */
export const SecondFactorEnrolledSession = Type.Composite([
  SecondFactorEnrolled,
  Type.Object({ session: SessionView }),
]);
export type SecondFactorEnrolledSession = Static<typeof SecondFactorEnrolledSession>;
