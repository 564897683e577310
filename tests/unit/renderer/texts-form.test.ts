// The forms of Văn bản's text editors: the report's or plan's sections (renderer/src/components/documents/texts-form.ts)
// and the plan's own paragraphs (plan-text-form.ts): what they open with, say, send, and where a refusal lands.
import { describe, expect, it } from 'vitest';
import type { DocumentTextsView } from '../../../shared/api/documents-models';
import type { PlanTextBlock } from '../../../shared/domain/plan-text';
import { textsPathOfRefusal, textsRequest, textsValues } from '../../../renderer/src/components/documents/texts-form';
import {
  changedParagraphs,
  planTextErrors,
  planTextPathOfRefusal,
  planTextRequest,
  planTextValues,
} from '../../../renderer/src/components/documents/plan-text-form';

const scope = { planId: 1, kind: 'report' as const, periodId: 3 };

describe('the texts of a report', () => {
  const view = {
    texts: {
      legalBasis: ['Căn cứ Kế hoạch số 22/KH-UBND', 'Căn cứ tình hình thực tế'],
      opening: 'Thực hiện Kế hoạch …',
      sections: [{ heading: 'I. TÌNH HÌNH', paragraphs: [], subsections: [{ heading: '1. Đặc điểm', paragraphs: ['Đến nay …'] }] }],
    },
  } as unknown as DocumentTextsView;

  it('opens with the căn cứ one a line and the sections as stored', () => {
    expect(textsValues(view)).toEqual({ legalBasis: 'Căn cứ Kế hoạch số 22/KH-UBND\nCăn cứ tình hình thực tế', opening: 'Thực hiện Kế hoạch …', sections: view.texts.sections });
  });

  it('sends the căn cứ and each paragraph trimmed, without the blank lines typed, sections kept in place', () => {
    const request = textsRequest(scope, {
      legalBasis: '  Căn cứ A  \n\n Căn cứ B\n',
      opening: 'Mở đầu',
      sections: [{ heading: 'I. TÌNH HÌNH', paragraphs: ['', ' Đoạn một ', '   '], subsections: [{ heading: '1. Đặc điểm', paragraphs: ['Đoạn hai', ''] }] }],
    });
    expect(request).toEqual({
      planId: 1,
      kind: 'report',
      periodId: 3,
      legalBasis: ['Căn cứ A', 'Căn cứ B'],
      opening: 'Mở đầu',
      sections: [{ heading: 'I. TÌNH HÌNH', paragraphs: ['Đoạn một'], subsections: [{ heading: '1. Đặc điểm', paragraphs: ['Đoạn hai'] }] }],
    });
  });

  it('shows a refused line under its textarea, a refused heading under its input, anything else above the buttons', () => {
    expect(textsPathOfRefusal('sections.0.subsections.1.paragraphs.2')).toBe('sections.0.subsections.1.paragraphs');
    expect(textsPathOfRefusal('sections.2.heading')).toBe('sections.2.heading');
    expect(textsPathOfRefusal('legalBasis.4')).toBe('legalBasis');
    expect(textsPathOfRefusal('opening')).toBe('opening');
    expect(textsPathOfRefusal('sections')).toBeNull();
    expect(textsPathOfRefusal('periodId')).toBeNull();
  });
});

describe('the plan\'s own paragraphs', () => {
  const block = (id: number, kind: string, text: string, taskCode: string | null = null): PlanTextBlock =>
    ({ id, sortOrder: id - 1, kind, level: 3, numbering: '-', text, ownText: text, bold: false, italics: false, taskId: null, taskCode, targetId: null, targetCode: null, taskGroupId: null }) as PlanTextBlock;
  const blocks = [
    block(1, 'heading', 'I. MỤC ĐÍCH, YÊU CẦU', 'III.1'),
    block(2, 'paragraph', 'Tuyên truyền …', 'III.1.a.1'),
    block(3, 'paragraph', 'Kinh phí triển khai …'),
    block(4, 'paragraph', 'Tổ chức thực hiện …'),
  ];

  it('sends only the paragraphs changed, by id; a task\'s paragraph is never sent, a linked heading is', () => {
    const values = planTextValues(blocks);
    values.paragraphs[0] = { numbering: 'I.', text: 'I. MỤC ĐÍCH' };
    values.paragraphs[1] = { numbering: '-', text: 'Sửa ở đây không được' };
    values.paragraphs[3] = { numbering: '+', text: 'Tổ chức thực hiện …' };
    expect(changedParagraphs(blocks, values)).toEqual([0, 3]);
    expect(planTextRequest(7, blocks, values)).toEqual({
      planId: 7,
      blocks: [
        { id: 1, numbering: 'I.', text: 'I. MỤC ĐÍCH' },
        { id: 4, numbering: '+', text: 'Tổ chức thực hiện …' },
      ],
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(changedParagraphs(blocks, planTextValues(blocks))).toEqual([]);
  });

  it('names a paragraph emptied at its textarea', () => {
    const values = planTextValues(blocks);
    values.paragraphs[2] = { numbering: '-', text: '   ' };
    expect(planTextErrors(blocks, values)).toEqual({ 'paragraphs.2.text': 'Chưa nhập nội dung đoạn.' });
  });

  it('shows a refusal on the paragraph the clerk changed, not the position in the request', () => {
    // Paragraphs 0 and 3 were sent: the request's second block is the form's fourth paragraph.
    expect(planTextPathOfRefusal('blocks.1.text', [0, 3])).toBe('paragraphs.3.text');
    expect(planTextPathOfRefusal('blocks.0.numbering', [0, 3])).toBe('paragraphs.0.numbering');
    expect(planTextPathOfRefusal('blocks.2.text', [0, 3])).toBeNull();
    expect(planTextPathOfRefusal('planId', [0, 3])).toBeNull();
  });
});
