import {
  ApplicantCreate,
  ApplicantListQuery,
  ApplicantView,
  IdParams,
  Ok,
  Page,
  RegionCodeParams,
  RegionCreate,
  RegionList,
  RegionListQuery,
  RegionUpdate,
  RegionView,
  StaffCreate,
  StaffListQuery,
  StaffUpdate,
  StaffView,
  UnitCreate,
  UnitListQuery,
  UnitUpdate,
  UnitView,
} from '@pfc/contracts';
import { type App, responses } from '../../platform/http/schemas';
import { idempotentReply } from '../../platform/idempotency';
import { createApplicant, listApplicants, myApplicant } from './applicants';
import { createRegion, listRegions, renameRegion } from './regions';
import { createStaff, listStaff, updateStaff } from './staff';
import { resetStaffSecondFactor } from './staff-second-factor';
import { createUnit, getUnit, listUnits, updateUnit } from './units';

const tags = ['org'];

export async function orgRoutes(app: App): Promise<void> {
  app.get(
    '/regions',
    {
      config: { policy: 'org.regions.list' },
      schema: {
        summary: '行政区划列表',
        tags,
        querystring: RegionListQuery,
        response: responses({ 200: RegionList }),
      },
    },
    async (request) => listRegions(request.ctx, request.query),
  );
  app.post(
    '/regions',
    {
      config: { policy: 'org.regions.create' },
      schema: { summary: '新增区划', tags, body: RegionCreate, response: responses({ 201: RegionView }) },
    },
    async (request, reply) => reply.status(201).send(await createRegion(request.ctx, request.body)),
  );
  app.patch(
    '/regions/:code',
    {
      config: { policy: 'org.regions.update' },
      schema: {
        summary: '修改区划名称',
        tags,
        params: RegionCodeParams,
        body: RegionUpdate,
        response: responses({ 200: RegionView }),
      },
    },
    async (request) => renameRegion(request.ctx, request.params.code, request.body.name),
  );

  app.get(
    '/units',
    {
      config: { policy: 'org.units.list' },
      schema: { summary: '单位列表', tags, querystring: UnitListQuery, response: responses({ 200: Page(UnitView) }) },
    },
    async (request) => listUnits(request.ctx, request.query),
  );
  app.get(
    '/units/:id',
    {
      config: { policy: 'org.units.get' },
      schema: { summary: '单位详情', tags, params: IdParams, response: responses({ 200: UnitView }) },
    },
    async (request) => getUnit(request.ctx, request.params.id),
  );
  app.post(
    '/units',
    {
      config: { policy: 'org.units.create', idempotent: 'optional' },
      schema: { summary: '新增单位', tags, body: UnitCreate, response: responses({ 201: UnitView }) },
    },
    async (request, reply) => idempotentReply(request, reply, 201, (ctx) => createUnit(ctx, request.body)),
  );
  app.patch(
    '/units/:id',
    {
      config: { policy: 'org.units.update' },
      schema: { summary: '修改单位', tags, params: IdParams, body: UnitUpdate, response: responses({ 200: UnitView }) },
    },
    async (request) => updateUnit(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/staff',
    {
      config: { policy: 'org.staff.list' },
      schema: {
        summary: '工作人员列表',
        tags,
        querystring: StaffListQuery,
        response: responses({ 200: Page(StaffView) }),
      },
    },
    async (request) => listStaff(request.ctx, request.query),
  );
  app.post(
    '/staff',
    {
      config: { policy: 'org.staff.create', idempotent: 'optional' },
      schema: { summary: '新增工作人员', tags, body: StaffCreate, response: responses({ 201: StaffView }) },
    },
    async (request, reply) => idempotentReply(request, reply, 201, (ctx) => createStaff(ctx, request.body)),
  );
  app.patch(
    '/staff/:id',
    {
      config: { policy: 'org.staff.update' },
      schema: {
        summary: '修改工作人员',
        tags,
        params: IdParams,
        body: StaffUpdate,
        response: responses({ 200: StaffView }),
      },
    },
    async (request) => updateStaff(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/staff/:id/second-factor/reset',
    {
      config: { policy: 'org.staff.second_factor_reset' },
      schema: {
        summary: '重置工作人员的第二因素（动态验证码）',
        tags,
        params: IdParams,
        response: responses({ 200: Ok }),
      },
    },
    async (request) => resetStaffSecondFactor(request.ctx, request.params.id),
  );

  app.get(
    '/applicants',
    {
      config: { policy: 'org.applicants.list' },
      schema: {
        summary: '申请人列表（脱敏）',
        tags,
        querystring: ApplicantListQuery,
        response: responses({ 200: Page(ApplicantView) }),
      },
    },
    async (request) => listApplicants(request.ctx, request.query),
  );
  app.post(
    '/applicants',
    {
      config: { policy: 'org.applicants.create', idempotent: 'optional' },
      schema: {
        summary: '登记申请人（可带 Idempotency-Key 防止重复提交）',
        tags,
        body: ApplicantCreate,
        response: responses({ 201: ApplicantView }),
      },
    },
    async (request, reply) => idempotentReply(request, reply, 201, (ctx) => createApplicant(ctx, request.body)),
  );
  app.get(
    '/applicants/me',
    {
      config: { policy: 'org.applicants.me' },
      schema: { summary: '本人申请人资料', tags, response: responses({ 200: ApplicantView }) },
    },
    async (request) => myApplicant(request.ctx),
  );
}
