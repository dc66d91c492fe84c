import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { databaseConnectFailure, describeStartupFailure, embeddedPostgresFailure, listenFailure, StartupError } from '../../src/startup-error';

const where = { databaseDir: '.data/postgres', port: 54329 };

describe('start-up failures name their cause and remedy', () => {
  it('names the process that holds the embedded PostgreSQL data folder', () => {
    const log = '2026-11-30 00:10:00.000 UTC [4242] FATAL:  lock file "postmaster.pid" already exists\n'
      + '2026-11-30 00:10:00.000 UTC [4242] HINT:  Is another postmaster (PID 31337) running in data directory "/srv/cataleg/.data/postgres"?\n';
    assert.equal(embeddedPostgresFailure(log, where).message,
      'The embedded PostgreSQL under .data/postgres is in use by process 31337 (another instance of this service?); stop it, or set DATA_DIR to another folder.');
  });

  it('names the embedded port when it is taken', () => {
    const log = 'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\n'
      + 'HINT:  Is another postmaster already running on port 54329? If not, wait a few seconds and retry.\n'
      + 'WARNING:  could not create listen socket for "127.0.0.1"\nFATAL:  could not create any TCP/IP sockets\n';
    assert.match(embeddedPostgresFailure(log, where).message, /^Port 54329 is taken.*set EMBEDDED_POSTGRES_PORT/);
  });

  it('quotes PostgreSQL\'s fatal lines for anything else', () => {
    const message = embeddedPostgresFailure('FATAL:  database files are incompatible with server\n', where).message;
    assert.match(message, /did not start: FATAL: {2}database files are incompatible with server/);
    assert.match(message, /DATABASE_URL/);
  });

  it('names PORT when the HTTP port is taken, HOST when it is not this machine\'s', () => {
    const taken = Object.assign(new Error('listen EADDRINUSE: address already in use 0.0.0.0:4000'), { code: 'EADDRINUSE' });
    assert.match(listenFailure(taken, { host: '0.0.0.0', port: 4000 }).message, /^Port 4000 on 0\.0\.0\.0 is taken.*set PORT/);
    assert.match(listenFailure(Object.assign(new Error('x'), { code: 'EADDRNOTAVAIL' }), { host: '10.9.9.9', port: 4000 }).message, /set HOST/);
  });

  it('names DATABASE_URL when its database cannot be used, without its password', () => {
    const url = 'postgresql://cataleg:secret@db.example:5433/cataleg';
    const refused = databaseConnectFailure(new Error('connect ECONNREFUSED'), url, 'ECONNREFUSED').message;
    assert.equal(refused, 'Cannot reach the database cataleg at db.example:5433 (ECONNREFUSED); check DATABASE_URL and that PostgreSQL is running.');
    assert.match(databaseConnectFailure(Object.assign(new Error('password authentication failed'), { code: '28P01' }), url, null).message, /refused the user or password in DATABASE_URL/);
    assert.match(databaseConnectFailure(Object.assign(new Error('database "x" does not exist'), { code: '3D000' }), url, null).message, /does not exist/);
    assert.doesNotMatch(refused, /secret/);
  });

  it('never prints "undefined"', () => {
    assert.equal(describeStartupFailure(undefined), 'an unknown error (nothing was reported)');
    assert.equal(describeStartupFailure(new StartupError('Port 1 is taken')), 'Port 1 is taken');
    assert.equal(describeStartupFailure(new Error('')), 'Error');
  });
});
