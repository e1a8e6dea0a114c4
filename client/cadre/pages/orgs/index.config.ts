export default definePageConfig({
  navigationBarTitleText: '组织管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
