import type { ProofEntryView } from '@pfc/contracts';
import { Flex, Tag } from 'antd';
import type { Translate } from '../../../../app/prefs';

/**
 * Where the entry's joint review stands: both reviews, so each reviewer sees whether the other one
 * already approved. The list sends it with every entry in joint review (`jointReview`).
 */
export function JointProgress({ entry, t }: { entry: ProofEntryView; t: Translate }) {
  const p = entry.jointReview;
  if (!p) return null;
  return (
    <Flex gap={4} wrap data-testid="queue-progress">
      <Tag color={p.legal ? 'green' : 'default'}>
        {p.legal ? t('catalog.queue.legalDone') : t('catalog.queue.legalPending')}
      </Tag>
      <Tag color={p.policy ? 'green' : 'default'}>
        {p.policy ? t('catalog.queue.policyDone') : t('catalog.queue.policyPending')}
      </Tag>
    </Flex>
  );
}
