import { defineErrors } from '../http/errors';

/** Codes of the staff second factor (TOTP and recovery codes). */
export const SecondFactorErrors = defineErrors({
  /** A half-signed-in session (password only), or a role that needs the second factor, asked for more than the code step. */
  AUTH_SECOND_FACTOR_REQUIRED: {
    status: 403,
    zh: '请先完成动态验证码验证（未绑定的请先绑定验证器）',
    en: 'Enter the code from your authenticator app first (or set one up)',
  },
  /** The TOTP code or recovery code is wrong. */
  SECOND_FACTOR_CODE_INVALID: { status: 401, zh: '动态验证码或恢复码不正确', en: 'The code is wrong' },
  /** This time step's code was accepted once already (replay refused). */
  SECOND_FACTOR_CODE_USED: {
    status: 401,
    zh: '该动态验证码已使用过，请等待验证器显示下一个验证码',
    en: 'This code was used already; wait for the next one',
  },
  /** Too many wrong codes: further attempts wait until the lock ends by itself. */
  SECOND_FACTOR_LOCKED: {
    status: 423,
    zh: '验证码错误次数过多，请于 {minutes} 分钟后再试',
    en: 'Too many wrong codes; try again in {minutes} minutes',
  },
  /** Neither or both of code and recovery code were given. */
  SECOND_FACTOR_CODE_MISSING: {
    status: 400,
    zh: '请输入动态验证码或恢复码（二选一）',
    en: 'Give either a code or a recovery code',
  },
  /** The account has no confirmed TOTP enrolment. */
  SECOND_FACTOR_NOT_ENROLLED: { status: 409, zh: '尚未绑定动态验证码', en: 'No authenticator app is set up' },
  /** Confirming an enrolment that was not started (or is already confirmed). */
  SECOND_FACTOR_NOT_STARTED: {
    status: 409,
    zh: '请先生成绑定二维码，再输入验证码',
    en: 'Start the set-up first, then enter a code',
  },
  /** An enrolment exists: disable it (or have it reset) before enrolling again. */
  SECOND_FACTOR_ALREADY_ENROLLED: {
    status: 409,
    zh: '已绑定动态验证码；如需更换，请先停用或请管理员重置',
    en: 'An authenticator app is already set up; disable or reset it first',
  },
  /** The role requires the second factor, so its holder cannot turn it off. */
  SECOND_FACTOR_REQUIRED_FOR_ROLE: {
    status: 409,
    zh: '您的角色必须使用动态验证码，不能停用；更换手机请联系另一位管理员重置',
    en: 'Your role requires the second factor; ask another administrator to reset it',
  },
  /** Resetting one's own second factor would let a stolen password replace it. */
  SECOND_FACTOR_RESET_SELF: {
    status: 403,
    zh: '不能重置本人的第二因素，须由另一位管理员操作',
    en: 'Another administrator must reset your second factor',
  },
});
