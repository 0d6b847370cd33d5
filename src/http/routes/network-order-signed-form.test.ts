import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { formHash, seedNap, seedProduct } from '../../network/use-cases/network-order-test-support.ts';
import type { HttpServer } from '../server.ts';

/*
 * vn:2.3.3: the provider sends the signed order form's file with the order; the server checks its
 * kind and size, computes its SHA-256, keeps it, and gives it back to staff and to that provider only.
 */

const pdf = Buffer.from('%PDF-1.7\n% aanvraagformulier, getekend door A. Klant\n%%EOF\n');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeEachStore('the signed order form over HTTP', (database) => {
  let server: HttpServer;
  let provider = '';
  let otherProvider = '';
  let customer = '';
  let product = '';
  let nap = '';
  beforeAll(async () => {
    const { db } = database();
    server = await httpServerOn(database());
    await seedCustomers(db, ['CU-FORM', 'CU-FORM-ERASED']);
    nap = await seedNap(db, 'CU-FORM');
    const admit = async (name: string) => {
      const admitted = await send('POST', '/providers', {
        name,
        email: `o@${name.toLowerCase()}.example`,
        helpdeskEmail: `h@${name.toLowerCase()}.example`,
      });
      const id = admitted.json().provider.id as string;
      return { id, token: (await send('POST', `/providers/${id}/tokens`, { name: 'orders' })).json().secret };
    };
    const first = await admit('Formnet');
    provider = first.token;
    product = await seedProduct(db, first.id);
    otherProvider = (await admit('Othernet')).token;
    const user = await createTestUser(db, { role: 'customer', customerId: 'CU-FORM' });
    customer = await userTokenFor(db, user.id);
  });
  afterAll(() => server.close());

  function send(method: 'GET' | 'POST', url: string, payload?: unknown, bearer?: string) {
    return server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
  }
  const order = (signedForm: Record<string, unknown>, customerId = 'CU-FORM', napId = nap) =>
    send(
      'POST',
      '/network-orders',
      {
        kind: 'third-party-service',
        customerId,
        productId: product,
        napId,
        signedForm: { fileName: 'aanvraag.pdf', signedOn: '2026-11-21', signedBy: 'A. Klant', ...signedForm },
      },
      provider,
    );
  const problemsOf = (answer: Awaited<ReturnType<typeof send>>) =>
    (answer.json().errors as { field: string; problem: string }[]).map((e) => `${e.field}: ${e.problem}`);

  it('keeps the file sent with the order, fingerprinted by the server, for staff and the provider that sent it', async () => {
    const submitted = await order({ content: pdf.toString('base64') });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { id, signedForm } = submitted.json();
    expect(signedForm).toEqual({
      fileName: 'aanvraag.pdf',
      sha256: sha256(pdf),
      signedOn: '2026-11-21',
      signedBy: 'A. Klant',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });

    for (const bearer of [provider, undefined]) {
      const file = await send('GET', `/network-orders/${id}/signed-form`, undefined, bearer);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="aanvraag.pdf"/);
      expect(file.headers['repr-digest']).toBe(
        `sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`,
      );
      expect(file.rawPayload.equals(pdf)).toBe(true);
    }
    for (const bearer of [otherProvider, customer])
      expect((await send('GET', `/network-orders/${id}/signed-form`, undefined, bearer)).statusCode).toBe(
        404,
      );
  });

  it('takes a PNG or a JPEG scan too, and a given SHA-256 or media type only when it is the file’s', async () => {
    const scan = await order({ fileName: 'scan.png', content: png.toString('base64'), sha256: sha256(png) });
    expect(scan.statusCode, scan.body).toBe(201);
    const file = await send('GET', `/network-orders/${scan.json().id}/signed-form`);
    expect(file.headers['content-type']).toBe('image/png');

    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const photo = await order({
      fileName: 'foto.jpg',
      content: jpeg.toString('base64'),
      mediaType: 'image/jpeg',
    });
    expect(photo.json().signedForm).toMatchObject({ mediaType: 'image/jpeg', sha256: sha256(jpeg) });

    const wrongHash = await order({ content: pdf.toString('base64'), sha256: 'a'.repeat(64) });
    expect(wrongHash.statusCode).toBe(400);
    expect(problemsOf(wrongHash)).toEqual([
      `signedForm.sha256: is not the SHA-256 of the file sent, which is ${sha256(pdf)}`,
    ]);
    const wrongType = await order({ content: png.toString('base64'), mediaType: 'application/pdf' });
    expect(problemsOf(wrongType)).toEqual([
      'signedForm.mediaType: is application/pdf, but the file is image/png',
    ]);
  });

  it('refuses a file over 5 MiB or of another kind by name, and keeps nothing', async () => {
    const before = (await send('GET', '/network-orders')).json().length;
    const large = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await order({ content: large.toString('base64') });
    expect(tooLarge.statusCode).toBe(400);
    expect(problemsOf(tooLarge)).toEqual([
      'signedForm.content: is 5.0 MiB; a signed form may be at most 5 MiB',
    ]);

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const otherKind = await order({ fileName: 'form.gif', content: gif.toString('base64') });
    expect(problemsOf(otherKind)).toEqual([
      'signedForm.content: is not a PDF, PNG or JPEG file: send the signed form as one of those',
    ]);
    const notBase64 = await order({ content: 'this is not base64!' });
    expect(problemsOf(notBase64)).toEqual(['signedForm.content: must be the file, not empty, in base64']);
    expect((await send('GET', '/network-orders')).json()).toHaveLength(before);
  });

  it('still takes a fingerprint only, as before files were kept: then there is no file to fetch', async () => {
    const fingerprinted = await order({ sha256: formHash(7001) });
    expect(fingerprinted.statusCode, fingerprinted.body).toBe(201);
    expect(fingerprinted.json().signedForm).not.toHaveProperty('mediaType');
    const file = await send('GET', `/network-orders/${fingerprinted.json().id}/signed-form`);
    expect(file.statusCode).toBe(404);
    expect(file.json().detail).toMatch(/signed form of network order/);
  });

  it('exports the file with the end user’s data, and erases it with the end user (vn:5.1)', async () => {
    const napOfErased = await seedNap(database().db, 'CU-FORM-ERASED');
    const submitted = await order({ content: pdf.toString('base64') }, 'CU-FORM-ERASED', napOfErased);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const exported = await send('GET', '/customers/CU-FORM-ERASED/data-export');
    expect(exported.json().tables.network_order_forms).toEqual([
      expect.objectContaining({
        order_id: submitted.json().id,
        sha256: sha256(pdf),
        file_name: 'aanvraag.pdf',
      }),
    ]);
    const erased = await send('POST', '/customers/CU-FORM-ERASED/erase', { reason: 'asked by the end user' });
    expect(erased.statusCode, erased.body).toBe(200);
    const after = await send('GET', '/customers/CU-FORM-ERASED/data-export');
    expect(after.json().tables.network_order_forms).toBeUndefined();
    expect((await send('GET', `/network-orders/${submitted.json().id}/signed-form`)).statusCode).toBe(404);
  });
});
