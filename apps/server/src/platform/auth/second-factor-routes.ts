import {
  Ok,
  SecondFactorCodeBody,
  SecondFactorConfirmBody,
  SecondFactorEnrolledSession,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SessionView,
} from '@pfc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../context';
import { SESSION_COOKIE } from '../http/access-hooks';
import { AppError, E } from '../http/errors';
import { type App, responses } from '../http/schemas';
import { sessionCookieOptions } from './cookie';
import {
  completeSignIn,
  confirmEnrolment,
  disableSecondFactor,
  secondFactorStatus,
  startEnrolment,
} from './second-factor-enrol';
import { loadSession, sessionView } from './service';

const tags = ['auth'];

/** The staff second factor: the code step of sign-in, enrolment, status and opting out. */
export async function secondFactorRoutes(app: App, platform: Platform): Promise<void> {
  /** The session got a new token on passing: send it, and answer with the full session. */
  async function answerWithSession(
    request: FastifyRequest,
    reply: FastifyReply,
    issued: { token: string; expiresAt: Date },
  ) {
    const loaded = await loadSession(platform, issued.token);
    if (!loaded) throw new AppError(E.UNAUTHENTICATED);
    reply.setCookie(SESSION_COOKIE, issued.token, { ...sessionCookieOptions(platform), expires: issued.expiresAt });
    return sessionView({ ...request.ctx, actor: loaded.actor }, loaded);
  }

  app.post(
    '/auth/login/second-factor',
    {
      config: { policy: 'auth.second_factor.verify' },
      schema: {
        summary: '登录第二步：动态验证码或恢复码',
        tags,
        body: SecondFactorCodeBody,
        response: responses({ 200: SessionView }),
      },
    },
    async (request, reply) => {
      const issued = await completeSignIn(request.ctx, request.session?.secondFactor ?? 'none', request.body);
      return answerWithSession(request, reply, issued);
    },
  );

  app.get(
    '/auth/second-factor',
    {
      config: { policy: 'auth.second_factor.status' },
      schema: { summary: '本人第二因素状态', tags, response: responses({ 200: SecondFactorStatus }) },
    },
    async (request) => secondFactorStatus(request.ctx),
  );

  app.post(
    '/auth/second-factor/enrolment',
    {
      config: { policy: 'auth.second_factor.enrol' },
      schema: {
        summary: '开始绑定动态验证码：生成密钥和二维码地址',
        tags,
        response: responses({ 200: SecondFactorEnrolment }),
      },
    },
    async (request) => startEnrolment(request.ctx),
  );

  app.post(
    '/auth/second-factor/enrolment/confirm',
    {
      config: { policy: 'auth.second_factor.enrol' },
      schema: {
        summary: '确认绑定：输入验证器显示的验证码，取得一次性恢复码',
        tags,
        body: SecondFactorConfirmBody,
        response: responses({ 200: SecondFactorEnrolledSession }),
      },
    },
    async (request, reply) => {
      const { recoveryCodes, session } = await confirmEnrolment(request.ctx, request.body.code);
      return { recoveryCodes, session: await answerWithSession(request, reply, session) };
    },
  );

  app.post(
    '/auth/second-factor/disable',
    {
      config: { policy: 'auth.second_factor.disable' },
      schema: {
        summary: '停用本人动态验证码（须先输入验证码；必须使用的角色不能停用）',
        tags,
        body: SecondFactorCodeBody,
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      await disableSecondFactor(request.ctx, request.body);
      return { ok: true as const };
    },
  );
}
