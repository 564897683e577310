import { describe, expect, it } from 'vitest';
import { alreadyUrgedOn } from '../../shared/domain/urging-rules';

const ca = { id: 1, shortName: 'Công an tỉnh' };
const hh = { id: 2, shortName: 'UBND huyện Hướng Hóa' };
const gl = { id: 3, shortName: 'UBND huyện Gio Linh' };

describe('alreadyUrgedOn', () => {
  const history = [
    { urgedOn: '2022-07-01', agencies: [ca, hh] },
    { urgedOn: '2022-06-20', agencies: [gl] },
  ];

  it('names the chosen agencies urged the same day, in the order chosen', () => {
    expect(alreadyUrgedOn(history, [3, 2, 1], '2022-07-01')).toEqual([hh, ca]);
  });

  it('an urging on another day does not count', () => {
    expect(alreadyUrgedOn(history, [3], '2022-07-01')).toEqual([]);
    expect(alreadyUrgedOn(history, [3], '2022-06-20')).toEqual([gl]);
  });

  it('an agency urged twice that day is named once', () => {
    expect(alreadyUrgedOn([...history, { urgedOn: '2022-07-01', agencies: [ca] }], [1, 1], '2022-07-01')).toEqual([ca]);
  });
});
