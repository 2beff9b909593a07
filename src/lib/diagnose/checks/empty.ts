/** No parameter is sent with an empty value (`code=`): to the server that is the same as leaving it out. */
import { consequenceFor, type Check } from '../finding';
import { FACT_CODES, FACT_GUIDES, factFor } from '../param-facts';
import { sentParams } from '../request';

export const emptyValueCheck: Check = {
  id: 'empty',
  label: '没有空值参数',
  guides: FACT_GUIDES,
  codes: FACT_CODES,
  appliesTo: () => true,
  run: ({ request, endpoint }) =>
    sentParams(request)
      .filter((p) => p.name !== '' && p.value.trim() === '')
      .map((p) => {
        const fact = factFor(p.name);
        return {
          check: 'empty',
          severity: 'error' as const,
          title: `\`${p.name}\` 的值是空的，服务器会当作没有传。通常是拼接时变量还没有取到值。`,
          fragment: p.raw,
          fix: `检查生成 \`${p.name}\` 的代码：变量名拼写、配置是否加载、异步取值是否完成；不需要的参数就整个去掉。`,
          consequence: consequenceFor(endpoint.generation, fact),
          guide: fact.guide,
        };
      }),
};
