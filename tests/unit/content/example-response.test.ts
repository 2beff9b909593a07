import { describe, expect, it } from 'vitest';
import { exampleResponse } from '../../../src/lib/content/example-response';

describe('exampleResponse', () => {
  it('is valid JSON in the oauthapi/v2 shape, message unchanged', () => {
    const message = '回调地址不合法,常见原因请见:"引号"';
    expect(JSON.parse(exampleResponse(100010, message))).toEqual({ result: 100010, msg: message });
  });
});
