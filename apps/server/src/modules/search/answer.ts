/**
 * The one-sentence answer to "can they still ask me for this proof?", from a published entry and
 * the document that decided it. Pure.
 */
import type { Answer, PublishedEntry, Verdict } from '@pfc/contracts';

type Lang = 'zh' | 'en';

export function verdictOf(entry: Pick<PublishedEntry, 'disposition' | 'substitutes' | 'commitmentExcluded'>): Verdict {
  if (entry.disposition === 'cancel') return 'cancelled';
  // Substitutes are stored in the unit's order of preference; commitment only where it is allowed.
  for (const s of entry.substitutes) {
    if (s.method === 'commitment' && entry.commitmentExcluded) continue;
    return s.method === 'must_submit' ? 'must_submit' : s.method;
  }
  return 'must_submit';
}

function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function answerFor(
  entry: Pick<
    PublishedEntry,
    'disposition' | 'substitutes' | 'commitmentExcluded' | 'mustSubmitReason' | 'cancelReason'
  >,
  effectiveDate: string,
  lang: Lang = 'zh',
): Answer {
  const verdict = verdictOf(entry);
  const note = entry.substitutes.find((s) => s.method === verdict)?.note?.trim();
  if (lang === 'en') {
    const en: Record<Verdict, [string, string]> = {
      cancelled: [
        `Cancelled: since ${effectiveDate} no office may ask you for this proof.`,
        'You need not bring it. If you are still asked for it, report it.',
      ],
      commitment: [
        'A commitment replaces it: sign a written commitment when you apply instead of bringing this proof.',
        'Choose the commitment when applying, read the notification and sign; the office checks afterwards. A false commitment is recorded in your credit file.',
      ],
      data_sharing: [
        'Not needed: the office obtains this information through data sharing.',
        'You need not bring it; the office checks the shared data.',
      ],
      assistance: [
        'Not needed: the office asks the competent department to confirm it.',
        'You need not bring it; the office asks the department that holds the information.',
      ],
      must_submit: [
        'Still required: you must submit this proof when you apply.',
        entry.mustSubmitReason.trim() || 'A law or regulation requires the proof itself.',
      ],
    };
    const [sentence, whatToDo] = en[verdict];
    return { verdict, sentence, whatToDo };
  }
  const since = `自${zhDate(effectiveDate)}起`;
  // The reason goes inside brackets before the sentence's own full stop.
  const reason = entry.cancelReason.trim().replace(/[。.；;，,]+$/u, '');
  const zh: Record<Verdict, [string, string]> = {
    cancelled: [
      `已取消：${since}，任何单位不得再要求您提供此证明。`,
      `您无需提供此证明${reason ? `（${reason}）` : ''}。如仍被要求提供，可以反映。`,
    ],
    commitment: [
      `可承诺代替：${since}，办理时签署告知承诺书即可，无需再提供此证明。`,
      '办理时选择“告知承诺”，阅读告知书后签署承诺书；办理单位事后核查。承诺不实将记入信用记录。',
    ],
    data_sharing: [
      `无需提交：${since}，办理单位通过数据共享自行查验，您不必开具此证明。`,
      note ? `办理单位将查询：${note}。` : '您无需开具，办理单位在线查验共享数据。',
    ],
    assistance: [
      `无需提交：${since}，办理单位向有关部门协查核实，您不必开具此证明。`,
      note ? `协查方式：${note}。` : '您无需开具，办理单位向掌握信息的部门协查。',
    ],
    must_submit: [
      '仍需提交：办理时仍须提供此证明。',
      entry.mustSubmitReason.trim() ? `理由：${entry.mustSubmitReason.trim()}` : '法律法规规定须提交此证明。',
    ],
  };
  const [sentence, whatToDo] = zh[verdict];
  return { verdict, sentence, whatToDo };
}
