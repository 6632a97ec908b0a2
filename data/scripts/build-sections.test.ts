import { findSections, flowScalar, headingTitle } from './build-sections';

describe('headingTitle', () => {
  it.each([
    ['一、服务业发展基础与形势 ', '一、服务业发展基础与形势'],
    ['（一）发展成效。 ', '（一）发展成效'],
    [' （二）推进生活性服务业多元化高品质发展。 ', '（二）推进生活性服务业多元化高品质发展'],
    ['（一）综合实力再上台阶。全市工业总产值和规模以上工业', '（一）综合实力再上台阶'],
    ['第一章  “十二五”时期工业发展回顾 ', '第一章 “十二五”时期工业发展回顾'],
    ['## 第四章 推动建设特色功能区，彰显发展新格局', '第四章 推动建设特色功能区，彰显发展新格局'],
    ['#### **（六）加快汇聚科技服务资源**', '（六）加快汇聚科技服务资源'],
    ['1．软件和信息技术服务。 ', '1．软件和信息技术服务'],
    ['\t专栏1  “十三五”时期全区服务业主要行业发展概况', '专栏1 “十三五”时期全区服务业主要行业发展概况'],
    ['表2-1  吴中区现代服务业主要发展目标', '表2-1 吴中区现代服务业主要发展目标'],
  ])('finds the heading in %j', (line, title) => {
    expect(headingTitle(line)).toBe(title);
  });

  it.each([
    ['body text', '形成以点带线、以线促面的“一环两'],
    ['a decimal in a table', '54.3 58 '],
    ['a percentage', '44.9%。全市工业企业总数增加到 16万家'],
    ['a list item that runs on', '1.三大夜间文旅消费带。乡村夜间文旅消费黄金带'],
    ['a wrapped list entry', '1．《中国制造 2025'],
    ['a contents entry', '(二) 聚焦“新苏式”乡村建设，率先基本实现农村现代化...76\t76'],
    ['a contents entry with a dotted leader', '一、高水平全面建成小康社会.....\t11'],
    ['a page number line', '— 28 —'],
  ])('ignores %s', (_what, line) => {
    expect(headingTitle(line)).toBeUndefined();
  });

  it('cuts a long heading to 40 characters', () => {
    const title = headingTitle('（一）提高党领导贯彻新发展理念、构建新发展格局的能力和水平以及更多更多更多更多的文字');
    expect([...title!].length).toBe(40);
  });
});

describe('findSections', () => {
  it('numbers lines from 1 and names an attachment by the line after it', () => {
    expect(findSections(['附件1', '苏州市新兴服务业高质量发展主要指标', '\t类型', '一、总体要求'])).toEqual([
      { line: 1, title: '附件1 苏州市新兴服务业高质量发展主要指标' },
      { line: 4, title: '一、总体要求' },
    ]);
  });
});

describe('flowScalar', () => {
  it('quotes a title only when YAML flow syntax needs it', () => {
    expect(flowScalar('表 1：苏州市指标体系')).toBe('表 1：苏州市指标体系');
    expect(flowScalar('一、A, B')).toBe('"一、A, B"');
  });
});
