// @vitest-environment jsdom
import { draftExtent, drawnZone, editableGeometry, withoutSpikes, emptyHistory, recorded, redone, undone } from './draft-model';
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

  it('reads a draft saved before carriers could be assigned', () => {
    const { carrierIds: _, ...older } = drawnZone([], point(120.6));
    localStorage.setItem('suzhou-plan-map:draft', JSON.stringify([older]));
    expect(loadDraft()).toEqual([{ ...older, carrierIds: [] }]);
    saveDraft([]);
  });

  it('offers a plan shape for reshaping only when it is one polygon without holes, a line or a point', () => {
    const ring = [[120.6, 31.2], [120.7, 31.2], [120.7, 31.3], [120.6, 31.2]];
    const hole = [[120.62, 31.22], [120.65, 31.22], [120.65, 31.25], [120.62, 31.22]];
    expect(editableGeometry({ type: 'Polygon', coordinates: [ring] })).toBeDefined();
    expect(editableGeometry({ type: 'Polygon', coordinates: [ring, hole] })).toBeUndefined();
    expect(editableGeometry({ type: 'MultiPolygon', coordinates: [[ring], [hole]] })).toBeUndefined();
    expect(editableGeometry(point(120.6))).toBeDefined();
  });

  it('frames a drawn shape on its extent', () => {
    const zone = drawnZone([], { type: 'LineString', coordinates: [[120.7, 31.2], [120.6, 31.4]] });
    expect(draftExtent(zone)).toEqual([120.6, 31.2, 120.7, 31.4]);
    expect(draftExtent({ ...zone, geometry: undefined })).toBeUndefined();
  });

  it('drops a spike where a plan boundary runs out and straight back, so the ring can be reshaped', () => {
    // Along the top edge, out to 1,3 and back to where it left; and a vertex on the way back (1,2.5 after 1,3).
    const ring = [[0, 0], [2, 0], [2, 2], [1, 2], [1, 3], [1, 2.5], [1, 2], [0, 2], [0, 0]];
    expect(withoutSpikes(ring)).toEqual([[0, 0], [2, 0], [2, 2], [1, 2], [0, 2], [0, 0]]);
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(withoutSpikes(square)).toEqual(square);
  });
});
