import { containsPattern } from './text-search';

describe('containsPattern', () => {
  it('wraps lower-cased text in wildcards', () => {
    expect(containsPattern('Dash CAM')).toBe('%dash cam%');
  });

  it('escapes LIKE wildcards and the escape character so they match literally', () => {
    expect(containsPattern('100%_off\\')).toBe('%100\\%\\_off\\\\%');
  });
});
