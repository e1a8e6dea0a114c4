export default definePageConfig({
  navigationBarTitleText: '评选轮次',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
