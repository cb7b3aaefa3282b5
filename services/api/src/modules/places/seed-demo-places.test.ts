import { useTestDatabase } from '../../../test/db';
import { PlaceModel } from './place.model';
import { parseDemoAddress, seedDemoPlaces } from './seed-demo-places';

describe('Cotentin demo data', () => {
  useTestDatabase();
  beforeAll(() => PlaceModel.init());

  it('loads the 23 demo places on first start and never duplicates them on restart', async () => {
    expect(await seedDemoPlaces()).toEqual({ created: 23, skipped: 0 });
    expect(await seedDemoPlaces()).toEqual({ created: 0, skipped: 23 });
    expect(await PlaceModel.countDocuments()).toBe(23);
    const slugs = await PlaceModel.distinct('slug');
    expect(slugs).toHaveLength(23);
  });

  it('keeps a change staff made to a demo place when seeding again', async () => {
    await PlaceModel.updateOne({ name: 'Emmaüs Cotentin' }, { $set: { status: 'CLOSED' } });
    await seedDemoPlaces();
    expect((await PlaceModel.findOne({ name: 'Emmaüs Cotentin' }).lean())!.status).toBe('CLOSED');
  });

  it('splits a French postal address into street and postcode', () => {
    expect(parseDemoAddress('5 bis rue Paul Doumer, 50100 Cherbourg-en-Cotentin')).toEqual({
      street: '5 bis rue Paul Doumer',
      postcode: '50100',
    });
    expect(parseDemoAddress('rue Jean-Bouin, Tourlaville')).toEqual({
      street: 'rue Jean-Bouin, Tourlaville',
      postcode: null,
    });
    expect(parseDemoAddress(undefined)).toEqual({ street: null, postcode: null });
  });
});
