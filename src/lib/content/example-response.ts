/**
 * The example error body shown on a code page, in the shape of the older
 * oauthapi/v2 responses that this list belongs to.
 */
export function exampleResponse(code: number, message: string): string {
  return JSON.stringify({ result: code, msg: message }, null, 2);
}
