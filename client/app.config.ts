/**
 * Four tabs in the main package; reading pages in the `reading` subpackage, preloaded from the lists;
 * the cadre workspace in the `cadre` subpackage and the selection workspace in `selection` (not
 * preloaded: most visitors never open them); the public side of the selection in `public`.
 */
const TAB = (pagePath: string, text: string, icon: string) => ({
  pagePath,
  text,
  iconPath: `assets/tabbar/${icon}.png`,
  selectedIconPath: `assets/tabbar/${icon}-active.png`,
});

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/stories/index', 'pages/notices/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'reading',
      pages: [
        'pages/story/index',
        'pages/events/index',
        'pages/event/index',
        'pages/bases/index',
        'pages/base/index',
        'pages/my-signups/index',
      ],
    },
    {
      root: 'cadre',
      pages: [
        'pages/home/index',
        'pages/orgs/index',
        'pages/invite/index',
        'pages/stories/index',
        'pages/story-edit/index',
        'pages/events-admin/index',
        'pages/bases-admin/index',
        'pages/feedback-admin/index',
        'pages/campaign-edit/index',
      ],
    },
    {
      // The selection (评选) workspace: nominations, rounds, slates, notices and objection cases.
      // Apart from the cadre workspace so neither subpackage passes the 400 KB budget (issue 6).
      root: 'selection',
      pages: [
        'pages/todo/index',
        'pages/nominations/index',
        'pages/nomination/index',
        'pages/nomination-edit/index',
        'pages/rounds/index',
        'pages/slate/index',
        'pages/notice-open/index',
        'pages/notices-admin/index',
        'pages/calendar/index',
        'pages/objections/index',
        'pages/objection/index',
      ],
    },
    {
      // The public side of the selection: notices, objections, feedback, the privacy guide.
      root: 'public',
      pages: [
        'pages/privacy/index',
        'pages/notice/index',
        'pages/org-notices/index',
        'pages/poster/index',
        'pages/feedback/index',
        'pages/my-feedback/index',
        'pages/objection/index',
        'pages/my-objections/index',
        'pages/objection-case/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['reading'] },
    'pages/stories/index': { network: 'all', packages: ['reading'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f5f5',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '劳模',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#6b6b6b',
    selectedColor: '#C8102E',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      TAB('pages/index/index', '首页', 'home'),
      TAB('pages/stories/index', '劳模故事', 'stories'),
      TAB('pages/notices/index', '公示', 'notices'),
      TAB('pages/me/index', '我的', 'me'),
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
