import { BASIS_RANKS, SUBSTITUTE_METHODS } from '@pfc/contracts';
import type { Ctx } from '../../../platform/context';
import { renderPdf } from '../../../platform/documents/pdf';
import { versionWithEntries } from '../publication/versions';

const TITLES = {
  retained: '证明事项保留清单',
  cancelled: '证明事项取消清单',
  commitment: '证明事项告知承诺制清单',
} as const;

/** A published list as a print-ready A4 landscape PDF, as the government publishes it. */
export async function versionPdf(
  ctx: Ctx,
  versionId: string,
  list: keyof typeof TITLES,
): Promise<{ filename: string; body: Buffer }> {
  const { version, entries } = await versionWithEntries(ctx, versionId);
  const chosen = entries.filter((e) => e.lists.includes(list));
  const title = `${version.regionName}${TITLES[list]}`;
  const head = [
    '序号',
    '证明名称',
    '办理事项',
    '设定依据',
    '开具单位',
    '实施机关',
    list === 'cancelled' ? '取消理由' : '替代方式',
  ].map((text) => ({ text, style: 'th' }));
  const body = chosen.map((e, i) => [
    String(i + 1),
    e.name,
    e.serviceItems.map((s) => s.name).join('、'),
    e.legalBasis.map((b) => `${b.instrument}${b.article}（${BASIS_RANKS[b.rank].zh}）`).join('；') || '无',
    e.issuingUnitName,
    e.unitName,
    list === 'cancelled' ? e.cancelReason : e.substitutes.map((s) => SUBSTITUTE_METHODS[s.method].zh).join('、'),
  ]);
  const pdf = await renderPdf({
    pageOrientation: 'landscape',
    info: { title, author: version.regionName, subject: version.documentNumber },
    content: [
      { text: title, style: 'title' },
      {
        text: `${version.documentNumber}\u3000自 ${version.effectiveDate} 起施行\u3000第 ${version.versionNo} 版\u3000共 ${chosen.length} 项`,
        style: 'meta',
      },
      {
        table: { headerRows: 1, widths: [24, 90, 110, '*', 80, 90, 110], body: [head, ...body] },
        layout: { fillColor: (row: number) => (row === 0 ? '#eef2f8' : null) },
      },
    ],
    styles: {
      title: { fontSize: 18, alignment: 'center', margin: [0, 0, 0, 6] },
      meta: { fontSize: 10, alignment: 'center', color: '#555555', margin: [0, 0, 0, 12] },
      th: { bold: true, alignment: 'center' },
    },
  });
  return { filename: `${title}-v${version.versionNo}.pdf`, body: pdf };
}
