/**
 * Phrases that name a subject of the domain (a token, a parameter, an app, a
 * file), not an error. An alias is a name only one error goes by: pasted
 * whole into the search box it opens that code, so an alias equal to one of
 * these would send "access token 过期了" or "授权失败" to whichever code
 * happened to claim it. Compared without case, width or separators, so
 * "access token" also stands for access_token and AccessToken. Extend the list when a new subject appears in the codes.
 */
export const GENERIC_SUBJECTS: readonly string[] = [
  // OAuth parameters and credentials, by their names and in plain words
  'access token',
  'refresh token',
  'id token',
  'authorization code',
  'auth code',
  'code',
  'token',
  'redirect uri',
  'redirect url',
  'callback url',
  'client id',
  'client secret',
  'app id',
  'app key',
  'app secret',
  'app ticket',
  'grant type',
  'response type',
  'scope',
  'state',
  'signature',
  // What the codes are about
  'app',
  'application',
  'user',
  'company',
  'file',
  'folder',
  'permission',
  'oauth',
  'open api',
  'error',
  // The same subjects in Chinese
  '令牌',
  '访问令牌',
  '刷新令牌',
  '授权',
  '授权码',
  '回调地址',
  '重定向地址',
  '应用',
  '应用密钥',
  '用户',
  '企业',
  '文件',
  '文件夹',
  '权限',
  '签名',
  '接口',
  '参数',
  '开放平台',
];
