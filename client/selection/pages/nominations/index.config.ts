export default definePageConfig({
  navigationBarTitleText: '推荐管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
