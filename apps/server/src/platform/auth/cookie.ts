import type { Platform } from '../context';

/** The session cookie: signed (HMAC-SM3), HttpOnly, SameSite=Lax, Secure in production. */
export function sessionCookieOptions(platform: Platform) {
  return {
    signed: true,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: platform.config.env === 'production',
    path: '/',
  };
}
