import { ChangePasswordBody, LoginBody, Ok, SessionView } from '@pfc/contracts';
import type { Platform } from '../context';
import { AppError, E } from '../http/errors';
import { SESSION_COOKIE } from '../http/access-hooks';
import { type App, responses } from '../http/schemas';
import { sessionCookieOptions } from './cookie';
import { secondFactorRoutes } from './second-factor-routes';
import { changePassword, loadSession, login, logout, sessionView } from './service';

export async function authRoutes(app: App, platform: Platform): Promise<void> {
  const cookieOptions = sessionCookieOptions(platform);
  await secondFactorRoutes(app, platform);

  app.post(
    '/auth/login',
    {
      config: { policy: 'auth.login' },
      schema: { summary: '登录', tags: ['auth'], body: LoginBody, response: responses({ 200: SessionView }) },
    },
    async (request, reply) => {
      const issued = await login(request.ctx, request.body.username, request.body.password, {
        userAgent: request.headers['user-agent'] ?? null,
      });
      const loaded = await loadSession(platform, issued.token);
      if (!loaded) throw new AppError(E.UNAUTHENTICATED);
      reply.setCookie(SESSION_COOKIE, issued.token, { ...cookieOptions, expires: issued.expiresAt });
      return sessionView({ ...request.ctx, actor: loaded.actor }, loaded);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { policy: 'auth.logout' },
      schema: { summary: '退出登录', tags: ['auth'], response: responses({ 200: Ok }) },
    },
    async (request, reply) => {
      await logout(request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/session',
    {
      config: { policy: 'auth.session' },
      schema: { summary: '当前会话', tags: ['auth'], response: responses({ 200: SessionView }) },
    },
    async (request) => {
      if (!request.session) throw new AppError(E.UNAUTHENTICATED);
      return sessionView(request.ctx, request.session);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { policy: 'auth.password' },
      schema: { summary: '修改本人密码', tags: ['auth'], body: ChangePasswordBody, response: responses({ 200: Ok }) },
    },
    async (request) => {
      await changePassword(request.ctx, request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
