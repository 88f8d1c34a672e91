import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups values by key, keeping the order of the rows within each group', () => {
    const rows = [
      { engineerId: 'b', skill: 'tracker' },
      { engineerId: 'a', skill: 'dashcam' },
      { engineerId: 'b', skill: 'immobiliser' },
    ];
    const groups = groupBy(rows, (row) => row.engineerId, (row) => row.skill);
    expect([...groups]).toEqual([
      ['b', ['tracker', 'immobiliser']],
      ['a', ['dashcam']],
    ]);
  });

  it('has no group for a key no row has', () => {
    expect(groupBy([], String, String).get('a')).toBeUndefined();
  });
});
