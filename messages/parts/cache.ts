// Message keys of the shared-cache purge page, English and Simplified Chinese.
export const cacheEn = {
  'nav.cache': 'Cache purges',
  'cache.title': 'Cache purges',
  'cache.intro':
    'When the public site changes, Gazette tells every shared cache in front of it (Varnish, a CDN) which pages to forget. Each purge is kept here and retried until the cache acknowledges it.',
  'cache.noTargets':
    'No shared cache is configured (CACHE_PURGE_URLS is not set): the site is served by Gazette alone and nothing needs purging.',
  'cache.targets': 'Caches purged',
  'cache.counts': 'Waiting: {pending}; of them failing: {failing}.',
  'cache.empty': 'No purge has been written yet.',
  'cache.listLabel': 'Recent purges',
  'cache.colPurge': 'Purge',
  'cache.colCause': 'Change',
  'cache.colTags': 'Tags',
  'cache.colTarget': 'Cache',
  'cache.colAttempts': 'Attempts',
  'cache.colStatus': 'Status',
  'cache.delivered': 'Delivered {at}',
  'cache.pending': 'Waiting',
  'cache.failing': 'Failing, retrying: {error}',
  'cache.cause.settings': 'Site settings changed',
};

export const cacheZh: Record<keyof typeof cacheEn, string> = {
  'nav.cache': '缓存清除',
  'cache.title': '缓存清除',
  'cache.intro':
    '公开网站发生变化时，系统会通知其前端的每个共享缓存（Varnish 或 CDN）清除哪些页面。每次清除都记录在此，并在缓存确认之前持续重试。',
  'cache.noTargets': '未配置共享缓存（未设置 CACHE_PURGE_URLS）：网站仅由本系统直接提供，无需清除。',
  'cache.targets': '需清除的缓存',
  'cache.counts': '等待中：{pending}；其中失败：{failing}。',
  'cache.empty': '尚无清除记录。',
  'cache.listLabel': '最近的清除',
  'cache.colPurge': '清除',
  'cache.colCause': '变更',
  'cache.colTags': '标签',
  'cache.colTarget': '缓存',
  'cache.colAttempts': '尝试次数',
  'cache.colStatus': '状态',
  'cache.delivered': '已于 {at} 送达',
  'cache.pending': '等待中',
  'cache.failing': '失败，正在重试：{error}',
  'cache.cause.settings': '网站设置已更改',
};
