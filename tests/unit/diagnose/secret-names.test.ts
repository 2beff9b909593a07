import { describe, expect, it } from 'vitest';
import { isSecretName, nameWords } from '../../../src/lib/diagnose/secret-names';

describe('isSecretName', () => {
  it('splits names into words whatever the case or separator', () => {
    expect(nameWords('clientSecret')).toEqual(['client', 'secret']);
    expect(nameWords('X-Api-Key')).toEqual(['x', 'api', 'key']);
    expect(nameWords('AccessToken')).toEqual(['access', 'token']);
    expect(nameWords('OAUTHToken')).toEqual(['oauth', 'token']);
  });

  it('knows secrets under every name a client may give them', () => {
    for (const name of [
      'client_secret',
      'clientSecret',
      'ClientSecret',
      'app_secret',
      'APP-SECRET',
      'appkey',
      'AppKey',
      'X-Api-Key',
      'api.key',
      'refreshToken',
      'refresh_token',
      'AccessToken',
      'access-token',
      'id_token',
      'app_ticket',
      'password',
      'passwd',
      'db_pwd',
      'secret_value',
      'password_hash',
      'code',
      'Code',
      'auth_code',
      'authCode',
      'sms_code',
      'authorization_code',
      'Authorization',
      'Proxy-Authorization',
      'Cookie',
      'Set-Cookie',
      'credentials',
    ])
      expect(isSecretName(name), name).toBe(true);
  });

  it('leaves names that only mention a code, an id or a token type', () => {
    for (const name of [
      'appid',
      'client_id',
      'errcode',
      'error_code',
      'qrcode',
      'my.code',
      'result',
      'state',
      'scope',
      'token_type',
      'expires_in',
      'grant_type',
      'response_type',
      'redirect_uri',
      'keywords',
      'Content-Type',
      'Host',
      '',
    ])
      expect(isSecretName(name), name).toBe(false);
  });
});
