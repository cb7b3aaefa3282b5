import { mongo } from 'mongoose';
import { AppError, ErrorCode, ErrorReason, codeOf, databaseUnavailable, refusal } from './errors';

// The errors of a hung or unreachable database as the driver raises them (the fault tests in
// test/faults/database-outage.test.ts produce them for real with a stopped and a frozen FerretDB).
const named = (name: string, message: string) => Object.assign(new Error(message), { name });
const serverError = (code: number, codeName: string) =>
  new mongo.MongoServerError({ ok: 0, code, codeName, errmsg: codeName });

describe('databaseUnavailable', () => {
  it.each([
    ['a refused or closed connection', new mongo.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed')],
    ['a command or handshake timing out', new mongo.MongoNetworkTimeoutError('connection 1 to 127.0.0.1 timed out')],
    [
      'no server within serverSelectionTimeoutMS',
      new mongo.MongoServerSelectionError('Server selection timed out', {} as never),
    ],
    [
      'commands interrupted by a failed heartbeat',
      named('PoolClearedOnNetworkError', 'interrupted due to server monitor timeout'),
    ],
    ['no free connection in time', named('MongoWaitQueueTimeoutError', 'Timed out while checking out a connection')],
    ['a client being closed', new mongo.MongoTopologyClosedError()],
    ['a primary stepping down', serverError(189, 'PrimarySteppedDown')],
    ['a server shutting down', serverError(91, 'ShutdownInProgress')],
    [
      'an outage kept as the cause of another error',
      new Error('restoring places', { cause: new mongo.MongoNetworkError('closed') }),
    ],
  ])('is UNAVAILABLE (retryable) for %s', (_case, error) => {
    expect(databaseUnavailable(error)).toMatchObject({ code: ErrorCode.UNAVAILABLE, details: { retryable: true } });
  });

  it('leaves the errors of a command the database refused to the caller', () => {
    expect(databaseUnavailable(serverError(11000, 'DuplicateKey'))).toBeNull();
    expect(databaseUnavailable(new Error('plain bug'))).toBeNull();
    expect(databaseUnavailable('not an error')).toBeNull();
  });
});

describe('error reasons', () => {
  it('sends every reason under CONFLICT or FORBIDDEN, the codes that cover several situations', () => {
    const codes = Object.values(ErrorReason).map((reason) => [reason, codeOf(reason)]);
    expect(codes.filter(([, code]) => code !== ErrorCode.CONFLICT && code !== ErrorCode.FORBIDDEN)).toEqual([]);
    expect(codeOf(ErrorReason.ALREADY_REVIEWED)).toBe(ErrorCode.CONFLICT);
    expect(codeOf(ErrorReason.OTHER_ORGANIZATION)).toBe(ErrorCode.FORBIDDEN);
  });

  it('puts the reason beside the code and before the details in what a client reads', () => {
    const error = refusal(ErrorReason.IMPORT_RUNNING, 'Source "x" is being imported.', { retryable: true });
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'IMPORT_RUNNING', retryable: true });
    expect(new AppError(ErrorCode.NOT_FOUND, 'No such place.').extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('cannot build a CONFLICT or FORBIDDEN without a reason (checked by the typecheck)', () => {
    // @ts-expect-error CONFLICT needs a reason
    expect(new AppError(ErrorCode.CONFLICT, 'Something changed.').reason).toBeUndefined();
    // @ts-expect-error FORBIDDEN needs a reason
    expect(new AppError(ErrorCode.FORBIDDEN, 'No.').reason).toBeUndefined();
  });
});
