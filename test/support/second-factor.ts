import { Secret, TOTP } from 'otpauth';
import type { GraphqlClient } from './graphql-client';
import type { TestApp } from './test-app';

export const START_ENROLMENT = `mutation { startSecondFactorEnrolment { secret uri qrCodeDataUrl } }`;
export const CONFIRM = `mutation Confirm($input: SecondFactorCodeInput!) { confirmSecondFactor(input: $input) { codes } }`;
export const VERIFY = `mutation Verify($input: SecondFactorCodeInput!) { verifySecondFactor(input: $input) { id email } }`;
export const STAGE = `{ signInStage }`;

/** The code an authenticator app shows for `secret` at `timestamp` (as a test's phone would). */
export function codeAt(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp,
  });
}

/**
 * A code the server has not accepted yet: the one of the time step after the last one used (within the ±1
 * step window the server allows, whatever the clock does during the test).
 */
export async function freshCode(t: Pick<TestApp, 'db'>, userId: string, secret: string): Promise<string> {
  const [row]: { step: string | null }[] = await t.db.dataSource.query(
    'SELECT totp_last_step AS step FROM users WHERE id = $1',
    [userId],
  );
  const step =
    row?.step === null || row?.step === undefined ? Math.floor(Date.now() / 30_000) : Number(row.step) + 1;
  return codeAt(secret, step * 30_000);
}

/** Turns two-step sign-in on for a signed-in client; returns the secret and the recovery codes. */
export async function enrol(client: GraphqlClient, t: Pick<TestApp, 'db'>, userId: string) {
  const { startSecondFactorEnrolment } = await client.ok<{
    startSecondFactorEnrolment: { secret: string; uri: string; qrCodeDataUrl: string };
  }>(START_ENROLMENT);
  const { secret } = startSecondFactorEnrolment;
  const { confirmSecondFactor } = await client.ok<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, {
    input: { code: await freshCode(t, userId, secret) },
  });
  return { secret, recoveryCodes: confirmSecondFactor.codes, enrolment: startSecondFactorEnrolment };
}
