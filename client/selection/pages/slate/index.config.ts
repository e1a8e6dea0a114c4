export default definePageConfig({
  navigationBarTitleText: '推荐名单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
