import type { secondFactorZhCN } from './second-factor.zh-CN';

export const secondFactorEn: Record<keyof typeof secondFactorZhCN, string> = {
  'menu.secondFactor': 'Authenticator',
  'mfa.codeTitle': 'Enter your code',
  'mfa.codeHint':
    'Open the authenticator app on your phone (e.g. Microsoft Authenticator, FreeOTP) and enter the 6 digits it shows for Proof-Free City.',
  'mfa.code': 'Code',
  'mfa.codeRequired': 'Enter the 6-digit code',
  'mfa.verify': 'Verify',
  'mfa.useRecovery': 'No phone at hand? Use a recovery code',
  'mfa.useCode': 'Use the authenticator code instead',
  'mfa.recoveryCode': 'Recovery code',
  'mfa.recoveryRequired': 'Enter a recovery code',
  'mfa.recoveryHint':
    'Each recovery code works once. When they run out or are lost, ask another administrator to reset.',
  'mfa.signOut': 'Sign in as someone else',
  'mfa.enrolTitle': 'Set up an authenticator',
  'mfa.enrolRequired':
    'Your role (administrator, reviewer, credit officer) signs in with a one-time code: set up an authenticator first.',
  'mfa.enrolIntro':
    'Once set up, each sign-in asks for the 6 digits your authenticator shows as well as the password, so a leaked password alone is not enough.',
  'mfa.step1':
    'Install any authenticator app on your phone (Microsoft Authenticator, Google Authenticator, FreeOTP, Tencent Authenticator…).',
  'mfa.step2': 'Scan the QR code below with it, or type the secret by hand.',
  'mfa.step3': 'Enter the 6 digits it shows to finish.',
  'mfa.start': 'Start',
  'mfa.secret': 'Secret',
  'mfa.qrAlt': 'Set-up QR code',
  'mfa.confirm': 'Finish set-up',
  'mfa.recoveryTitle': 'Keep your recovery codes',
  'mfa.recoveryShownOnce':
    'If you lose your phone, sign in with a recovery code; each works once. They are shown only now: print or write them down and keep them safe.',
  'mfa.copy': 'Copy',
  'mfa.copied': 'Copied',
  'mfa.print': 'Print',
  'mfa.saved': 'I have saved them, continue',
  'mfa.statusTitle': 'Authenticator (second factor)',
  'mfa.enrolled': 'Set up',
  'mfa.notEnrolled': 'Not set up',
  'mfa.requiredTag': 'Required for your role',
  'mfa.optionalTag': 'Optional',
  'mfa.enrolledAt': 'Set up on',
  'mfa.recoveryLeft': 'Recovery codes left',
  'mfa.optionalIntro': 'Your role does not require a second factor; turning it on makes your account safer.',
  'mfa.disable': 'Turn off the authenticator',
  'mfa.disableHint': 'Enter the current code to confirm.',
  'mfa.disabled': 'Authenticator turned off',
  'mfa.enrolledDone': 'Authenticator set up',
  'mfa.changePhone':
    'New phone? For required roles, another administrator resets it under Staff; then set it up again.',
  'mfa.changePhoneOptional': 'New phone? Turn it off, then set it up again.',
  'mfa.reset': 'Reset authenticator',
  'mfa.resetConfirm':
    'Reset the authenticator of "{name}"? Their sessions end and they set it up again at the next sign-in.',
  'mfa.resetDone': 'Authenticator of "{name}" reset',
  'mfa.tag': 'Authenticator',
};
