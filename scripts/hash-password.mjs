#!/usr/bin/env node
// Prints BASIC_AUTH_PASSWORD_HASH for a password: `npm run hash-password -- 'secret'`, or pipe the
// password on stdin so it stays out of the shell history. Format: scrypt$<salt b64>$<hash b64>
// (Node's scrypt defaults N=16384, r=8, p=1), checked by server/access.ts.
import { randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

const fromArg = process.argv[2];
const password = fromArg ?? readFileSync(0, 'utf8').replace(/\r?\n$/, '');
if (!password) {
  console.error('Give the password as an argument or on stdin.');
  process.exit(1);
}
const salt = randomBytes(16);
const hash = scryptSync(password, salt, 32);
console.log(`scrypt$${salt.toString('base64')}$${hash.toString('base64')}`);
