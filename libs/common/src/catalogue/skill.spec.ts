import { isSkill, normaliseSkill } from './skill';

describe('skills', () => {
  it.each(['dashcam', 'tracker', 'fleet-camera', '4g-router'])('accepts %s', (value) => expect(isSkill(value)).toBe(true));

  it.each(['', 'Dashcam', 'dash cam', 'fleet_camera', '-tracker', 'tracker-', 'fleet--camera', 'x'.repeat(41), null])(
    'rejects %j',
    (value) => expect(isSkill(value)).toBe(false),
  );

  it('normalises case and surrounding space', () => {
    expect(normaliseSkill(' Fleet-Camera ')).toBe('fleet-camera');
  });
});
