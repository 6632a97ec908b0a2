import { dataFileNotice } from './data-file-notice';

const problem = { file: 'geojson/snd-2021.geojson', problems: ['features.0.properties.id: "x" is not in the catalog', 'features.3.geometry.coordinates.0: Too big'] };

describe('dataFileNotice', () => {
  it('names the file and the problems in English', () => {
    expect(dataFileNotice('en', problem)).toBe(
      'A data file is damaged; the app does without what it holds: geojson/snd-2021.geojson: features.0.properties.id: "x" is not in the catalog; features.3.geometry.coordinates.0: Too big',
    );
  });

  it('names the file and the fields in Chinese, with no English phrase', () => {
    expect(dataFileNotice('zh', problem)).toBe(
      '数据文件有误，其中的内容暂不可用：geojson/snd-2021.geojson（features.0.properties.id，features.3.geometry.coordinates.0）',
    );
    expect(dataFileNotice('zh', { file: 'data/codes.json', problems: ['HTTP 500'] })).toBe('数据文件有误，其中的内容暂不可用：data/codes.json');
    expect(dataFileNotice('zh', { file: 'data/search-index.json', problems: ['(root): Invalid input'] })).toBe('数据文件有误，其中的内容暂不可用：data/search-index.json');
  });
});
