// @vitest-environment jsdom
import { drawnZone, emptyHistory, recorded, redone, undone } from './draft-model';
import { loadDraft, saveDraft } from './draft-storage';

const point = (x: number) => ({ type: 'Point' as const, coordinates: [x, 31.3] });

describe('a draft', () => {
  it('numbers drawn zones and gives each the kind of its shape', () => {
    const first = drawnZone([], { type: 'Polygon', coordinates: [[[120.6, 31.2], [120.7, 31.2], [120.7, 31.3], [120.6, 31.2]]] });
    const second = drawnZone([first], point(120.6));
    expect([first.id, first.kind, second.id, second.kind]).toEqual(['draft-zone-1', 'area', 'draft-zone-2', 'park']);
    expect(drawnZone([second], { type: 'LineString', coordinates: [[120.6, 31.2], [120.7, 31.3]] })).toMatchObject({ id: 'draft-zone-3', kind: 'axis' });
  });

  it('undoes and redoes every change, and a new change drops what was undone', () => {
    const a = drawnZone([], point(120.6));
    const b = drawnZone([a], point(120.7));
    let history = recorded(recorded(emptyHistory, [a]), [a, b]);
    history = undone(history);
    expect(history.present).toEqual([a]);
    expect(undone(undone(history)).present).toEqual([]);
    expect(redone(history).present).toEqual([a, b]);
    expect(recorded(history, []).future).toEqual([]);
  });

  it('survives a reload, and a damaged save is dropped', () => {
    const zone = { ...drawnZone([], point(120.6)), industryIds: ['modern-logistics'] };
    saveDraft([zone]);
    expect(loadDraft()).toEqual([zone]);
    localStorage.setItem('suzhou-plan-map:draft', '{"not":"a draft"');
    expect(loadDraft()).toEqual([]);
    saveDraft([]);
    expect(localStorage.getItem('suzhou-plan-map:draft')).toBeNull();
  });
});
