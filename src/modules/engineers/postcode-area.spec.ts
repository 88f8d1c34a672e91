import { coveringAreas, isPostcodeAreaOrDistrict, normalisePostcodeArea } from './postcode-area';

describe('engineer coverage by postcode area or district', () => {
  it.each(['SW', 'M', 'SW1A', 'M1', 'EC1A'])('%s can be covered', (value) => expect(isPostcodeAreaOrDistrict(value)).toBe(true));

  it.each([
    ['sw', 'not normalised'],
    ['SW1A 1AA', 'a full postcode'],
    ['QQ', 'not a UK shape'],
    ['', 'empty'],
  ])('%j cannot (%s)', (value) => expect(isPostcodeAreaOrDistrict(value)).toBe(false));

  it('normalises case and surrounding space, and leaves other values for validation to report', () => {
    expect(normalisePostcodeArea(' sw1a ')).toBe('SW1A');
    expect(normalisePostcodeArea(7)).toBe(7);
  });

  describe('coveringAreas', () => {
    it('an area is covered only by the whole area', () => {
      expect(coveringAreas('SW')).toEqual(['SW']);
    });

    it('a district is covered by itself or its whole area, never by a neighbouring district', () => {
      expect(coveringAreas('SW1A')).toEqual(['SW1A', 'SW']);
      expect(coveringAreas('M1')).toEqual(['M1', 'M']);
    });

    it('normalises its input', () => {
      expect(coveringAreas(' ec1a')).toEqual(['EC1A', 'EC']);
    });

    it('a value of the wrong shape is covered by nobody', () => {
      expect(coveringAreas('SW1A 1AA')).toEqual([]);
      expect(coveringAreas('QQ')).toEqual([]);
    });
  });
});
