import request from 'supertest';
import sharp from 'sharp';
import { useTestApp } from '../../../test/app';
import { createOrganization, createStaff, gqlWith, sessionCookieFor } from '../../../test/staff';
import { BoardPhotoModel } from './board-photo.model';

type Any = any;
const t = useTestApp({ seedDemo: false });
const MB = 1024 * 1024;
const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString();

async function structureAccount() {
  const org = await createOrganization();
  const user = await createStaff('STRUCTURE', org);
  const cookie = await sessionCookieFor(user.id);
  const upload = (body: Buffer | string, type: string) =>
    request(t.app).post('/board/photos').set({ cookie, 'x-reemploi-upload': '1', 'content-type': type }).send(body);
  return { org, cookie, upload, gql: gqlWith(t.app, { cookie }) };
}

/** A JPEG from a phone: EXIF with the GPS position of someone's home and a description. */
const phonePhoto = () =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { ImageDescription: 'chez-moi-secret', Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '49/1 38/1 24/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 37/1 12/1' },
    })
    .toBuffer();

const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

describe('board photos', () => {
  it('stores a photo resized to 1600 px and without its EXIF/GPS metadata, served with its post', async () => {
    const { upload, gql, org } = await structureAccount();
    const original = await phonePhoto();
    const exif = (await sharp(original).metadata()).exif;
    expect(exif?.includes(Buffer.from('chez-moi-secret'))).toBe(true); // the test photo does carry it
    const res = await upload(original, 'image/jpeg');
    expect(res.status).toBe(201);
    expect(res.body.photo).toMatchObject({ width: 1600, height: 1200, url: `/board/photos/${res.body.photo.id}` });

    const stored = await BoardPhotoModel.findById(res.body.photo.id).orFail().lean();
    const data = Buffer.from(stored.data.buffer);
    const meta = await sharp(data).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1600, height: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(data.includes(Buffer.from('chez-moi-secret'))).toBe(false);
    expect(data.includes(Buffer.from('GPS'))).toBe(false);

    // Not on the board yet: the public does not get it; once an offer shows it, anyone does.
    expect((await request(t.app).get(res.body.photo.url)).status).toBe(404);
    const posted = await gql(
      `mutation($input: BoardPostInput!) { createBoardPost(input: $input) { id photos { url width } } }`,
      {
        input: {
          kind: 'OFFER',
          type: 'EQUIPMENT',
          title: 'Camion 20 m³ le mardi',
          pickupCommune: 'Valognes',
          photoIds: [res.body.photo.id],
          expiresAt: tomorrow(),
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.createBoardPost.photos).toEqual([{ url: res.body.photo.url, width: 1600 }]);
    const served = await request(t.app).get(res.body.photo.url).buffer(true);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect((await sharp(served.body as Buffer).metadata()).exif).toBeUndefined();
    expect(org).toBeTruthy();
  });

  it('refuses a 30 MB image (413 PAYLOAD_TOO_LARGE) and stores nothing', async () => {
    const { upload } = await structureAccount();
    const before = await BoardPhotoModel.countDocuments();
    const huge = Buffer.alloc(30 * MB, 0);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await upload(huge, 'image/jpeg');
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: 5 * MB });
    expect(await BoardPhotoModel.countDocuments()).toBe(before);
  });

  it('refuses an SVG with a script, declared as SVG or disguised as a PNG (415 UNSUPPORTED_TYPE), and stores nothing', async () => {
    const { upload } = await structureAccount();
    const before = await BoardPhotoModel.countDocuments();
    for (const type of ['image/svg+xml', 'image/png']) {
      const res = await upload(SVG_WITH_SCRIPT, type);
      expect(res.status).toBe(415);
      expect(res.body.errors[0].extensions.code).toBe('UNSUPPORTED_TYPE');
    }
    expect(await BoardPhotoModel.countDocuments()).toBe(before);
  });

  it('refuses a damaged image (400 UNREADABLE_IMAGE), anonymous uploads and sessions without the upload header', async () => {
    const { upload, cookie } = await structureAccount();
    const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const res = await upload(damaged, 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('UNREADABLE_IMAGE');
    const anonymous = await request(t.app)
      .post('/board/photos')
      .set('content-type', 'image/jpeg')
      .send(await phonePhoto());
    expect(anonymous.status).toBe(401);
    const noHeader = await request(t.app)
      .post('/board/photos')
      .set({ cookie, 'content-type': 'image/jpeg' })
      .send(await phonePhoto());
    expect(noHeader.body.errors[0].extensions.code).toBe('UPLOAD_HEADER_REQUIRED');
  });

  it('refuses a post naming another structure’s photo (UNKNOWN_PHOTO)', async () => {
    const mine = await structureAccount();
    const theirs = await structureAccount();
    const photo = (await theirs.upload(await phonePhoto(), 'image/jpeg')).body.photo;
    const res = await mine.gql(`mutation($input: BoardPostInput!) { createBoardPost(input: $input) { id } }`, {
      input: {
        kind: 'NEED',
        type: 'SPACE',
        title: 'Stockage',
        pickupCommune: 'Brix',
        photoIds: [photo.id],
        expiresAt: tomorrow(),
      },
    });
    expect((res.errors![0]!.extensions as Any).problem).toBe('UNKNOWN_PHOTO');
  });
});
