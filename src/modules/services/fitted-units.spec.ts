import { checkReportedDevices, UnitsToRecord } from './fitted-units';

const TRACKER: UnitsToRecord = { productId: 'tracker', sku: 'TR-1', quantity: 2, identifiers: ['imei', 'iccid'] };
const CAMERA: UnitsToRecord = { productId: 'camera', sku: 'DC-1', quantity: 1, identifiers: ['serial'] };
const CABLE: UnitsToRecord = { productId: 'cable', sku: 'CB-1', quantity: 1, identifiers: [] };

const fields = (errors: Array<{ field: string }>) => errors.map((error) => error.field);

describe('checkReportedDevices', () => {
  it('accepts one entry per unit with exactly its identifiers', () => {
    expect(
      checkReportedDevices(
        [
          { productId: 'tracker', imei: '490154203237518', iccid: '8944500102198304826' },
          { productId: 'camera', serial: 'SN-1', position: 'windscreen' },
          { productId: 'tracker', imei: '353879234252633', iccid: '89441000303036404158' },
        ],
        [TRACKER, CAMERA, CABLE],
      ),
    ).toEqual([]);
  });

  it('needs nothing when no product declares identifiers', () => {
    expect(checkReportedDevices([], [CABLE])).toEqual([]);
    expect(checkReportedDevices([], [])).toEqual([]);
  });

  it('names each missing unit by the index it would have had', () => {
    const errors = checkReportedDevices([{ productId: 'tracker', imei: '490154203237518', iccid: '8944500102198304826' }], [TRACKER, CAMERA]);
    expect(fields(errors)).toEqual(['devices.1.productId', 'devices.2.productId']);
  });

  it('names a missing identifier, an undeclared one, and one given twice', () => {
    const errors = checkReportedDevices(
      [
        { productId: 'tracker', imei: '490154203237518' },
        { productId: 'tracker', imei: '490154203237518', iccid: '8944500102198304826', serial: 'X' },
        { productId: 'camera', serial: 'SN-1' },
      ],
      [TRACKER, CAMERA],
    );
    expect(fields(errors)).toEqual(['devices.0.iccid', 'devices.1.imei', 'devices.1.serial']);
  });

  it('names surplus entries: a product the task does not fit, one without identifiers, one unit too many', () => {
    const errors = checkReportedDevices(
      [
        { productId: 'camera', serial: 'SN-1' },
        { productId: 'camera', serial: 'SN-2' },
        { productId: 'cable' },
        { productId: 'unknown', imei: '490154203237518' },
      ],
      [CAMERA, CABLE],
    );
    expect(fields(errors)).toEqual(['devices.1.productId', 'devices.2.productId', 'devices.3.productId']);
  });
});
