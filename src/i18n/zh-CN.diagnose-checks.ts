/**
 * zh-CN text of the request diagnosis checks: each check's label and its
 * findings' titles and fixes. Text in `backticks` is shown as code. Part of
 * the zh-CN table (zh-CN.ts spreads it in); a file of its own so that the
 * diagnosis, which runs in the browser, carries only these strings.
 */
export const zhCNDiagnoseChecks = {
  'checkCallbackError.label': '回调里没有 error 参数',
  'checkCallbackError.title': '回调带回的是错误 `{error}` 而不是 code{description}。{denied}',
  'checkCallbackError.description': '：“{description}”',
  'checkCallbackError.denied': '通常表示用户拒绝了授权。',
  'checkCallbackError.fix': '不要去换令牌；给用户一个重新授权的入口。如果不是用户拒绝，按错误名检查授权链接的参数。',

  'checkDuplicates.label': '没有重复的参数',
  'checkDuplicates.title': '`{name}` 出现了 {count} 次{differ}；OAuth 参数只能出现一次，服务器读哪一个无法预料。',
  'checkDuplicates.differ': '，而且值不同',
  'checkDuplicates.fix': '只保留一个 `{name}`。常见原因是基础 URL 里已经带了参数，代码又追加了一次。',

  'checkEmpty.label': '没有空值参数',
  'checkEmpty.title': '`{name}` 的值是空的，服务器会当作没有传。通常是拼接时变量还没有取到值。',
  'checkEmpty.fix': '检查生成 `{name}` 的代码：变量名拼写、配置是否加载、异步取值是否完成；不需要的参数就整个去掉。',

  'checkEncoding.placeQuery': '查询串',
  'checkEncoding.placeJson': 'JSON 请求体',
  'checkEncoding.placeForm': '表单编码（application/x-www-form-urlencoded）的请求体',
  'checkEncoding.label': '参数位置与请求体编码（查询串、表单或 JSON）',
  'checkEncoding.inQueryTitle': '参数放在了 URL 查询串里，这个接口要求放在{place}中。{secret}',
  'checkEncoding.inQuerySdkTitle':
    '参数放在了 URL 查询串里；公开 SDK 的写法是放在{place}中，旧版文档没有说明这个接口是否读取查询串。{secret}',
  'checkEncoding.secretInQuery': '密钥 `{name}` 出现在 URL 里，还可能被网关和日志记录。',
  'checkEncoding.inQueryFix': '把参数从 URL 移到{place}。',
  'checkEncoding.bodyIgnoredTitle':
    '参数放在了请求体里；{basis}放在 URL 查询串里，没有文档说明这个接口是否读取请求体。',
  'checkEncoding.basisSdk': '公开 SDK 的写法是',
  'checkEncoding.basisDocs': 'WPS 365 文档的写法是',
  'checkEncoding.bodyIgnoredFix': '把参数放进 URL 的查询串，并对每个值做 URL 编码。',
  'checkEncoding.notFormTitle':
    '请求体是 {encoding}，`/oauth2/token` 要求表单编码（application/x-www-form-urlencoded）。',
  'checkEncoding.notFormFix':
    '发送 `grant_type=…&client_id=…` 形式的表单，并设置 `Content-Type: application/x-www-form-urlencoded`（curl 用 `--data-urlencode`）。',
  'checkEncoding.noContentTypeTitle': '请求没有 `Content-Type` 请求头，服务器可能不按表单解析请求体。',
  'checkEncoding.noContentTypeFix': '加上 `Content-Type: application/x-www-form-urlencoded`。',
  'checkEncoding.notJsonTitle':
    '公开 SDK 的写法是以 JSON 请求体发送旧版刷新接口的参数，这里用的是另一种编码；旧版文档没有说明接口是否接受其他编码。',
  'checkEncoding.notJsonFix':
    '发送 `{"appid":"…","appkey":"…","refresh_token":"…"}`，并设置 `Content-Type: application/json`。',

  'checkEndpointPath.label': '请求地址与 API 代别（oauthapi/v2 或 oauth2）',
  'checkEndpointPath.authorizeTitle': 'WPS 365 的授权地址是 `/oauth2/auth`，不是很多平台惯用的 `/oauth2/authorize`。',
  'checkEndpointPath.authorizeFix': '把地址改为 `https://openapi.wps.cn/oauth2/auth`。',
  'checkEndpointPath.refreshTitle': '这是刷新请求，却发到了换取 code 的地址 `/oauthapi/v2/token`。',
  'checkEndpointPath.refreshFix':
    '旧版刷新令牌用 `POST /oauthapi/v2/token/refresh`；公开 SDK 的写法是以 JSON 请求体携带 `appid`、`appkey`、`refresh_token`。',

  'checkGenerationNames.label': '参数名属于同一代接口（appid/appkey 或 client_id/client_secret）',
  'checkGenerationNames.title':
    '`{name}` 是{generation}的参数名；这个接口的参数名是 `{expected}`，服务器通常读不到 `{name}`，相当于没有传。',
  'checkGenerationNames.newGeneration': '新版接口（WPS 365 oauth2）',
  'checkGenerationNames.oldGeneration': '旧版接口（oauthapi/v2）',
  'checkGenerationNames.fix': '把 `{name}` 改名为 `{expected}`（值不变），或者改用与这组参数名配套的那一代接口地址。',

  'checkGrantType.label': 'grant_type 取值（authorization_code、refresh_token、client_credentials）',
  'checkGrantType.title': '`grant_type` 的值 `{value}` 不是文档列出的授权类型。',
  'checkGrantType.fixNear': '改为 `grant_type={near}`（区分大小写，用下划线）。',
  'checkGrantType.fix':
    '用 `authorization_code`（code 换令牌）、`refresh_token`（刷新）或 `client_credentials`（应用令牌）。',

  'checkMethod.label': 'HTTP 方法（旧版换取用 GET，旧版刷新和新版令牌接口用 POST）',
  'checkMethod.title': '{endpoint}：要用 `{expected}`，这里用了 `{actual}`。',
  'checkMethod.fixPost': '改用 `POST`{place}。',
  'checkMethod.placeForm': '，参数放在表单编码的请求体里',
  'checkMethod.placeJson': '，参数放在 JSON 请求体里（公开 SDK 的写法）',
  'checkMethod.fixGet': '改用 `GET`，参数放在查询串里。',

  'checkPercentEncoding.label': '百分号编码完整有效',
  'checkPercentEncoding.title':
    '`{name}` 的编码不完整：有 `%` 后面不是两位十六进制数，或字节不能组成 UTF-8 字符，可能是复制时被截断或手工拼接出错。',
  'checkPercentEncoding.fix': '用标准库的编码函数（如 `encodeURIComponent`）重新生成这个值，不要手工拼接或截断。',

  'checkRedirectHttps.label': '公网回调地址使用 https',
  'checkRedirectHttps.title':
    '回调地址在公网主机 `{host}` 上却用 `http://`：code 会以明文经过网络；如果开发者后台登记的是 `https://`，两者也对不上。',
  'checkRedirectHttps.fix':
    '回调地址改用 `https://`，并与开发者后台登记的值保持一致；部署在反向代理之后时，不要从请求头推导协议。',

  'checkRedirectUri.label': 'redirect_uri 是完整地址，只编码一次，没有未编码的“?”、“&”或空格',
  'checkRedirectUri.doubleTitle':
    '`redirect_uri` 被编码了两次：`{encoded}` 解码一次后还是 `%{once}`，与登记的地址对不上。',
  'checkRedirectUri.doubleFix':
    '只对原始地址编码一次，例如 `encodeURIComponent("https://app.example.com/wps/callback")`；不要对已编码的值或整条授权链接再编码。',
  'checkRedirectUri.notAbsoluteTitle':
    '`redirect_uri` 不是带协议头的完整地址。回调地址要写完整 URL（如 `https://app.example.com/wps/callback`），不能只写域名或相对路径。',
  'checkRedirectUri.notAbsoluteFix': '使用与开发者后台登记值完全相同的完整地址，包括 `https://`。',
  'checkRedirectUri.spaceTitle': '`redirect_uri` 里有空白（`{space}`），通常是复制时带进了空格或换行。',
  'checkRedirectUri.space': '空格',
  'checkRedirectUri.spaceFix': '去掉地址首尾和中间的空白，再编码。',
  'checkRedirectUri.swallowedTitle':
    '`redirect_uri` 自带的查询串没有编码：`{params}` 被当成了这个请求自己的参数，回调地址在 `&` 处被截断。',
  'checkRedirectUri.ownQueryTitle':
    '`redirect_uri` 里有未编码的 `?`，它后面如果还有 `&`，那一段就会被当成这个请求自己的参数。',
  'checkRedirectUri.ownQueryFix': '对整个回调地址做 URL 编码（`?` → `%3F`，`&` → `%26`，`=` → `%3D`）。',
  'checkRedirectUri.unencodedTitle':
    '`redirect_uri` 没有做 URL 编码。WPS 365 文档要求传编码后的值；地址里一旦有 `?`、`&` 或 `#` 就会出错。',
  'checkRedirectUri.unencodedFix': '传 `{encoded}`（用 `encodeURIComponent` 或标准库的编码函数生成）。',

  'checkRequired.label': '必填参数（按接口和 grant_type）',
  'checkRequired.inFragmentTitle': '`{name}` 写在了 `#` 之后，服务器收不到，等于没有传。',
  'checkRequired.missingTitle': '缺少必填参数 `{name}`。',
  'checkRequired.missingFragment': '（没有 {name}）',
  'checkRequired.inFragmentFix': '把 `{name}` 移到 `#` 之前的查询串里；回调地址里的 `#` 要编码成 `%23`。',
  'checkRequired.missingFix': '加上 `{name}`{basicAuth}。',
  'checkRequired.basicAuth': '（WPS 365 文档的写法是放在表单请求体里，文档没有提到 HTTP Basic 认证头）',

  'checkResponseType.label': 'response_type 只能是 code',
  'checkResponseType.implicitTitle':
    '`response_type=token` 是隐式授权；我们没有找到描述这种方式的 WPS 文档，WPS 365 的授权文档要求参数值必须为 `code`。',
  'checkResponseType.title': '`response_type` 的值 `{value}` 不被接受，只能是 `code`。',
  'checkResponseType.fix': '改为 `response_type=code`，拿到 code 后在服务端换取令牌。',

  'checkScope.plus': '`+`（在查询串里表示空格）',
  'checkScope.space': '空格',
  'checkScope.fullWidthComma': '全角逗号 `，`',
  'checkScope.enumerationComma': '顿号 `、`',
  'checkScope.semicolon': '分号',
  'checkScope.bar': '竖线 `|`',
  'checkScope.label': 'scope 用英文逗号分隔',
  'checkScope.title':
    '多个 scope 之间用了{separators}；公开文档的写法是英文逗号 `,`，用别的分隔符时，服务器可能把整串当作一个权限名。',
  'checkScope.fix': '改为 `scope={scope}`。',

  'checkState.label': 'state 存在且不是固定值',
  'checkState.missingCallbackTitle': '回调里没有 `state`：无法确认这次回调来自你自己发起的授权（CSRF 风险）。',
  'checkState.missingTitle':
    '授权链接没有 `state`：回调时无法确认请求来自你自己（CSRF 风险），也无法找回用户进入授权前的上下文。',
  'checkState.missingFragment': '（没有 state）',
  'checkState.missingCallbackFix':
    '授权链接里带上 `state`；回调时与会话中保存的值逐字比较，缺失或不一致就拒绝，不要去换令牌。',
  'checkState.missingFix': '每次发起授权时用密码学安全的随机数生成 `state`，保存在用户会话里，回调时逐字比较。',
  'checkState.fixedTitle': '`state` 是固定值 `{value}`，起不到防 CSRF 的作用。',
  'checkState.fixedFix': '每次授权生成新的随机 `state`（例如 16 字节随机数的十六进制），与用户会话绑定。',

  'checkUrlFragment.label': '没有参数落在 # 之后',
  'checkUrlFragment.title': 'URL 里有未编码的 `#`，其后的 {params} 只留在浏览器里，不会发送给服务器。',
  'checkUrlFragment.fix': '回调地址里的 `#` 要随整个 `redirect_uri` 一起编码（`#` → `%23`）；其他参数放在 `#` 之前。',

  'checkWhitespace.label': '参数值首尾没有空格或换行',
  'checkWhitespace.title': '`{name}` 的值首尾带有空白（空格、`+` 或换行），服务器会把它当作另一个值。',
  'checkWhitespace.fix': '去掉首尾空白后再编码；从配置文件或环境变量读取时先 `trim()`。',

  'checks.listSeparator': '、',

  'endpoint.oldAuthorize': '旧版授权链接 GET /oauthapi/v2/authorize',
  'endpoint.oldToken': '旧版用 code 换取令牌 GET /oauthapi/v2/token',
  'endpoint.oldRefresh': '旧版刷新令牌 POST /oauthapi/v2/token/refresh',
  'endpoint.newAuthorize': 'WPS 365 授权链接 GET /oauth2/auth',
  'endpoint.newToken': 'WPS 365 令牌接口 POST /oauth2/token',
  'endpoint.callback': '授权回调（WPS 跳回你的 redirect_uri）',
} as const;
