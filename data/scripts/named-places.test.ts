import { normalise } from './find-names';
import { classify } from './named-places';

describe('classify', () => {
  const records = [
    { id: 'szi-sip', name: '苏州工业园区' },
    { id: 'wz-taihu-new-city', name: normalise('太湖新城（吴中片区）') },
  ];
  const lists = {
    recordedAs: [{ name: '苏州信创园', ids: ['wz-xinchuang'] }],
    notRecorded: [{ reason: 'an administrative unit', names: ['苏州工业园区', '相城区'] }],
  };

  it('prefers a record of exactly that name, then the lists, then a record that holds the name', () => {
    expect(classify('苏州工业园区', records, lists)).toEqual({ kind: 'recorded', ids: ['szi-sip'] });
    expect(classify('相城区', records, lists)).toEqual({ kind: 'explained', reason: 'an administrative unit' });
    expect(classify('太湖新城', records, lists)).toEqual({ kind: 'recorded', ids: ['wz-taihu-new-city'] });
    expect(classify('新城', records, lists)).toEqual({ kind: 'unrecorded' });
  });

  it('applies a recordedAs entry only where one of its records cites the document', () => {
    expect(classify('苏州信创园', records, lists, new Set(['wz-xinchuang']))).toEqual({
      kind: 'recordedAs',
      ids: ['wz-xinchuang'],
    });
    expect(classify('苏州信创园', records, lists, new Set())).toEqual({ kind: 'unrecorded' });
  });
});
