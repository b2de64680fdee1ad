import { describe, expect, it } from 'vitest';
import { DatasetError, labelSet, parseLabeledCsv } from './dataset.js';

describe('parseLabeledCsv', () => {
  it('reads title, body and label, dropping empty titles and skipping unusable rows', () => {
    const csv = 'id,title,body,time,label\r\n1,,"多行\n正文",,环境保护\r\n2,标题,正文,,教育文体\r\n3,,,,教育文体\r\n4,t,b,,\r\n';
    const { rows, skipped } = parseLabeledCsv(csv);
    expect(rows).toEqual([
      { body: '多行\n正文', label: '环境保护' },
      { title: '标题', body: '正文', label: '教育文体' },
    ]);
    expect(skipped).toBe(2);
    expect(labelSet(rows)).toEqual(['教育文体', '环境保护']);
  });

  it('names the missing columns', () => {
    expect(() => parseLabeledCsv('id,text\n1,x\n')).toThrow(/body, label/);
    expect(() => parseLabeledCsv('')).toThrow(DatasetError);
  });
});
