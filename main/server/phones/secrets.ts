import { randomBytes, randomInt } from 'node:crypto';

/** The join code's alphabet: no 0/O or 1/I, so it can be read aloud and typed without doubt. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh six-letter join code (32^6 ≈ 10^9 codes; a flood of guesses is rate limited). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 192 random bits, url-safe: one phone's join, unguessable. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** An opaque id the console may see (tokens never leave the phone and the host). */
export function newPhoneId(): string {
  return randomBytes(9).toString('base64url');
}

/** Equal-time string comparison, so a token cannot be guessed from response times. */
export function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
