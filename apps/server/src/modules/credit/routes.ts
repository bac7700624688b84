import { CreditApplicantParams, CreditStatusInput, CreditStatusView } from '@pfc/contracts';
import { type App, responses } from '../../platform/http/schemas';
import { getCreditStatus, setCreditStatus } from './eligibility';

const tags = ['credit'];

export async function creditRoutes(app: App): Promise<void> {
  app.get(
    '/credit/applicants/:applicantId',
    {
      config: { policy: 'credit.status.get' },
      schema: {
        summary: '申请人信用状况（是否适用告知承诺）',
        tags,
        params: CreditApplicantParams,
        response: responses({ 200: CreditStatusView }),
      },
    },
    async (request) => getCreditStatus(request.ctx, request.params.applicantId),
  );
  app.put(
    '/credit/applicants/:applicantId',
    {
      config: { policy: 'credit.status.set' },
      schema: {
        summary: '设置申请人信用状况',
        tags,
        params: CreditApplicantParams,
        body: CreditStatusInput,
        response: responses({ 200: CreditStatusView }),
      },
    },
    async (request) => setCreditStatus(request.ctx, request.params.applicantId, request.body),
  );
}
