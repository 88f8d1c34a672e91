import { isUkPostcode, isUkPostcodeArea, isUkPostcodeDistrict, parseUkPostcode, ukPostcodeAreaOf } from './uk-postcode';

describe('parseUkPostcode', () => {
  it.each([
    ['SW1A 1AA', 'SW1A 1AA'],
    ['sw1a1aa', 'SW1A 1AA'],
    [' sw1a  1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['m11ae', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['gir0aa', 'GIR 0AA'],
    ['GIR 0AA', 'GIR 0AA'],
  ])('reads %j as %s', (input, postcode) => {
    expect(parseUkPostcode(input)?.postcode).toBe(postcode);
  });

  it('splits a postcode into its parts', () => {
    expect(parseUkPostcode('ec1a1bb')).toEqual({
      postcode: 'EC1A 1BB',
      outward: 'EC1A',
      inward: '1BB',
      area: 'EC',
      sector: 'EC1A 1',
    });
    expect(parseUkPostcode('M1 1AE')).toMatchObject({ outward: 'M1', area: 'M', sector: 'M1 1' });
    expect(parseUkPostcode('DN55 1PT')).toMatchObject({ outward: 'DN55', area: 'DN' });
  });

  it.each([
    ['', 'empty'],
    ['SW1A', 'an outward code alone'],
    ['1AA', 'an inward code alone'],
    ['SW1A 1AAA', 'too long'],
    ['QA1 1AA', 'Q never starts a postcode'],
    ['SI1 1AA', 'I is never the second letter'],
    ['SW1I 1AA', 'I never ends an AA9A outward code'],
    ['W1I 1AA', 'I never ends an A9A outward code'],
    ['SW123 1AA', 'at most two district digits'],
    ['SW1A 1CA', 'C is never an inward letter'],
    ['SW1A AAA', 'the inward code starts with a digit'],
    ['SW1A-1AA', 'punctuation'],
    ['GIR 1AA', 'GIR only with 0AA'],
  ])('rejects %j (%s)', (input) => {
    expect(parseUkPostcode(input)).toBeNull();
  });
});

describe('isUkPostcode', () => {
  it('accepts postcodes in any spacing and case, and nothing that is not text', () => {
    expect(isUkPostcode('sw1a1aa')).toBe(true);
    expect(isUkPostcode('nope')).toBe(false);
    expect(isUkPostcode(12345)).toBe(false);
    expect(isUkPostcode(null)).toBe(false);
  });
});

describe('postcode areas and districts', () => {
  it.each(['SW', 'M', 'EC', 'W', 'ZE'])('%s is an area', (value) => expect(isUkPostcodeArea(value)).toBe(true));

  it.each(['M1', 'M11', 'SW1', 'SW1A', 'EC1A', 'W1A', 'N1C', 'NW1W', 'DN55'])('%s is a district', (value) =>
    expect(isUkPostcodeDistrict(value)).toBe(true),
  );

  it.each([
    ['sw', 'not upper-case'],
    ['QA', 'Q never starts a postcode'],
    ['SI', 'I is never the second letter'],
    ['SWA', 'at most two letters'],
    ['SW1A 1AA', 'a full postcode'],
    [42, 'not text'],
  ])('%j is not an area (%s)', (value: unknown, _reason: string) => expect(isUkPostcodeArea(value)).toBe(false));

  it.each([
    ['SW', 'an area'],
    ['SW123', 'at most two digits'],
    ['SW1I', 'I never ends an AA9A district'],
    ['SW1A1AA', 'a full postcode'],
    [null, 'not text'],
  ])('%j is not a district (%s)', (value: unknown, _reason: string) => expect(isUkPostcodeDistrict(value)).toBe(false));

  it.each([
    ['EC1A', 'EC'],
    ['M1', 'M'],
  ])('the area of %s is %s', (district, area) => expect(ukPostcodeAreaOf(district)).toBe(area));
});
